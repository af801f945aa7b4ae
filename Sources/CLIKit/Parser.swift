/// Parses command lines against a program's declarations: one pass over the words, then the values checked and typed,
/// then each command's rules. Nothing runs until the whole line is known to be right.
package struct Parser: Sendable {
    package let program: Program

    package init(_ program: Program) {
        self.program = program
    }

    /// What `arguments` (without the program's own name) ask for; a usage error says what is wrong and how to fix it.
    /// Help (`-h`, `--help`) wins over any other mistake on the line, for the command named so far.
    package func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
        var scan = Scan(program: program, words: arguments)
        do throws(CLIError) {
            return try scan.run()
        } catch {
            if !scan.mistypedCommand, scan.wantsHelp || Self.asksForHelp(arguments) {
                return .help(HelpText(program).text(for: scan.path))
            }
            var error = error
            error.commandPath = scan.path.map(\.name)
            (error.rawOptions, error.rawArguments) = RawOptions(program).scan(arguments, path: error.commandPath)
            throw error
        }
    }

    private static func asksForHelp(_ arguments: [String]) -> Bool {
        for word in arguments {
            if word == "--" { return false }
            if word == "-h" || word == "--help" { return true }
        }
        return false
    }
}

/// One option as it was written.
struct Occurrence {
    var option: Option
    var text: String?
    /// Where the option was written.
    var index: Int
    /// Where its value was written, when it was a word of its own.
    var valueIndex: Int?
}

/// A word taken as a positional argument, and where.
struct Positional {
    var text: String
    var index: Int
}

/// The state of one parse.
struct Scan {
    let program: Program
    let words: [String]
    private(set) var path: [Command] = []
    private(set) var wantsHelp = false
    /// A command or subcommand name was wrong: help cannot say which command was meant, the error can.
    private(set) var mistypedCommand = false
    private var wantsVersion = false
    private var occurrences: [Occurrence] = []
    private var positionals: [Positional] = []

    init(program: Program, words: [String]) {
        self.program = program
        self.words = words
    }

    private var prefix: String { ([program.name] + path.map(\.name)).joined(separator: " ") }
    private var seeHelp: String { "see '\(prefix) --help'" }

