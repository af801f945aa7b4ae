/// What a derived value's rule can give, worked out from the rule as written without running it: the texts it can
/// give (the monitor's states), the other values it can give (null, true, …), and whether it can also give values
/// that cannot be listed (arithmetic, a text fact, …). Used to check that every state has a level and a label.
struct RuleOutputs: Equatable {
    /// Texts the rule can give, in the order written.
    var texts: [String] = []
    /// Values other than text the rule can give (null, true, false, numbers), in the order written.
    var others: [JSONValue] = []
    /// Whether the rule can also give values that cannot be listed.
    var open = false

    mutating func add(_ other: RuleOutputs) {
        for text in other.texts where !texts.contains(text) { texts.append(text) }
        for value in other.others where !others.contains(value) { others.append(value) }
        open = open || other.open
    }

    static let unlisted = RuleOutputs(open: true)

    /// What the rule of `guide.derived[index]` can give; it may read facts and the derived values above it.
    static func of(derived index: Int, in guide: Guide) -> RuleOutputs {
        var reader = Reader(guide: guide)
        return reader.outputs(guide.derived[index].logic.rule.source, above: index)
    }

    /// Walks a rule: `if` and `?:` give one of their branches, `and`, `or` and `??` one of their arguments, `var` the
    /// value of what it reads; comparisons and `!` give true or false; anything else cannot be listed.
    struct Reader {
        let guide: Guide
        /// Rules nest a few levels; a bound keeps a pathological file from going deep.
        var depth = 0

        mutating func outputs(_ rule: JSONValue, above index: Int) -> RuleOutputs {
            guard depth < 64 else { return .unlisted }
            depth += 1
            defer { depth -= 1 }
            switch rule {
            case .string(let text): return RuleOutputs(texts: [text])
            case .null, .bool, .number, .decimal: return RuleOutputs(others: [rule])
            case .array: return .unlisted
            case .object(let object):
                guard object.count == 1, let op = object.keys.first, let argument = object[op] else { return .unlisted }
                let args = argument.arrayValue ?? [argument]
                return call(op, args, above: index)
            }
        }

        private mutating func call(_ op: String, _ args: [JSONValue], above index: Int) -> RuleOutputs {
            var result = RuleOutputs()
            switch op {
            case "if", "?:":
                // [condition, value, condition, value, …, else]: the values, then the else or null without one.
                for i in stride(from: 1, to: args.count, by: 2) { result.add(outputs(args[i], above: index)) }
                if args.count % 2 == 1, let last = args.last {
                    result.add(outputs(last, above: index))
                } else {
                    result.add(RuleOutputs(others: [.null]))
                }
            case "and", "or", "??":
                for arg in args { result.add(outputs(arg, above: index)) }
            case "var":
                result.add(read(args.first ?? .null, above: index))
                if args.count > 1 { result.add(outputs(args[1], above: index)) }
            case "!", "!!", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "in", "all", "some", "none":
                result.add(RuleOutputs(others: [.bool(true), .bool(false)]))
            default:
                return .unlisted
            }
            return result
        }

        /// What `{"var": name}` gives: a derived value above, a choice fact's choices, a fact's fixed value.
        private mutating func read(_ name: JSONValue, above index: Int) -> RuleOutputs {
            guard let name = name.stringValue else { return .unlisted }
            if let i = guide.derived[..<index].lastIndex(where: { $0.id == name }) {
                return outputs(guide.derived[i].logic.rule.source, above: i)
            }
            guard let fact = guide.facts.first(where: { $0.id == name }) else { return .unlisted }
            if let value = fact.value {
                switch value {
                case .string(let text): return RuleOutputs(texts: [text])
                case .array, .object: return .unlisted
                default: return RuleOutputs(others: [value])
                }
            }
            guard fact.kind == .choice else { return .unlisted }
            var result = RuleOutputs(texts: fact.choices.map(\.id))
            // Without a default, a choice that was not given is null.
            if fact.defaultValue == nil { result.others.append(.null) }
            return result
        }
    }
}
