/// Turns a rule's JSON into `Node`s, checking operators and argument shapes on the way.
struct Compiler {
    private(set) var readPaths: [[String]] = []
    private var iterationDepth = 0
    /// Where in the rule the compiler is (for error messages): one stack, not a new array per value.
    private var path: [RulePathComponent] = []

    /// Compiles the value at `component` below the current position.
    private mutating func compile(_ value: JSONValue, at component: RulePathComponent) throws(LogicError) -> Node {
        path.append(component)
        defer { path.removeLast() }
        return try compile(value)
    }

    mutating func compile(_ value: JSONValue) throws(LogicError) -> Node {
        switch value {
        case .array(let items):
            var nodes: [Node] = []
            nodes.reserveCapacity(items.count)
            for (i, item) in items.enumerated() { nodes.append(try compile(item, at: .index(i))) }
            if nodes.allSatisfy(\.isLiteral) {
                return .literal(value)
            }
            return .array(nodes)
        case .object(let object):
            if object.isEmpty { return .literal(value) }
            guard object.count == 1, let name = object.keys.first, let argument = object[name] else {
                throw LogicError.invalidArguments(
                    "a rule object must have exactly one key, the operator; found \(object.keys.map { "'\($0)'" }.joined(separator: ", "))",
                    at: path)
            }
            guard let op = Op(rawValue: name) else {
                throw LogicError.of(
                    LogicErrorType.unknownOperator, "unknown operator '\(name)'", at: path + [.key(name)])
            }
            path.append(.key(name))
            defer { path.removeLast() }
            return try compileCall(op, argument)
        default:
            return .literal(value)
        }
    }

    private mutating func compileCall(_ op: Op, _ argument: JSONValue) throws(LogicError) -> Node {
        if op == .preserve { return .literal(argument) }
        guard case .array(let items) = argument else {
            if op.needsArgumentList {
                throw LogicError.invalidArguments("'\(op.rawValue)' takes an array of arguments", at: path)
            }
            let node = try compile(argument)
            // A plain value is one argument; an operator's value (even a preserved array) is spread at run time.
            if node.isLiteral, !isOperatorCall(argument) {
                return try compileLiteralCall(op, [node.literal], arguments: [node])
            }
            return .call(op, spreading: node)
        }
        if op.isComparison, items.count < 2 {
            throw LogicError.invalidArguments("'\(op.rawValue)' compares at least two values", at: path)
        }
        if op.iterates {
            return try compileIteration(op, items)
        }
        var nodes: [Node] = []
        for (i, item) in items.enumerated() { nodes.append(try compile(item, at: .index(i))) }
        if nodes.allSatisfy(\.isLiteral) { return try compileLiteralCall(op, nodes.map(\.literal), arguments: nodes) }
        return .call(op, nodes)
    }

    /// Calls whose arguments are all literals: data access gets a pre-split path and is recorded.
    private mutating func compileLiteralCall(_ op: Op, _ args: [JSONValue], arguments: [Node]) throws(LogicError)
        -> Node
    {
        switch op {
        case .variable:
            let components = DataPath.varComponents(args.first ?? .null)
            if let components {
                record(components)
                let defaultNode: Node? = args.count > 1 ? .literal(args[1]) : nil
                return .varPath(components, defaultValue: defaultNode)
            }
        case .val:
            if let components = DataPath.valComponents(args) {
                record(components)
                return .valPath(components)
            }
            // A scope jump (`[[n]]`, which `val` reads at run time) and a path of strings and numbers.
            if case .array(let jump)? = args.first, jump.count == 1, case .number = jump[0],
                let components = DataPath.valComponents(Array(args.dropFirst()))
            {
                return .scopedVal(jump: jump[0], components, arguments: arguments)
            }
        case .exists:
            if let components = DataPath.valComponents(args) { record(components) }
        case .missing:
            for key in args { if let c = DataPath.varComponents(key) { record(c) } }
        case .missingSome:
            if args.count > 1, case .array(let keys) = args[1] {
                for key in keys { if let c = DataPath.varComponents(key) { record(c) } }
            }
        default:
            break
        }
        return .call(op, arguments)
    }

    private func isOperatorCall(_ value: JSONValue) -> Bool {
        if case .object(let object) = value { return !object.isEmpty }
        return false
    }

    private mutating func record(_ components: [String]) {
        if iterationDepth == 0, !components.isEmpty { readPaths.append(components) }
    }

    private mutating func compileIteration(_ op: Op, _ items: [JSONValue]) throws(LogicError) -> Node {
        guard items.count >= 2 else {
            throw LogicError.invalidArguments(
                "'\(op.rawValue)' takes an array and a rule to apply to each element", at: path)
        }
        if op == .map || op == .filter || op == .reduce {
            if items[0] == .null || items[1] == .null {
                throw LogicError.invalidArguments("'\(op.rawValue)' needs an array and a rule, not null", at: path)
            }
        }
        let collection = try compile(items[0], at: .index(0))
        iterationDepth += 1
        let body: Node
        do {
            body = try compile(items[1], at: .index(1))
        } catch {
            iterationDepth -= 1
            throw error
        }
        iterationDepth -= 1
        var nodes = [collection, body]
        for i in 2..<max(2, items.count) { nodes.append(try compile(items[i], at: .index(i))) }
        return .call(op, nodes)
    }
}
