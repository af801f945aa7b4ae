/// What one evaluation of a rule may spend. A rule that needs more fails with a `Limit Exceeded` error naming the
/// limit and the operator (its path in the rule), instead of running for minutes or taking the machine's memory.
///
/// - `steps`: node evaluations (every operator, value and literal counts one); stops loops such as nested `all`.
/// - `stringLength`: UTF-8 bytes in a string the rule builds (`cat`, `substr`).
/// - `arrayLength`: elements in an array the rule builds (`merge`, `map`, `filter`, an array of computed values).
/// - `allocation`: elements and string bytes built over the whole evaluation, values nested in a built array or
///   carried as `reduce`'s accumulator counted with their content; stops doubling (`reduce` with `cat` or `merge`).
/// - `depth`: the nesting of a value the rule builds, so no value is too deep to write, compare or free.
///
/// The defaults are far above what a procedure's rules need (the bundled ones take under a thousand steps) and
/// bound one evaluation to well under a second and some tens of megabytes.
package struct EvaluationLimits: Sendable, Equatable {
    package var steps: Int
    package var stringLength: Int
    package var arrayLength: Int
    package var allocation: Int
    package var depth: Int

    package init(
        steps: Int = 1_000_000, stringLength: Int = 1_000_000, arrayLength: Int = 100_000,
        allocation: Int = 10_000_000, depth: Int = 256
    ) {
        self.steps = steps
        self.stringLength = stringLength
        self.arrayLength = arrayLength
        self.allocation = allocation
        self.depth = depth
    }

    /// The limits every rule runs with unless a caller gives others.
    package static let standard = EvaluationLimits()
}

/// The size of a value as the limits count it: one per element or member, plus the UTF-8 bytes of its strings.
enum ValueSize {
    /// The size of `value`, counted until it passes `cap`, and its nesting depth (scalars are 0), counted until it
    /// passes `maxDepth`. The work done is bounded by `cap` and `maxDepth`, however much the value shares inside.
    static func measure(_ value: JSONValue, cap: Int, maxDepth: Int) -> (size: Int, depth: Int) {
        var size = 0
        var deepest = 0
        visit(value, level: 0, cap: cap, maxDepth: maxDepth, size: &size, deepest: &deepest)
        return (size, deepest)
    }

    private static func visit(
        _ value: JSONValue, level: Int, cap: Int, maxDepth: Int, size: inout Int, deepest: inout Int
    ) {
        switch value {
        case .string(let s): size += s.utf8.count
        case .array(let items):
            let inner = level + 1
            if inner > deepest { deepest = inner }
            size += items.count
            for item in items {
                if size > cap || deepest > maxDepth { return }
                visit(item, level: inner, cap: cap, maxDepth: maxDepth, size: &size, deepest: &deepest)
            }
        case .object(let object):
            let inner = level + 1
            if inner > deepest { deepest = inner }
            size += object.count
            for pair in object.pairs {
                if size > cap || deepest > maxDepth { return }
                visit(pair.value, level: inner, cap: cap, maxDepth: maxDepth, size: &size, deepest: &deepest)
            }
        default: size += 1
        }
    }
}
