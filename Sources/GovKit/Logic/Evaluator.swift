/// Evaluates compiled nodes against data. One evaluator serves one evaluation.
struct Evaluator {
    /// What a scope level holds: data, or the position of an iteration (materialised only when read).
    enum Frame {
        case data(JSONValue)
        case iteration(Int)
        case caught

        var value: JSONValue {
            switch self {
            case .data(let v): return v
            case .iteration(let i): return .object(JSONObject(distinctPairs: [("index", .number(Double(i)))]))
            case .caught: return .null
            }
        }
    }

    /// The scopes above the current data, outermost first: the root data, then per level entered the
    /// iteration frame and (below the first level) the data of the level above. Empty, so unallocated,
    /// for rules without iteration.
    private var frames: [Frame] = []
    /// The data `var` and `val` read: the root, or the element of the innermost iteration.
    private var current: JSONValue
    let limits: EvaluationLimits
    /// Node evaluations left before `limits.steps` is passed.
    var stepsLeft: Int
    /// Elements and string bytes the rule may still build (`limits.allocation`).
    var allocationLeft: Int
    /// The node that passed a limit, for the error's path in the rule.
    var limitNode: Node?

    init(data: JSONValue, limits: EvaluationLimits = .standard) {
        current = data
        self.limits = limits
        stepsLeft = limits.steps
        allocationLeft = limits.allocation
    }

    mutating func eval(_ node: Node) throws(LogicError) -> JSONValue {
        stepsLeft &-= 1
        if stepsLeft < 0 { try stepsPassed(at: node) }
        switch node.kind {
        case .literal: return node.literal
        case .array:
            let items = try eval(each: node.children)
            try charge(contentOf: items, at: node)
            return .array(items)
        case .varPath:
            if let found = DataPath.resolve(current, node.path) { return found }
            if let defaultNode = node.children.first { return try eval(defaultNode) }
            return .null
        case .valPath:
            return DataPath.resolve(current, node.path) ?? .null
        case .call:
            return try call(node)
        }
    }

    /// Evaluates `node` with `item` as the data, one scope level down (`frame` is the level between).
    mutating func eval(_ node: Node, in frame: Frame, with item: JSONValue) throws(LogicError) -> JSONValue {
        if frames.isEmpty { frames.reserveCapacity(8) }
        frames.append(.data(current))
        frames.append(frame)
        current = item
        defer {
            frames.removeLast()
            if case .data(let above) = frames.removeLast() { current = above }
        }
        return try eval(node)
    }

    /// Throws the `steps` limit's error (kept out of `eval`, whose every call passes here).
    @inline(never)
    private mutating func stepsPassed(at node: Node) throws(LogicError) {
        throw exceeded("steps", "more than \(limits.steps) steps", at: node)
    }

    /// How many scope levels `data(levelsUp:)` can go up before it reaches the root (at most).
    var scopeLevels: Int { frames.count }

    /// The data `levels` scopes up (`val`'s `[[n], …]`), clamped at the root; `levels` is within ±`scopeLevels`.
    func data(levelsUp levels: Int) -> JSONValue {
        let up = abs(levels)
        if up == 0 || frames.isEmpty { return current }
        return frames[max(0, frames.count - up)].value
    }

    /// A call's argument values, with a spread expression's array value as separate arguments.
    mutating func values(_ call: Node) throws(LogicError) -> [JSONValue] {
        let nodes = call.children
        if call.spreads {
            let value = try eval(nodes[0])
            if case .array(let items) = value { return items }
            return [value]
        }
        return try eval(each: nodes)
    }

    /// The values of `nodes`, in order.
    mutating func eval(each nodes: [Node]) throws(LogicError) -> [JSONValue] {
        var out: [JSONValue] = []
        out.reserveCapacity(nodes.count)
        var i = 0
        while i < nodes.count {
            out.append(try eval(nodes[i]))
            i += 1
        }
        return out
    }

    /// The first argument's value, unspread (for `!`, `!!`, `throw`).
    mutating func single(_ call: Node) throws(LogicError) -> JSONValue {
        guard let first = call.children.first else { return .null }
        return try eval(first)
    }

