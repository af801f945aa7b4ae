import CLIKit
import Foundation
import GovKit

/// The options every command takes, before or after its name, and the typed values govctl's options share.
enum GlobalOptions {
    static let all: [Option] = [
        .value(
            "procedures", "DIR", completion: .directory,
            help:
                "read procedures ONLY from DIR: not the built-in ones, not the configured directories (also GOVCTL_PROCEDURES)"
        ),
        format(OutputFormat.allCases),
        .choice(
            "lang", "LANG", Language.allCases.map(\.rawValue), default: .described("the source document's"),
            help: "output language"),
        time(
            "now", default: .described("the current time"),
            help: "the time to evaluate at, ISO 8601; without an offset, local time in the procedure's zone"),
    ]

    /// `--format` with the formats a command takes; text is the default.
    static func format(_ formats: [OutputFormat]) -> Option {
        .choice(
            "format", "FORMAT", formats.map(\.name), default: .value(OutputFormat.standard.name),
            help: "output format")
    }

    /// An option whose value is a time (`--since TIME`), checked for ISO 8601 syntax while parsing.
    static func time(_ name: String, default defaultValue: DefaultValue? = nil, help: String) -> Option {
        .typed(name, "TIME", default: defaultValue, help: help, parser: timeSyntax)
    }

    /// Checks that a value is an ISO 8601 time (read in UTC: the procedure's zone is known only after loading, and
    /// the command reads the text again in that zone). Returns the text.
    static let timeSyntax = ValueParser { text throws(ValueError) -> String in
        guard LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).parse(text) != nil else {
            throw ValueError("is not a time", hint: "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z")
        }
        return text
    }

    /// A whole number of kronor, 0 or more.
    static let amount = ValueParser.integer(in: 0...Int.max)
}

extension ParsedCommand {
    /// The text of an option's value (the last one), as the hand-written parser called it.
    func value(_ name: String) -> String? { string(name) }
    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { strings(name) }
    /// Whether a flag (or any option) was given.
    func has(_ name: String) -> Bool { isGiven(name) }
}
