/// A named option of a program or a command: `--name`, perhaps also `-n`; a flag or an option with a value.
package struct Option: Sendable {
    /// What an option takes.
    package enum Kind: Sendable {
        /// Nothing: present or not.
        case flag
        /// Any text.
        case value
        /// One of these words (matched in any case, read back as written here).
        case choice([String])
        /// A text the parser turns into a typed value or refuses with a reason.
        case typed(ValueParser)
    }

    /// The long name, without dashes: `format` for `--format`.
    package var name: String
    /// The short name, without the dash: `f` for `-f`.
    package var short: Character?
    /// The placeholder for the value in usage and help, e.g. `TIME`; empty for a flag.
    package var valueName: String
    package var kind: Kind
    /// Whether the option may be given more than once (each value is kept); otherwise a second one is an error.
    package var isRepeatable: Bool
    /// The default, shown in help; a ``DefaultValue/value(_:)`` is also what the parser returns when it is absent.
    package var defaultValue: DefaultValue?
    /// One line of help, lowercase, no final period.
    package var help: String
    /// What a shell offers for the value; a choice offers its words without this.
    package var completion: Completion?

    package init(
        _ name: String, short: Character? = nil, valueName: String, kind: Kind, repeatable: Bool = false,
        default defaultValue: DefaultValue? = nil, completion: Completion? = nil, help: String
    ) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.kind = kind
        self.isRepeatable = repeatable
        self.defaultValue = defaultValue
        self.help = help
        self.completion = completion
    }

    /// `--name` alone, e.g. `--no-prognosis`.
    package static func flag(_ name: String, short: Character? = nil, help: String) -> Option {
        Option(name, short: short, valueName: "", kind: .flag, help: help)
    }

    /// `--name VALUE` with any text, e.g. `--description TEXT`.
    package static func value(
        _ name: String, short: Character? = nil, _ valueName: String, repeatable: Bool = false,
        default defaultValue: DefaultValue? = nil, completion: Completion? = nil, help: String
    ) -> Option {
        Option(
            name, short: short, valueName: valueName, kind: .value, repeatable: repeatable, default: defaultValue,
            completion: completion, help: help)
    }

    /// `--name WORD` where WORD is one of `choices`, e.g. `--format text|json|nagios`.
    package static func choice(
        _ name: String, short: Character? = nil, _ valueName: String, _ choices: [String],
        default defaultValue: DefaultValue? = nil, help: String
    ) -> Option {
        Option(
            name, short: short, valueName: valueName, kind: .choice(choices), default: defaultValue,
            completion: .words(choices), help: help)
    }

    /// `--name VALUE` read by `parser` while parsing, e.g. `--now TIME` into a date.
    package static func typed(
        _ name: String, short: Character? = nil, _ valueName: String, repeatable: Bool = false,
        default defaultValue: DefaultValue? = nil, completion: Completion? = nil, help: String, parser: ValueParser
    ) -> Option {
        Option(
            name, short: short, valueName: valueName, kind: .typed(parser), repeatable: repeatable,
            default: defaultValue, completion: completion, help: help)
    }

    /// Whether the option takes a value.
    package var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }

    /// The choices of a choice option, else empty.
    package var choices: [String] {
        if case .choice(let words) = kind { return words }
        return []
    }

    /// `-f, --format FORMAT` or `--no-prognosis`.
    package var label: String {
        (short.map { "-\($0), " } ?? "") + "--\(name)" + (takesValue ? " \(valueName)" : "")
    }
}

/// A default shown in help.
package enum DefaultValue: Sendable, Equatable {
    /// A value the parser uses when the option is absent, e.g. `text`.
    case value(String)
    /// Only a description for help, e.g. "the current time".
    case described(String)

    /// How help shows it.
    package var text: String {
        switch self {
        case .value(let value): return value
        case .described(let text): return text
        }
    }
}

extension Option {
    /// Whether a word that starts with '-' is this option's value rather than an option: a single dash followed by
    /// what a typed option's parser accepts (`--since -2h`). `--x` words are always options.
    func takesAsValue(_ word: String) -> Bool {
        guard !word.hasPrefix("--"), case .typed(let parser) = kind else { return false }
        return (try? parser.parse(word)) != nil
    }
}