    mutating func run() throws(CLIError) -> Invocation {
        if let first = words.first, first.hasPrefix(Program.completionScriptOption) {
            return try completionScript(first)
        }
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                if let done = try bare(word, at: index - 1) { return done }
            } else if word == "--" {
                onlyPositionals = true
            } else if word.hasPrefix("--") {
                try long(word, at: index - 1, next: &index)
            } else {
                try short(word, at: index - 1, next: &index)
            }
        }
        if wantsHelp { return .help(HelpText(program).text(for: path)) }
        if wantsVersion { return .version("\(program.name) \(program.version)\n") }
        guard let command = path.last else {
            throw CLIError.usage("no command given", hint: "see '\(program.name) --help'")
        }
        if !command.subcommands.isEmpty {
            throw CLIError.usage(
                "'\(path.map(\.name).joined(separator: " "))' needs a subcommand",
                hint: command.subcommands.map(\.name).orList + "; " + seeHelp)
        }
        var parsed = ParsedCommand(path: path.map(\.name))
        try assignArguments(of: command, to: &parsed)
        try resolveOptions(into: &parsed)
        for level in path {
            for rule in level.validations { try rule.check(parsed) }
        }
        return .run(parsed)
    }

    // MARK: Words

    /// A command or subcommand name, a positional argument, or the start of a built-in command.
    private mutating func bare(_ word: String, at index: Int) throws(CLIError) -> Invocation? {
        guard let current = path.last else {
            if word == Program.helpCommand { return try help(topic: Array(words[(index + 1)...])) }
            if word == Program.completeCommand {
                guard index + 1 < words.count else {
                    throw CLIError.usage("'\(Program.completeCommand)' needs a kind", hint: "e.g. system")
                }
                return .complete(kind: words[index + 1])
            }
            guard let command = program.command(word) else {
                mistypedCommand = true
                let names = program.commands.map(\.name) + [Program.helpCommand]
                throw CLIError.usage(
                    "unknown command '\(word)'", hint: Suggestions.didYouMean(word, among: names) + seeHelp)
            }
            path.append(command)
            return nil
        }
        if !current.subcommands.isEmpty {
            guard let sub = current.subcommand(word) else {
                mistypedCommand = true
                throw CLIError.usage(
                    "unknown subcommand '\(word)' of '\(prefix.dropFirst(program.name.count + 1))'",
                    hint: Suggestions.didYouMean(word, among: current.subcommands.map(\.name))
                        + "'\(prefix)' takes " + current.subcommands.map(\.name).orList)
            }
            path.append(sub)
            return nil
        }
        positionals.append(Positional(text: word, index: index))
        return nil
    }

    /// `--generate-completion-script SHELL` (or `=SHELL`), alone on the line.
    private func completionScript(_ first: String) throws(CLIError) -> Invocation {
        let option = Program.completionScriptOption
        let inline = first.hasPrefix(option + "=") ? String(first.dropFirst(option.count + 1)) : nil
        guard first == option || inline != nil else { throw unknownOption(first, name: String(first.dropFirst(2))) }
        var rest = Array(words.dropFirst())
        let names = Shell.allCases.map(\.rawValue)
        let name = inline ?? (rest.isEmpty ? nil : rest.removeFirst())
        guard let name, let shell = Shell(rawValue: name) else {
            throw CLIError.usage("\(option) needs a shell", hint: "one of \(names.joined(separator: ", "))")
        }
        if let extra = rest.first {
            throw CLIError.usage("unexpected argument '\(extra)'", hint: "write \(option) \(shell.rawValue) alone")
        }
        return .completionScript(CompletionScript.text(for: program, shell: shell))
    }

    /// `help`, `help COMMAND`, `help COMMAND SUBCOMMAND`: the same text as `COMMAND --help`.
    private func help(topic: [String]) throws(CLIError) -> Invocation {
        var chosen: [Command] = []
        for word in topic where !word.hasPrefix("-") {
            if chosen.isEmpty, word == Program.helpCommand { continue }
            let candidates = chosen.last?.subcommands ?? program.commands
            guard !(chosen.last.map { $0.subcommands.isEmpty } ?? false) else {
                throw CLIError.usage(
                    "unexpected argument '\(word)'",
                    hint: "'\(program.name) help' takes a command, e.g. \(program.name) help \(chosen[0].name)")
            }
            guard let command = candidates.first(where: { $0.name == word }) else {
                let what = chosen.isEmpty ? "command" : "subcommand"
                throw CLIError.usage(
                    "unknown \(what) '\(word)'",
                    hint: Suggestions.didYouMean(word, among: candidates.map(\.name)) + "see '\(program.name) --help'")
            }
            chosen.append(command)
        }
        return .help(HelpText(program).text(for: chosen))
    }

    /// `--name`, `--name VALUE`, `--name=VALUE`.
    private mutating func long(_ word: String, at index: Int, next: inout Int) throws(CLIError) {
        var name = String(word.dropFirst(2))
        var inline: String?
        if let eq = name.firstIndex(of: "=") {
            inline = String(name[name.index(after: eq)...])
            name = String(name[..<eq])
        }
        if inline == nil, name == "help" {
            wantsHelp = true
            return
        }
        if inline == nil, name == "version" {
            wantsVersion = true
            return
        }
        guard let option = OptionScope(program: program, path: path).named(name) else {
            throw unknownOption("--\(name)", name: name)
        }
        try take(option, written: "--\(name)", inline: inline, at: index, next: &next)
    }

    /// `-x` or `-x VALUE`.
    private mutating func short(_ word: String, at index: Int, next: inout Int) throws(CLIError) {
        if word == "-h" {
            wantsHelp = true
            return
        }
        if word == "-V" {
            wantsVersion = true
            return
        }
        guard word.count == 2, let letter = word.last,
            let option = OptionScope(program: program, path: path).short(letter)
        else {
            throw unknownOption(word, name: nil)
        }
        try take(option, written: word, inline: nil, at: index, next: &next)
    }

    private mutating func take(
        _ option: Option, written: String, inline: String?, at index: Int, next: inout Int
    ) throws(CLIError) {
        guard option.takesValue else {
            if inline != nil {
                throw CLIError.usage("\(written) takes no value", hint: "write \(written) alone")
            }
            occurrences.append(Occurrence(option: option, text: nil, index: index))
            return
        }
        if let inline {
            occurrences.append(Occurrence(option: option, text: inline, index: index))
            return
        }
        guard next < words.count else {
            throw CLIError.usage("\(written) needs a value", hint: "write \(written) \(option.valueName)")
        }
        let value = words[next]
        if value.hasPrefix("-"), value != "-", !option.takesAsValue(value) {
            throw CLIError.usage(
                "\(written) needs a value",
                hint: "to give a value that starts with '-', write --\(option.name)=-x")
        }
        occurrences.append(Occurrence(option: option, text: value, index: index, valueIndex: next))
        next += 1
    }

    private func unknownOption(_ written: String, name: String?) -> CLIError {
        let scope = OptionScope(program: program, path: path)
        var hint = ""
        if let name {
            hint = Suggestions.didYouMean(name, among: scope.names, prefix: "--")
            if hint.isEmpty, let owner = Self.commands(declaring: name, in: program.commands).first {
                hint = "--\(name) belongs to '\(owner)'" + (path.isEmpty ? ", after its name; " : "; ")
            }
        } else {
            hint = "an argument that starts with '-' goes after '--'; "
        }
        return CLIError.usage("unknown option '\(written)'", hint: hint + seeHelp)
    }

    /// The commands (as `outage start`) that declare an option called `name`.
    private static func commands(declaring name: String, in commands: [Command], prefix: String = "") -> [String] {
        commands.flatMap { command in
            let full = prefix + command.name
            let own = command.options.contains { $0.name == name } ? [full] : []
            return own + Self.commands(declaring: name, in: command.subcommands, prefix: full + " ")
        }
    }

    // MARK: Arguments

    /// Deals the positional words to the declared arguments: required ones first in line, optional ones when there
    /// are words to spare, a repeatable one takes the rest.
    private func assignArguments(of command: Command, to parsed: inout ParsedCommand) throws(CLIError) {
        var cursor = 0
        for (position, argument) in command.arguments.enumerated() {
            let remaining = positionals.count - cursor
            let requiredAfter = command.arguments[(position + 1)...].filter { !$0.isOptional }.count
            var count: Int
            if argument.isRepeatable {
                count = max(0, remaining - requiredAfter)
            } else {
                count = remaining > (argument.isOptional ? requiredAfter : 0) ? 1 : 0
            }
            if count == 0, !argument.isOptional { throw missing(argument, of: command) }
            count = min(count, remaining)
            for positional in positionals[cursor..<(cursor + count)] {
                let value = try typed(positional.text, argument: argument)
                parsed.arguments[argument.name, default: []].append(ParsedValue(text: positional.text, value: value))
            }
            cursor += count
        }
        if cursor < positionals.count { throw unexpected(Array(positionals[cursor...]), of: command) }
    }

    private func typed(_ text: String, argument: Argument) throws(CLIError) -> any Sendable {
        guard let parser = argument.parser else { return text }
        do throws(ValueError) {
            return try parser.parse(text)
        } catch {
            throw CLIError.usage("\(argument.name) '\(text)' \(error.reason)", hint: error.hint)
        }
    }

    private func missing(_ argument: Argument, of command: Command) -> CLIError {
        let example = command.examples.first.map { "e.g. " + Self.withoutComment($0) }
        return CLIError.usage(
            "'\(path.map(\.name).joined(separator: " "))' needs \(argument.name)", hint: example ?? seeHelp)
    }

    /// An extra word; when it and the words after it continue the word before, they were probably one name that
    /// lost its quotes.
    private func unexpected(_ extra: [Positional], of command: Command) -> CLIError {
        let first = extra[0]
        var run = [first.text]
        for item in extra.dropFirst() where item.index == first.index + run.count { run.append(item.text) }
        let before = first.index - 1
        let message = "unexpected argument '\(first.text)'"
        if let named = positionals.first(where: { $0.index == before }) {
            let name = ([named.text] + run).joined(separator: " ")
            if program.knows(name, for: command) {
                return CLIError.usage(
                    message, hint: "did you mean \(ShellQuote.quote(name))? quote names that have spaces")
            }
            let takes = command.arguments.map(\.usage).joined(separator: " ")
            return CLIError.usage(
                message, hint: "'\(command.name)' takes \(takes); quote a name that has spaces")
        }
        if let option = occurrences.first(where: { $0.valueIndex == before }), let text = option.text {
            let joined = ShellQuote.quote(([text] + run).joined(separator: " "))
            return CLIError.usage(
                message, hint: "did you mean --\(option.option.name) \(joined)? quote values that have spaces")
        }
        if let option = occurrences.first(where: { $0.index == before && $0.valueIndex == nil }), let text = option.text
        {
            let joined = ShellQuote.quote(([text] + run).joined(separator: " "))
            return CLIError.usage(
                message, hint: "did you mean --\(option.option.name)=\(joined)? quote values that have spaces")
        }
        let takes =
            command.arguments.isEmpty
            ? "takes no arguments" : "takes " + command.arguments.map(\.usage).joined(separator: " ")
        return CLIError.usage(message, hint: "'\(prefix)' \(takes); \(seeHelp)")
    }

    private static func withoutComment(_ example: String) -> String {
        Example(example).command
    }

    // MARK: Options

    /// Checks and types each option's values against the options in force for the whole command (a command may
    /// widen a global option, e.g. `--format`, even when the option came before the command name).
    private func resolveOptions(into parsed: inout ParsedCommand) throws(CLIError) {
        let scope = OptionScope(program: program, path: path)
        for occurrence in occurrences {
            let option = scope.named(occurrence.option.name) ?? occurrence.option
            let name = option.name
            if parsed.flags.contains(name) || parsed.options[name] != nil, !option.isRepeatable {
                throw CLIError.usage("--\(name) is given twice", hint: "give it once")
            }
            guard let text = occurrence.text, option.takesValue else {
                parsed.flags.insert(name)
                continue
            }
            let value = try Self.typed(text, option: option, command: prefix)
            parsed.options[name, default: []].append(ParsedValue(text: value.text, value: value.value))
        }
        for option in scope.options where parsed.options[option.name] == nil {
            guard case .value(let text) = option.defaultValue else { continue }
            let value = try Self.typed(text, option: option)
            parsed.options[option.name] = [ParsedValue(text: value.text, value: value.value)]
            parsed.defaulted.insert(option.name)
        }
    }

    /// The value of `option` as text (a choice in its declared spelling) and typed. `command` (`govctl print`) names
    /// the command whose choices these are, for a refusal where it takes one word only.
    static func typed(_ text: String, option: Option, command: String? = nil) throws(CLIError) -> (
        text: String, value: any Sendable
    ) {
        switch option.kind {
        case .flag, .value:
            return (text, text)
        case .choice(let words):
            if let word = words.first(where: { $0.lowercased() == text.lowercased() }) { return (word, word) }
            if let command, let only = words.first, words.count == 1 {
                throw CLIError.usage(
                    "'\(command)' takes only --\(option.name) \(only), not --\(option.name) \(text)",
                    hint: option.defaultValue == .value(only)
                        ? "leave out --\(option.name): \(only) is the default" : "write --\(option.name) \(only)")
            }
            let suggestion = Suggestions.closest(to: text, among: words)
            throw CLIError.usage(
                "'--\(option.name) \(text)' is not one of \(words.joined(separator: ", "))",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "e.g. --\(option.name) \(words.first ?? "")")
        case .typed(let parser):
            do throws(ValueError) {
                return (text, try parser.parse(text))
            } catch {
                throw CLIError.usage("'--\(option.name) \(text)' \(error.reason)", hint: error.hint)
            }
        }
    }
}
