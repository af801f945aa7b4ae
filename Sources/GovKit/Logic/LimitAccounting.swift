/// Charging what a rule builds to its `EvaluationLimits`.
extension Evaluator {
    /// A string of `count` UTF-8 bytes about to be built by `node`.
    mutating func charge(stringBytes count: Int, at node: Node) throws(LogicError) {
        if count > limits.stringLength {
            throw exceeded("stringLength", "a string of \(count) bytes (the limit is \(limits.stringLength))", at: node)
        }
        try spend(count, at: node)
    }

    /// An array of `count` elements about to be built by `node`.
    mutating func charge(elements count: Int, at node: Node) throws(LogicError) {
        if count > limits.arrayLength {
            throw exceeded(
                "arrayLength", "an array of \(count) elements (the limit is \(limits.arrayLength))", at: node)
        }
        try spend(count, at: node)
    }

    /// An array built by `node` from `items`, counted with the content of its elements: a value that holds itself
    /// twice (`[x, x]` in a `reduce`) doubles what it counts each time, as it would when written out.
    mutating func charge(contentOf items: [JSONValue], at node: Node) throws(LogicError) {
        if items.count > limits.arrayLength {
            throw exceeded(
                "arrayLength", "an array of \(items.count) elements (the limit is \(limits.arrayLength))", at: node)
        }
        // Scalars count one (strings their bytes) without a walk; only nested containers are measured.
        var size = items.count
        for item in items {
            switch item {
            case .array, .object:
                let (inner, depth) = ValueSize.measure(item, cap: max(0, allocationLeft), maxDepth: limits.depth - 1)
                if depth > limits.depth - 1 {
                    throw exceeded("depth", "a value nested more than \(limits.depth) levels deep", at: node)
                }
                size += inner
            case .string(let s): size += s.utf8.count
            default: break
            }
        }
        try spend(size, at: node)
    }

    /// A value kept by `node` (an element of a built array, `reduce`'s accumulator), counted with its content.
    mutating func charge(value: JSONValue, at node: Node) throws(LogicError) {
        switch value {
        case .array, .object:
            let (size, depth) = ValueSize.measure(value, cap: max(0, allocationLeft), maxDepth: limits.depth)
            if depth > limits.depth {
                throw exceeded("depth", "a value nested more than \(limits.depth) levels deep", at: node)
            }
            try spend(size, at: node)
        default:
            try spend(1, at: node)
        }
    }

    /// `count` steps of work in one operator (`in` searching an array), charged as that many node evaluations.
    mutating func charge(steps count: Int, at node: Node) throws(LogicError) {
        stepsLeft &-= count
        if stepsLeft < 0 { throw exceeded("steps", "more than \(limits.steps) steps", at: node) }
    }

    /// Reading `bytes` of a string once more (`substr`, `in` on text), charged to `allocation`.
    mutating func charge(work bytes: Int, at node: Node) throws(LogicError) {
        try spend(bytes, at: node)
    }

    /// `===` between containers compares element by element: their lengths are charged as steps.
    mutating func charge(comparing a: JSONValue, _ b: JSONValue, at node: Node) throws(LogicError) {
        switch (a, b) {
        case (.array(let x), .array(let y)): try charge(steps: Swift.min(x.count, y.count), at: node)
        case (.object(let x), .object(let y)): try charge(steps: Swift.min(x.count, y.count), at: node)
        default: break
        }
    }

    private mutating func spend(_ units: Int, at node: Node) throws(LogicError) {
        allocationLeft -= units
        if allocationLeft < 0 {
            throw exceeded(
                "allocation", "more than \(limits.allocation) elements and string bytes in all", at: node)
        }
    }

    /// The error for a passed limit; remembers `node` so that `Rule.evaluate` can give its path.
    mutating func exceeded(_ limit: String, _ what: String, at node: Node) -> LogicError {
        limitNode = node
        let name =
            node.kind == .call || node.kind == .scopedVal
            ? "'\(node.op.rawValue)'" : node.kind == .array ? "an array" : "the rule"
        return LogicError.of(
            LogicErrorType.limitExceeded, "\(name) went over the evaluation limit '\(limit)': \(what)")
    }
}
