/// Mistakes in a program's declarations the compiler cannot see: names given twice, options that clash with the
/// built-in ones, arguments in an order the parser cannot deal out. A test of the program should expect none.
extension Program {
    /// Each problem as a sentence; empty when the declarations are sound.
    package var declarationProblems: [String] {
        var problems: [String] = []
        let builtinNames: Set<String> = ["help", "version"]
        let builtinShorts: Set<Character> = ["h", "V"]
        func check(_ options: [Option], at place: String) {
            var names: Set<String> = []
            var shorts: Set<Character> = []
            for option in options {
                if !names.insert(option.name).inserted {
                    problems.append("\(place): --\(option.name) is declared twice")
                }
                if builtinNames.contains(option.name) { problems.append("\(place): --\(option.name) is built in") }
                if let short = option.short {
                    if !shorts.insert(short).inserted { problems.append("\(place): -\(short) is declared twice") }
                    if builtinShorts.contains(short) { problems.append("\(place): -\(short) is built in") }
                }
                if option.takesValue, option.valueName.isEmpty {
                    problems.append("\(place): --\(option.name) has no value name")
                }
                if case .value(let text)? = option.defaultValue {
                    do throws(CLIError) {
                        _ = try Scan.typed(text, option: option)
                    } catch {
                        problems.append("\(place): the default of --\(option.name) is refused: \(error.message)")
                    }
                }
            }
        }
        func walk(_ commands: [Command], path: [Command]) {
            var names: Set<String> = []
            for command in commands {
                let place = ([name] + path.map(\.name) + [command.name]).joined(separator: " ")
                if !names.insert(command.name).inserted { problems.append("\(place): the command is declared twice") }
                if path.isEmpty, command.name == Program.helpCommand || command.name == Program.completeCommand {
                    problems.append("\(place): the command is built in")
                }
                check(command.options, at: place)
                var shorts: [Character: String] = [:]
                for option in OptionScope(program: self, path: path + [command]).options {
                    guard let short = option.short else { continue }
                    if let other = shorts[short], other != option.name {
                        problems.append("\(place): -\(short) is both --\(other) and --\(option.name)")
                    }
                    shorts[short] = option.name
                }
                for option in command.options {
                    guard let global = options.first(where: { $0.name == option.name }),
                        global.takesValue != option.takesValue
                    else { continue }
                    problems.append("\(place): --\(option.name) must take a value as the global one does, or not")
                }
                if !command.subcommands.isEmpty, !command.arguments.isEmpty {
                    problems.append("\(place): a command with subcommands takes no arguments")
                }
                if command.arguments.filter(\.isRepeatable).count > 1 {
                    problems.append("\(place): only one argument can be repeatable")
                }
                if let repeatable = command.arguments.firstIndex(where: \.isRepeatable),
                    command.arguments[repeatable...].dropFirst().contains(where: \.isOptional)
                {
                    problems.append("\(place): no optional argument can follow a repeatable one")
                }
                walk(command.subcommands, path: path + [command])
            }
        }
        check(options, at: name)
        walk(commands, path: [])
        return problems
    }
}
