/// A step's `when` rule said in words, for people reading a page or a paper checklist: "Scenario: Telephony
/// disruption", "The reserve routine is active". Only the simple forms procedures use are put in words (a fact or
/// derived value, its negation, a comparison with a choice or value, `in` a list, `and`, `or`); anything else reads
/// "when the source's condition holds", with the step's source section beside it.
enum ConditionText {
    static func describe(_ rule: JSONValue, _ guide: Guide, _ language: Language, source: Language) -> String {
        phrase(rule, guide, language, source) ?? Vocabulary.sourceCondition.in(language)
    }

    static func phrase(_ rule: JSONValue, _ guide: Guide, _ lang: Language, _ source: Language) -> String? {
        guard case .object(let object) = rule, object.pairs.count == 1, let (op, argument) = object.pairs.first
        else { return nil }
        let arguments = argument.arrayValue ?? [argument]
        switch op {
        case "var", "!!":
            if op == "!!" { return arguments.count == 1 ? phrase(arguments[0], guide, lang, source) : nil }
            return variable(rule).map { label($0, guide, lang, source) }
        case "!":
            guard arguments.count == 1, let inner = phrase(arguments[0], guide, lang, source) else { return nil }
            return "\(Vocabulary.not.in(lang)): \(inner)"
        case "==", "===":
            guard arguments.count == 2, let name = variable(arguments[0]) else { return nil }
            return "\(label(name, guide, lang, source)): \(value(arguments[1], of: name, guide, lang, source))"
        case "in":
            guard arguments.count == 2, let name = variable(arguments[0]), let list = arguments[1].arrayValue
            else { return nil }
            let values = list.map { value($0, of: name, guide, lang, source) }
            return "\(label(name, guide, lang, source)): \(values.joined(separator: " \(Vocabulary.or.in(lang)) "))"
        case "and", "or":
            let parts = arguments.map { phrase($0, guide, lang, source) }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
            let glue = op == "and" ? "; " : " \(Vocabulary.or.in(lang)) "
            return parts.compactMap { $0 }.joined(separator: glue)
        default: return nil
        }
    }

    /// The name a `{"var": name}` reads, if the value is one.
    static func variable(_ value: JSONValue) -> String? {
        guard case .object(let object) = value, object.pairs.count == 1, let (op, argument) = object.pairs.first,
            op == "var"
        else { return nil }
        if case .string(let name) = argument { return name }
        if case .array(let list) = argument, list.count == 1, case .string(let name) = list[0] { return name }
        return nil
    }

    /// A fact's or derived value's label, else its name.
    static func label(_ name: String, _ guide: Guide, _ lang: Language, _ source: Language) -> String {
        if let fact = guide.facts.first(where: { $0.id == name }) { return fact.label.resolve(lang, fallback: source) }
        if let derived = guide.derived.first(where: { $0.id == name }), let label = derived.label {
            return label.resolve(lang, fallback: source)
        }
        return name
    }

    /// A compared value: a choice's label, `null` as "not given", else the value as written.
    static func value(_ value: JSONValue, of name: String, _ guide: Guide, _ lang: Language, _ source: Language)
        -> String
    {
        switch value {
        case .null: return Vocabulary.notGiven.in(lang)
        case .string(let id):
            let choice = guide.facts.first { $0.id == name }?.choices.first { $0.id == id }
            return choice?.label.resolve(lang, fallback: source) ?? id
        case .bool(let b): return b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang)
        default: return JSONWriter.compact(value)
        }
    }
}
