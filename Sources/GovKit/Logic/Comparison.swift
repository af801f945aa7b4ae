/// `==`, `!=`, `===`, `!==`, `<`, `<=`, `>`, `>=` between two values.
enum Comparison {
    static func holds(_ op: Op, _ a: JSONValue, _ b: JSONValue) throws(LogicError) -> Bool {
        switch op {
        case .strictEqual: return a == b
        case .strictNotEqual: return a != b
        case .equal: return try looseEqual(a, b)
        case .notEqual: return !(try looseEqual(a, b))
        case .less:
            return try order(a, b) {
                $0 < $1
            } strings: {
                $0 < $1
            }
        case .lessOrEqual:
            return try order(a, b) {
                $0 <= $1
            } strings: {
                $0 <= $1
            }
        case .greater:
            return try order(a, b) {
                $0 > $1
            } strings: {
                $0 > $1
            }
        case .greaterOrEqual:
            return try order(a, b) {
                $0 >= $1
            } strings: {
                $0 >= $1
            }
        default: return false
        }
    }

    /// Equal after coercion: same-typed primitives compare directly, mixed types as numbers.
    static func looseEqual(_ a: JSONValue, _ b: JSONValue) throws(LogicError) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        case (.number(let x), .number(let y)): return x == y
        default: return try Coercion.number(a) == Coercion.number(b)
        }
    }

    @inline(__always)
    static func order(
        _ a: JSONValue, _ b: JSONValue, _ numbers: (Double, Double) -> Bool,
        strings: (String, String) -> Bool
    ) throws(LogicError) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return numbers(x, y)
        case (.string(let x), .string(let y)): return strings(x, y)
        default: return numbers(try Coercion.number(a), try Coercion.number(b))
        }
    }
}
