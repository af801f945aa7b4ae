/// A compiled JSON Logic rule: literals are kept as values, operator calls as `Op` plus arguments.
indirect enum Node: Sendable {
    case literal(JSONValue)
    case array([Node])
    case call(Op, Arguments)
    /// `var` with a path known at compile time, pre-split on dots.
    case varPath([String], defaultValue: Node?)
    /// `val` with a path known at compile time.
    case valPath([String])
}

/// How an operator's arguments were written.
enum Arguments: Sendable {
    /// A literal array of argument expressions: `{"op": [a, b]}`.
    case list([Node])
    /// A single expression: `{"op": x}`; its value is spread when it is an array.
    case expression(Node)
}

/// The operators the engine knows.
enum Op: String, Sendable, CaseIterable {
    case variable = "var", val, exists, missing, missingSome = "missing_some"
    case ifThen = "if", ternary = "?:", and, or, not = "!", notNot = "!!", coalesce = "??"
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/", modulo = "%", max, min
    case cat, substr, inside = "in", merge
    case map, filter, reduce, all, some, none
    case throwError = "throw", tryCatch = "try", preserve

    /// Operators whose arguments must be written as a literal array.
    var needsArgumentList: Bool {
        switch self {
        case .ifThen, .ternary, .and, .or, .map, .filter, .reduce, .all, .some, .none,
             .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return true
        default:
            return false
        }
    }

    /// Operators whose second argument is evaluated once per element, with the element as data.
    var iterates: Bool {
        switch self {
        case .map, .filter, .reduce, .all, .some, .none: return true
        default: return false
        }
    }

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        default: return false
        }
    }
}
