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
            case .iteration(let i): return .object(JSONObject([("index", .number(Double(i)))]))
            case .caught: return .null
            }
        }
    }

    /// Scopes entered below the root (empty, so unallocated, for rules without iteration).
    private var frames: [Frame] = []
    private let root: JSONValue
    private var current: JSONValue

    init(data: JSONValue) {
        root = data
        current = data
    }

    mutating func eval(_ node: Node) throws(LogicError) -> JSONValue {
        switch node {
        case .literal(let value): return value
        case .array(let nodes):
            var out: [JSONValue] = []
            out.reserveCapacity(nodes.count)
            for n in nodes { out.append(try eval(n)) }
            return .array(out)
        case .varPath(let components, let defaultNode):
            if let found = DataPath.resolve(current, components) { return found }
            if let defaultNode { return try eval(defaultNode) }
            return .null
        case .valPath(let components):
            return DataPath.resolve(current, components) ?? .null
        case .call(let op, let args):
            return try call(op, args)
        }
    }

    /// Evaluates `node` with `item` as the data, one scope level down (`frame` is the level between).
    mutating func eval(_ node: Node, in frame: Frame, with item: JSONValue) throws(LogicError) -> JSONValue {
        let saved = current
        if frames.isEmpty { frames.reserveCapacity(8) }
        frames.append(frame)
        frames.append(.data(item))
        current = item
        defer {
            frames.removeLast()
            frames.removeLast()
            current = saved
        }
        return try eval(node)
    }

    /// The data `levels` scopes up (`val`'s `[[n], …]`), clamped at the top.
    func data(levelsUp levels: Int) -> JSONValue {
        let index = frames.count - 1 - abs(levels)
        return index < 0 ? root : frames[index].value
    }

    /// Argument values, with an expression's array value spread into separate arguments.
    mutating func values(_ args: Arguments) throws(LogicError) -> [JSONValue] {
        switch args {
        case .list(let nodes):
            var out: [JSONValue] = []
            out.reserveCapacity(nodes.count)
            for n in nodes { out.append(try eval(n)) }
            return out
        case .expression(let node):
            let value = try eval(node)
            if case .array(let items) = value { return items }
            return [value]
        }
    }

    /// The first argument's value, unspread (for `!`, `!!`, `throw`).
    mutating func single(_ args: Arguments) throws(LogicError) -> JSONValue {
        switch args {
        case .list(let nodes):
            guard let first = nodes.first else { return .null }
            return try eval(first)
        case .expression(let node): return try eval(node)
        }
    }

    func nodes(_ args: Arguments) -> [Node] {
        switch args {
        case .list(let nodes): return nodes
        case .expression(let node): return [node]
        }
    }

    private mutating func call(_ op: Op, _ args: Arguments) throws(LogicError) -> JSONValue {
        switch op {
        case .variable: return try variable(args)
        case .val: return try val(args)
        case .exists: return try exists(args)
        case .missing: return try missing(try values(args))
        case .missingSome: return try missingSome(args)
        case .ifThen, .ternary: return try ifThen(nodes(args))
        case .and: return try andOr(nodes(args), stopWhen: false)
        case .or: return try andOr(nodes(args), stopWhen: true)
        case .not: return .bool(!Coercion.truthy(try single(args)))
        case .notNot: return .bool(Coercion.truthy(try single(args)))
        case .coalesce: return try coalesce(args)
        case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return try compareChain(op, nodes(args))
        case .plus, .times, .minus, .divide, .modulo, .max, .min:
            if case .list(let nodes) = args, !nodes.isEmpty { return try Arithmetic.fold(op, nodes, &self) }
            return try Arithmetic.apply(op, try values(args))
        case .cat: return .string(try values(args).map(Coercion.text).joined())
        case .substr: return try Strings.substr(try values(args))
        case .inside: return Strings.inside(try values(args))
        case .merge: return Strings.merge(try values(args))
        case .map, .filter, .reduce, .all, .some, .none: return try iterate(op, nodes(args))
        case .throwError: throw LogicError(payload: Coercion.errorPayload(try single(args)))
        case .tryCatch: return try tryCatch(nodes(args))
        case .preserve: return try single(args)
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
        for node in nodes {
            last = try eval(node)
            if Coercion.truthy(last) == truth { return last }
        }
        return last
    }

    private mutating func coalesce(_ args: Arguments) throws(LogicError) -> JSONValue {
        if case .list(let nodes) = args {
            for node in nodes {
                let value = try eval(node)
                if value != .null { return value }
            }
            return .null
        }
        return try values(args).first { $0 != .null } ?? .null
    }

    private mutating func compareChain(_ op: Op, _ nodes: [Node]) throws(LogicError) -> JSONValue {
        var left = try eval(nodes[0])
        var i = 1
        while i < nodes.count {
            let right = try eval(nodes[i])
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