    private mutating func call(_ node: Node) throws(LogicError) -> JSONValue {
        let op = node.op
        switch op {
        case .variable: return try variable(node)
        case .val: return try val(node)
        case .exists: return try exists(node)
        case .missing: return try missing(try values(node))
        case .missingSome: return try missingSome(node)
        case .ifThen, .ternary: return try ifThen(node.children)
        case .and: return try andOr(node.children, stopWhen: false)
        case .or: return try andOr(node.children, stopWhen: true)
        case .not: return .bool(!Coercion.truthy(try single(node)))
        case .notNot: return .bool(Coercion.truthy(try single(node)))
        case .coalesce: return try coalesce(node)
        case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return try compareChain(op, node)
        case .plus, .times, .minus, .divide, .modulo, .max, .min:
            if !node.spreads, !node.children.isEmpty { return try Arithmetic.fold(op, node.children, &self) }
            return try Arithmetic.apply(op, try values(node))
        case .cat:
            let pieces = try values(node).map(Coercion.text)
            var length = 0
            for piece in pieces { length += piece.utf8.count }
            try charge(stringBytes: length, at: node)
            return .string(pieces.joined())
        case .substr:
            let args = try values(node)
            if case .string(let text)? = args.first { try charge(work: text.utf8.count, at: node) }
            let result = try Strings.substr(args)
            if case .string(let s) = result { try charge(stringBytes: s.utf8.count, at: node) }
            return result
        case .inside:
            let args = try values(node)
            if args.count >= 2 {
                switch args[1] {
                case .array(let items): try charge(steps: items.count, at: node)
                case .string(let text): try charge(work: text.utf8.count, at: node)
                default: break
                }
            }
            return Strings.inside(args)
        case .merge:
            let args = try values(node)
            var count = 0
            for arg in args {
                if case .array(let items) = arg { count += items.count } else { count += 1 }
            }
            try charge(elements: count, at: node)
            return Strings.merge(args)
        case .map, .filter, .reduce, .all, .some, .none: return try iterate(op, node.children)
        case .throwError: throw LogicError(payload: Coercion.errorPayload(try single(node)))
        case .tryCatch: return try tryCatch(node.children)
        case .preserve: return try single(node)
        }
    }

    private mutating func ifThen(_ nodes: [Node]) throws(LogicError) -> JSONValue {
        var i = 0
        while i + 1 < nodes.count {
            if Coercion.truthy(try eval(nodes[i])) { return try eval(nodes[i + 1]) }
            i += 2
        }
        return i < nodes.count ? try eval(nodes[i]) : .null
    }

    private mutating func andOr(_ nodes: [Node], stopWhen truth: Bool) throws(LogicError) -> JSONValue {
        guard !nodes.isEmpty else { return .bool(false) }
        var last = JSONValue.null
        var i = 0
        while i < nodes.count {
            last = try eval(nodes[i])
            if Coercion.truthy(last) == truth { return last }
            i += 1
        }
        return last
    }

    private mutating func coalesce(_ call: Node) throws(LogicError) -> JSONValue {
        if !call.spreads {
            for node in call.children {
                let value = try eval(node)
                if value != .null { return value }
            }
            return .null
        }
        return try values(call).first { $0 != .null } ?? .null
    }

    private mutating func compareChain(_ op: Op, _ call: Node) throws(LogicError) -> JSONValue {
        let nodes = call.children
        var left = try eval(nodes[0])
        var i = 1
        while i < nodes.count {
            let right = try eval(nodes[i])
            if op == .strictEqual || op == .strictNotEqual { try charge(comparing: left, right, at: call) }
            if !(try Comparison.holds(op, left, right)) { return .bool(false) }
            left = right
            i += 1
        }
        return .bool(true)
    }

    private mutating func tryCatch(_ nodes: [Node]) throws(LogicError) -> JSONValue {
        var lastError: LogicError?
        for node in nodes {
            do {
                if let caught = lastError { return try eval(node, in: .caught, with: caught.payload) }
                return try eval(node)
            } catch {
                lastError = error
            }
        }
        throw lastError ?? LogicError.invalidArguments("'try' needs at least one rule")
    }
}
