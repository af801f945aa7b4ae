/// A compiled JSON Logic expression.
///
/// Nodes are immutable final classes rather than an indirect enum: walking the tree then borrows each node and
/// its `let` fields instead of copying (retaining and releasing) enum payloads at every step.
final class Node: Sendable {
    enum Kind: Sendable {
        /// `literal` is the value.
        case literal
        /// An array with at least one computed element: `children` are the elements.
        case array
        /// An operator call: `op`, with `children` as the arguments.
        case call
        /// `var` with a path known at compile time, pre-split on dots; `children` holds the default, if any.
        case varPath
        /// `val` with a path known at compile time.
        case valPath
        /// `val` with a scope jump and a path known at compile time (`{"val": [[2], "department"]}`): `literal` is
        /// the jump's number, `path` the components, `children` the arguments as written, charged a step each as
        /// evaluating them was.
        case scopedVal
    }

    let kind: Kind
    /// The operator of a `call`; unused (`preserve`) for the other kinds.
    let op: Op
    let children: [Node]
    /// For a call written `{"op": expression}`: `children` is that one expression, whose array value is spread.
    let spreads: Bool
    /// The value of a `literal`; `null` for the other kinds.
    let literal: JSONValue
    /// The pre-split path of a `varPath` or `valPath`.
    let path: [String]

    private init(
        _ kind: Kind, op: Op = .preserve, children: [Node] = [], spreads: Bool = false,
        literal: JSONValue = .null, path: [String] = []
    ) {
        self.kind = kind
        self.op = op
        self.children = children
        self.spreads = spreads
        self.literal = literal
        self.path = path
    }

    static func literal(_ value: JSONValue) -> Node { Node(.literal, literal: value) }
    static func array(_ elements: [Node]) -> Node { Node(.array, children: elements) }
    /// A call with its arguments written as a literal array: `{"op": [a, b]}`.
    static func call(_ op: Op, _ arguments: [Node]) -> Node { Node(.call, op: op, children: arguments) }
    /// A call with a single expression whose value is spread when it is an array: `{"op": x}`.
    static func call(_ op: Op, spreading expression: Node) -> Node {
        Node(.call, op: op, children: [expression], spreads: true)
    }
    static func varPath(_ components: [String], defaultValue: Node?) -> Node {
        Node(.varPath, children: defaultValue.map { [$0] } ?? [], path: components)
    }
    static func valPath(_ components: [String]) -> Node { Node(.valPath, path: components) }
    static func scopedVal(jump: JSONValue, _ components: [String], arguments: [Node]) -> Node {
        Node(.scopedVal, op: .val, children: arguments, literal: jump, path: components)
    }

    var isLiteral: Bool { kind == .literal }
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
        case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return true
        default: return false
        }
    }
}
