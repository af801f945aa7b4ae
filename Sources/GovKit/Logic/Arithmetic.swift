/// `+`, `-`, `*`, `/`, `%`, `max`, `min`. A result that is not a finite number is a `NaN` error.
enum Arithmetic {
    /// `+` and `*` over written arguments, without collecting them first.
    static func fold(_ op: Op, _ nodes: [Node], _ evaluator: Evaluator) throws(LogicError) -> JSONValue {
        var result: Double = op == .plus ? 0 : 1
        for node in nodes {
            let n = try Coercion.number(try evaluator.eval(node))
            result = op == .plus ? result + n : result * n
        }
        guard result.isFinite else { throw LogicError.nan }
        return .number(result)
    }

    static func apply(_ op: Op, _ args: [JSONValue]) throws(LogicError) -> JSONValue {
        var numbers: [Double] = []
        numbers.reserveCapacity(args.count)
        for arg in args { numbers.append(try Coercion.number(arg)) }
        let result: Double
        switch op {
        case .plus: result = numbers.reduce(0, +)
        case .times: result = numbers.reduce(1, *)
        case .minus:
            guard let first = numbers.first else { throw LogicError.invalidArguments("'-' needs at least one number") }
            result = numbers.count == 1 ? -first : numbers.dropFirst().reduce(first, -)
        case .divide:
            guard let first = numbers.first else { throw LogicError.invalidArguments("'/' needs at least one number") }
            result = numbers.count == 1 ? 1 / first : numbers.dropFirst().reduce(first, /)
        case .modulo:
            guard numbers.count >= 2 else { throw LogicError.invalidArguments("'%' needs at least two numbers") }
            result = numbers.dropFirst().reduce(numbers[0]) { $0.truncatingRemainder(dividingBy: $1) }
        case .max:
            guard let m = numbers.max() else { return .null }
            result = m
        case .min:
            guard let m = numbers.min() else { return .null }
            result = m
        default:
            throw LogicError.invalidArguments("'\(op.rawValue)' is not arithmetic")
        }
        guard result.isFinite else { throw LogicError.nan }
        return .number(result)
    }
}
