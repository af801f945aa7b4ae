/// Help texts made from the declarations: the program's (`PROG --help`, `PROG help`) and each command's
/// (`PROG CMD --help`, `PROG CMD -h` and `PROG help CMD` give the same bytes).
package struct HelpText: Sendable {
    package let program: Program
    /// Lines are filled to this many columns.
    package var width = 100

    package init(_ program: Program) {
        self.program = program
    }

    /// The help for the command at `path` (names from the program down), or the program's for an empty path.
    package func text(forCommand names: [String]) -> String? {
        var path: [Command] = []
        for name in names {
            guard let next = (path.last?.subcommands ?? program.commands).first(where: { $0.name == name }) else {
                return nil
            }
            path.append(next)
        }
        return text(for: path)
    }

    func text(for path: [Command]) -> String {
        path.isEmpty ? global() : command(path)
    }

    /// `PROG --help`: what the program is, its commands, global options, exit statuses, environment, files, examples.
    package func global() -> String {
        var out = "\(program.name) — \(program.abstract)\n\nUSAGE\n"
        out += "  \(program.name) COMMAND [ARGUMENTS] [OPTIONS]\n"
        if !program.discussion.isEmpty { out += "\n" + paragraph(program.discussion) }
        let commands =
            program.commands.map { ($0.name, $0.abstract) } + [
                (Program.helpCommand, "show help for a command: \(program.name) help COMMAND")
            ]
        out += "\nCOMMANDS\n" + table(commands)
        out += "\nOPTIONS (before or after the command)\n" + table(rows(program.options + Program.builtinOptions))
        if !program.exitStatuses.isEmpty {
            out += "\nEXIT STATUS\n" + table(program.exitStatuses.map { (String($0.code), $0.meaning) })
        }
        if !program.environment.isEmpty || program.configuration != nil {
            out += "\nENVIRONMENT\n" + table(program.environment.map { ($0.name, $0.meaning) })
        }
        // The configuration files in the same section: the variables above name and override them.
        if let configuration = program.configuration {
            let words =
                ["Configuration:"] + configuration.summary.split(whereSeparator: \.isWhitespace).map(String.init)
            out += "\n" + Usage.wrap(words, indent: 2, hang: 2, width: width) + "\n"
            out += table(configuration.files.map { ($0.path, $0.meaning) })
            out += "  Their keys:\n" + table(configuration.keys.map { ($0.name, $0.meaning) })
        }
        if !program.files.isEmpty { out += "\nFILES\n" + table(program.files.map { ($0.path, $0.meaning) }) }
        if !program.examples.isEmpty { out += "\nEXAMPLES\n" + program.examples.map { "  \($0)\n" }.joined() }
        out += "\nRun '\(program.name) help COMMAND' or '\(program.name) COMMAND --help' for a command's arguments,\n"
        out += "options and examples.\n"
        return out
    }

    /// `PROG CMD --help`: usage, description, subcommands, arguments, options, global options, examples.
    func command(_ path: [Command]) -> String {
        let leaf = path[path.count - 1]
        let name = ([program.name] + path.map(\.name)).joined(separator: " ")
        var out = "\(name) — \(leaf.abstract)\n\nUSAGE\n"
        for words in Usage.lines(program: program, path: path) {
            let hang = 2 + words.prefix(path.count + 1).joined(separator: " ").count + 1
            out += Usage.wrap(words, indent: 2, hang: hang, width: width) + "\n"
        }
        if !leaf.discussion.isEmpty { out += "\n" + paragraph(leaf.discussion) }
        if !leaf.subcommands.isEmpty {
            out += "\nSUBCOMMANDS\n" + table(leaf.subcommands.map { ($0.name, $0.abstract) })
        }
        if !leaf.arguments.isEmpty { out += "\nARGUMENTS\n" + table(leaf.arguments.map { ($0.name, $0.help) }) }
        let own = OptionScope.declared(by: path)
        if !own.isEmpty { out += "\nOPTIONS\n" + table(rows(own)) }
        let rules = path.flatMap(\.validations).compactMap(\.summary)
        if !rules.isEmpty { out += "\nRULES\n" + rules.map { "  \($0)\n" }.joined() }
        let global = program.options.filter { option in !own.contains { $0.name == option.name } }.map {
            Self.asTakenBelow($0, by: leaf)
        }
        out += "\nGLOBAL OPTIONS\n" + table(rows(global + Program.builtinOptions))
        let examples = path.count > 1 && leaf.examples.isEmpty ? path[0].examples : leaf.examples
        if !examples.isEmpty { out += "\nEXAMPLES\n" + examples.map { "  \($0)\n" }.joined() }
        return out
    }

    /// A global choice option as a command with subcommands takes it: when every subcommand below it declares the
    /// option anew (`--format` with the formats it takes), the choices are theirs (`outage --help` lists the two
    /// formats its subcommands take, not all of the program's), in the order first declared. Else `option` as is.
    static func asTakenBelow(_ option: Option, by command: Command) -> Option {
        guard !command.subcommands.isEmpty, !option.choices.isEmpty else { return option }
        let found = declarations(of: option.name, below: command, inherited: nil)
        guard let first = found.first ?? nil else { return option }
        var words: [String] = []
        for declared in found {
            guard let declared, !declared.choices.isEmpty else { return option }
            for word in declared.choices where !words.contains(word) { words.append(word) }
        }
        var taken = first
        taken.kind = .choice(words)
        taken.completion = .words(words)
        return taken
    }

    /// The option called `name` in force at each command without subcommands below `command` (`nil` where none of
    /// the commands on its way declares it).
    private static func declarations(of name: String, below command: Command, inherited: Option?) -> [Option?] {
        let here = command.options.first { $0.name == name } ?? inherited
        if command.subcommands.isEmpty { return [here] }
        return command.subcommands.flatMap { declarations(of: name, below: $0, inherited: here) }
    }

    /// The help of an option with its choices and default: `output format (text, json or nagios; default: text)`.
    static func describe(_ option: Option) -> String {
        var notes: [String] = []
        if !option.choices.isEmpty { notes.append(option.choices.orList) }
        if let value = option.defaultValue { notes.append("default: \(value.text)") }
        if option.isRepeatable { notes.append("repeatable") }
        return option.help + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")
    }

    private func rows(_ options: [Option]) -> [(String, String)] {
        options.map { ($0.label, Self.describe($0)) }
    }

    /// Two columns: a label and its text, filled to the width with a hanging indent; a long label gets a line of
    /// its own.
    private func table(_ rows: [(String, String)]) -> String {
        let column = (rows.map(\.0.count).filter { $0 <= 28 }.max() ?? 4) + 4
        var out = ""
        for (label, text) in rows {
            let words = text.split(separator: " ").map(String.init)
            if label.count + 4 > column {
                out += "  \(label)\n" + Usage.wrap(words, indent: column, hang: column, width: width) + "\n"
            } else {
                let lead = "  " + label + String(repeating: " ", count: column - label.count - 2)
                let body = Usage.wrap(words, indent: column, hang: column, width: width)
                out += lead + body.dropFirst(column) + "\n"
            }
        }
        return out
    }

    private func paragraph(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
