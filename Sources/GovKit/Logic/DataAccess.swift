/// `var`, `val`, `exists`, `missing`, `missing_some` with paths computed at evaluation time.
extension Evaluator {
    mutating func variable(_ call: Node) throws(LogicError) -> JSONValue {
        let values = try values(call)
        let path = values.first ?? .null
        guard let found = DataPath.resolve(data(levelsUp: 0), varPath: path) else {
            throw LogicError.invalidArguments("'var' takes a path string or number, not \(path.typeName)")
        }
        if let found { return found }
        return values.count > 1 ? values[1] : .null
    }

    /// Splits `val` arguments into a starting value (after any `[[n]]` scope jump), the path components, and where
    /// they start among the arguments (1 after a jump: the arguments are not shifted).
    private mutating func valTarget(_ call: Node) throws(LogicError) -> (JSONValue, [JSONValue], Int) {
        let values = try values(call)
        if case .array(let jump)? = values.first, jump.count == 1, case .number(let n) = jump[0] {
            return (data(levelsUp: Coercion.integer(n, clampedTo: scopeLevels)), values, 1)
        }
        return (data(levelsUp: 0), values, 0)
    }

    mutating func val(_ call: Node) throws(LogicError) -> JSONValue {
        let (start, path, first) = try valTarget(call)
        var current = start
        var i = first
        while i < path.count {
            guard let key = DataPath.valKey(path[i]),
                let next = DataPath.step(current, key)
            else { return .null }
            current = next
            i += 1
        }
        return current
    }

    mutating func exists(_ call: Node) throws(LogicError) -> JSONValue {
        let (start, path, first) = try valTarget(call)
        guard first < path.count else { return .bool(true) }
        var current = start
        var i = first
        while i < path.count {
            guard let key = DataPath.valKey(path[i]),
                let next = DataPath.step(current, key)
            else { return .bool(false) }
            current = next
            i += 1
        }
        return .bool(true)
    }

    mutating func missing(_ args: [JSONValue]) throws(LogicError) -> JSONValue {
        var keys = args
        if case .array(let inner)? = args.first { keys = inner }
        var absent: [JSONValue] = []
        let data = data(levelsUp: 0)
        for key in keys {
            guard let found = DataPath.resolve(data, varPath: key) else { continue }
            if found == nil || found == .null || found == .string("") { absent.append(key) }
        }
        return .array(absent)
    }

    mutating func missingSome(_ call: Node) throws(LogicError) -> JSONValue {
        let values = try values(call)
        guard values.count >= 2, case .array(let keys) = values[1] else {
            throw LogicError.invalidArguments("'missing_some' takes a minimum count and an array of keys")
        }
        let need = (try? Coercion.number(values[0])) ?? 0
        guard case .array(let absent) = try missing(keys) else { return .array([]) }
        return Double(keys.count - absent.count) >= need ? .array([]) : .array(absent)
    }
}
