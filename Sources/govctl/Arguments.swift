import GovKit

/// An option a command accepts.
struct OptionSpec: Sendable {
    let name: String
    /// `nil` for a flag; else the placeholder shown in help, e.g. `DIR`.
    let value: String?
    let help: String
    var repeatable = false
}

/// The command line split into global options, the subcommand, its options and positional arguments.
struct ParsedArguments {
    var command: String?
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

enum ArgumentParser {
    static let globalOptions: [OptionSpec] = [
        OptionSpec(
            name: "procedures", value: "DIR",
            help: "read procedures from DIR instead of the bundled ones (also GOVCTL_PROCEDURES)"),
        OptionSpec(
            name: "format", value: "FORMAT", help: "output format: text (default) or json; some commands take more"),
        OptionSpec(name: "lang", value: "LANG", help: "output language: nb, sv or en (default: the source document's)"),
        OptionSpec(
            name: "now", value: "TIME",
            help: "the time to evaluate at, ISO 8601; without an offset, local time in the procedure's zone"),
        OptionSpec(name: "help", value: nil, help: "show help"),
        OptionSpec(name: "version", value: nil, help: "show the version"),
    ]

    /// Parses `arguments`; `commandOptions` gives the options of a subcommand by name.
    static func parse(_ arguments: [String], commandOptions: (String) -> [OptionSpec]?) throws(GovError)
        -> ParsedArguments
    {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if onlyPositionals || !token.hasPrefix("-") || token == "-" {
                if parsed.command == nil {
                    parsed.command = token
                    if commandOptions(token) == nil { return parsed }
                } else {
                    parsed.positionals.append(token)
                }
                continue
            }
            if token == "--" {
                onlyPositionals = true
                continue
            }
            if token == "-h" {
                parsed.flags.insert("help")
                continue
            }
            guard token.hasPrefix("--") else {
                throw GovError(
                    .usage, "unknown option '\(token)'", hint: "options are written --name; see 'govctl --help'")
            }
            var name = String(token.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            let specs = globalOptions + (parsed.command.flatMap(commandOptions) ?? [])
            guard let spec = specs.first(where: { $0.name == name }) else {
                let suggestion = Suggestions.closest(to: name, among: specs.map(\.name))
                let where_ = parsed.command.map { "'govctl \($0) --help'" } ?? "'govctl --help'"
                throw GovError(
                    .usage, "unknown option '--\(name)'",
                    hint: (suggestion.map { "did you mean '--\($0)'? " } ?? "") + "see \(where_)")
            }
            if spec.value == nil {
                if inlineValue != nil {
                    throw GovError(.usage, "option '--\(name)' takes no value", hint: "write --\(name) alone")
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw GovError(
                        .usage, "option '--\(name)' needs a value", hint: "write --\(name) \(spec.value ?? "VALUE")")
                }
                value = arguments[index]
                index += 1
            }
            if !spec.repeatable, parsed.values[name] != nil, !globalOptions.contains(where: { $0.name == name }) {
                throw GovError(.usage, "option '--\(name)' is given twice", hint: "give it once")
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }
}
