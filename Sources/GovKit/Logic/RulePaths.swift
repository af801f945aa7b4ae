/// Where a compiled node sits in the rule as written (for errors found while evaluating).
enum RulePaths {
    /// The path of `target` below `root`: operator names and argument indexes, as the compiler reports them.
    /// Only searched after an error, so it walks the tree rather than storing a path in every node.
    static func path(to target: Node, in root: Node) -> [RulePathComponent]? {
        var path: [RulePathComponent] = []
        return search(target, root, &path) ? path : nil
    }

    private static func search(_ target: Node, _ node: Node, _ path: inout [RulePathComponent]) -> Bool {
        if node === target { return true }
        switch node.kind {
        case .array:
            for (i, child) in node.children.enumerated() {
                path.append(.index(i))
                if search(target, child, &path) { return true }
                path.removeLast()
            }
        case .call, .scopedVal:
            path.append(.key(node.op.rawValue))
            if node.spreads, let only = node.children.first {
                if search(target, only, &path) { return true }
            } else {
                for (i, child) in node.children.enumerated() {
                    path.append(.index(i))
                    if search(target, child, &path) { return true }
                    path.removeLast()
                }
            }
            path.removeLast()
        case .varPath:
            if let defaultNode = node.children.first {
                path.append(contentsOf: [.key("var"), .index(1)])
                if search(target, defaultNode, &path) { return true }
                path.removeLast(2)
            }
        case .literal, .valPath:
            break
        }
        return false
    }
}
