/// What a shell should offer at each command path, gathered once from the declarations for the script generators.
struct CompletionModel {
    /// One command path (`""` for the program itself, `outage start` for a subcommand) and what it takes.
    struct Level {
        var path: String
        /// Every option spelling: `--format`, `-f`, `--help`, …
        var options: [String]
        /// The spellings that take a value.
        var valued: [String]
        /// Subcommand names (commands, at the top).
        var subcommands: [(name: String, abstract: String)]
        /// What each option's value completes to, by spelling.
        var values: [(option: String, completion: Completion)]
        /// What each positional completes to, by position; a repeatable last one repeats.
        var arguments: [Completion?]
        var repeatsLast: Bool
        /// The options in force here, for descriptions.
        var scope: [Option]
    }

    let program: Program
    private(set) var levels: [Level] = []

    init(_ program: Program) {
        self.program = program
        add(path: [])
    }

    /// A name usable in shell function names: `govctl` → `govctl`, `my-tool` → `my_tool`.
    var functionName: String {
        String(program.name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    private mutating func add(path: [Command]) {
        let scope = OptionScope(program: program, path: path).options + Program.builtinOptions
        var options: [String] = []
        var valued: [String] = []
        var values: [(String, Completion)] = []
        for option in scope {
            let spellings = ["--\(option.name)"] + (option.short.map { ["-\($0)"] } ?? [])
            options += spellings
            guard option.takesValue else { continue }
            valued += spellings
            if let completion = option.completion { values += spellings.map { ($0, completion) } }
        }
        let children = path.last?.subcommands ?? program.commands
        var subcommands = children.map { (name: $0.name, abstract: $0.abstract) }
        var arguments = path.last.map { $0.arguments.map(\.completion) } ?? []
        if path.isEmpty {
            subcommands.append((Program.helpCommand, "show help for a command"))
        }
        levels.append(
            Level(
                path: path.map(\.name).joined(separator: " "), options: options, valued: valued,
                subcommands: subcommands, values: values, arguments: arguments,
                repeatsLast: path.last?.arguments.last?.isRepeatable ?? false, scope: scope))
        if path.isEmpty {
            arguments = [.words(program.commands.map(\.name))]
            levels.append(
                Level(
                    path: Program.helpCommand, options: [], valued: [], subcommands: [], values: [],
                    arguments: arguments, repeatsLast: false, scope: []))
        }
        for child in children { add(path: path + [child]) }
    }
}
