/// `+`, `-`, `*`, `/`, `%`, `max`, `min`. A result that is not a finite number is a `NaN` error.
enum Arithmetic {
    /// Any arithmetic operator over one or more written arguments, without collecting them first.
    /// Same results as `apply`: one argument negates (`-`) or inverts (`/`); `%` needs two.
    static func fold(_ op: Op, _ nodes: [Node], _ evaluator: inout Evaluator) throws(LogicError) -> JSONValue {
        if op == .modulo, nodes.count < 2 {
            _ = try Coercion.number(try evaluator.eval(nodes[0]))
            throw LogicError.invalidArguments("'%' needs at least two numbers")
        }
        var result = try Coercion.number(try evaluator.eval(nodes[0]))
        if nodes.count == 1 {
            switch op {
            case .minus: result = -result
            case .divide: result = 1 / result
            default: break
            }
        }
        for node in nodes.dropFirst() {
            let n = try Coercion.number(try evaluator.eval(node))
            switch op {
            case .plus: result += n
            case .times: result *= n
            case .minus: result -= n
            case .divide: result /= n
            case .modulo: result = result.truncatingRemainder(dividingBy: n)
            case .max: result = Swift.max(result, n)
            case .min: result = Swift.min(result, n)
            default: break
            }
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
