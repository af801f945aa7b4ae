/// What the parser made of a command line: which command, and its options and arguments, already checked and typed.
package struct ParsedCommand: Sendable {
    /// The command and subcommand names, e.g. `["outage", "start"]`.
    package var path: [String]
    var options: [String: [ParsedValue]] = [:]
    var flags: Set<String> = []
    var arguments: [String: [ParsedValue]] = [:]
    /// Options not on the command line whose default the parser supplied.
    var defaulted: Set<String> = []

    /// `outage start`.
    package var commandName: String { path.joined(separator: " ") }

    /// Whether the flag `name` was given.
    package func flag(_ name: String) -> Bool { flags.contains(name) }

    /// Whether the option or argument `name` (long option name, or argument name like `SYSTEM`) was given on the
    /// command line (a default does not count).
    package func isGiven(_ name: String) -> Bool {
        flags.contains(name) || (options[name] != nil && !defaulted.contains(name)) || arguments[name] != nil
    }

    /// The text of the option's value (the last, if repeatable), or its default.
    package func string(_ name: String) -> String? { options[name]?.last?.text }

    /// Every text given for a repeatable option, in order.
    package func strings(_ name: String) -> [String] { options[name]?.map(\.text) ?? [] }

    /// The typed value of the option (the last, if repeatable), or its default: what its parser returned, the
    /// canonical word of a choice, or the text.
    package func value<Value>(_ name: String, as type: Value.Type = Value.self) -> Value? {
        options[name]?.last?.value as? Value
    }

    /// Every typed value given for a repeatable option, in order.
    package func values<Value>(_ name: String, as type: Value.Type = Value.self) -> [Value] {
        options[name]?.compactMap { $0.value as? Value } ?? []
    }

    /// The text of the positional argument `name` (e.g. `SYSTEM`), if given.
    package func argument(_ name: String) -> String? { arguments[name]?.first?.text }

    /// Every word given for the repeatable argument `name`.
    package func arguments(_ name: String) -> [String] { arguments[name]?.map(\.text) ?? [] }

    /// The typed value of the argument `name`, from its parser.
    package func argument<Value>(_ name: String, as type: Value.Type) -> Value? {
        arguments[name]?.first?.value as? Value
    }
}

/// One value as written and as parsed.
struct ParsedValue: Sendable {
    var text: String
    var value: any Sendable
}
