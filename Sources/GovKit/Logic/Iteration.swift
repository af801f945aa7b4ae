/// `map`, `filter`, `reduce`, `all`, `some`, `none`: the body runs once per element, one scope down.
extension Evaluator {
    mutating func iterate(_ op: Op, _ nodes: [Node]) throws(LogicError) -> JSONValue {
        let collection = try eval(nodes[0])
        let body = nodes[1]
        let items: [JSONValue]
        switch collection {
        case .array(let a): items = a
        case .null where op == .map || op == .filter || op == .reduce: items = []
        default:
            throw LogicError.invalidArguments("'\(op.rawValue)' needs an array, got \(collection.typeName)")
        }
        switch op {
        case .map:
            var out: [JSONValue] = []
            out.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                out.append(try eval(body, in: .iteration(i), with: item))
            }
            try charge(contentOf: out, at: body)
            return .array(out)
        case .filter:
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() where Coercion.truthy(try eval(body, in: .iteration(i), with: item)) {
                out.append(item)
            }
            try charge(elements: out.count, at: body)
            return .array(out)
        case .reduce:
            var accumulator = nodes.count > 2 ? try eval(nodes[2]) : .null
            for (i, item) in items.enumerated() {
                let context = JSONValue.object(
                    JSONObject(distinctPairs: [("current", item), ("accumulator", accumulator)]))
                accumulator = try eval(body, in: .iteration(i), with: context)
                try charge(value: accumulator, at: body)
            }
            return accumulator
        case .all, .some, .none:
            if items.isEmpty { return .bool(op == .none) }
            let wanted = op == .all ? false : true
            for (i, item) in items.enumerated() {
                let result = Coercion.truthy(try eval(body, in: .iteration(i), with: item))
                if result == wanted { return .bool(op == .some) }
            }
            return .bool(op != .some)
        default:
            return .null
        }
    }
}
