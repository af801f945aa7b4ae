/// A JSON Logic rule, compiled once and evaluated many times.
///
/// Unknown operators and malformed operator arguments are rejected when the rule is compiled,
/// so a procedure with a typo fails `govctl validate`, not a command run at 3 a.m.
/// A class (immutable, so shared safely): passing a rule around is one reference, not a copy of its JSON,
/// node tree and read paths at every call (measured: 3.0 M → 3.7 M evaluations/s in `GovBench`).
package final class Rule: Sendable {
    /// The rule as written.
    package let source: JSONValue
    let root: Node
    /// The top-level data paths the rule reads with a path known in advance (`var`, `val`, `exists`, `missing`).
    package let readPaths: [[String]]

    /// Compiles `source`; throws `Unknown Operator` or `Invalid Arguments` with the path of the problem.
    package init(_ source: JSONValue) throws(LogicError) {
        var compiler = Compiler()
        self.root = try compiler.compile(source)
        self.source = source
        self.readPaths = compiler.readPaths
    }

    /// Evaluates the rule against `data` within `limits` (see `EvaluationLimits`); a rule that goes over one throws
    /// `Limit Exceeded` with the path of the operator that did.
    package func evaluate(_ data: JSONValue, limits: EvaluationLimits = .standard) throws(LogicError) -> JSONValue {
        var evaluator = Evaluator(data: data, limits: limits)
        do {
            return try evaluator.eval(root)
        } catch {
            guard error.type == LogicErrorType.limitExceeded, let node = evaluator.limitNode else { throw error }
            var located = error
            located.rulePath = RulePaths.path(to: node, in: root) ?? []
            throw located
        }
    }

    /// The operator names the engine accepts.
    package static var operators: [String] { Op.allCases.map(\.rawValue) }
}
