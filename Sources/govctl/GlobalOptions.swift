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
        format(OutputFormat.allCases, help: "output format; each command takes some of these, as its help says"),
        .choice(
            "lang", "LANG", Language.allCases.map(\.rawValue),
            default: .described("the configuration's \"lang\", else the source document's"),
            help: "output language"),
        time(
            "now", default: .described("the current time"),
            help:
                "the time to evaluate at: ISO 8601 (without an offset, local time in the procedure's zone), or 02:40, i går 23:10, -2h"
        ),
    ]

    /// `--format` with the formats a command takes; text is the default.
    static func format(_ formats: [OutputFormat], help: String = "output format") -> Option {
        .choice("format", "FORMAT", formats.map(\.name), default: .value(OutputFormat.standard.name), help: help)
    }

    /// An option whose value is a time (`--since TIME`), checked while parsing for one of the forms people type
    /// (`HumanTime`: ISO 8601, `02:40`, `kl. 2.40`, `i går 23:10`, `for 2 timer siden`, `-2h`).
    static func time(_ name: String, default defaultValue: DefaultValue? = nil, help: String) -> Option {
        .typed(name, "TIME", default: defaultValue, help: help, parser: timeSyntax)
    }

    /// Checks that a value is a time in one of those forms (the procedure's zone is known only after loading, and the
    /// command reads the text then, in that zone). Returns the text.
    static let timeSyntax = ValueParser { text throws(ValueError) -> String in
        if let problem = TimeInput.syntaxProblem(text) { throw ValueError(problem.reason, hint: problem.hint) }
        return text
    }

    /// An e-mail address for `--to` or `--from`, checked while parsing (`MailMessage.addressProblem`): not empty, no
    /// control character of any kind, `a@b` or `Name <a@b>`. Returns the text.
    static func mailAddress(_ option: String) -> ValueParser {
        ValueParser { text throws(ValueError) -> String in
            if let problem = MailMessage.addressProblem(text, option: "--\(option)") {
                throw ValueError(problem.reason, hint: problem.hint)
            }
            return text
        }
    }

    /// An amount of money, checked while parsing as an exact decimal read from its text (GovKit's `AmountInput`:
    /// digits, optional groups of three and a fraction; no sign, exponent, hex or Infinity). Returns the text; the
    /// query reads it again into a `Decimal`.
    static func amount(_ option: String) -> ValueParser {
        ValueParser { text throws(ValueError) -> String in
            do throws(GovError) {
                _ = try AmountInput.read(text, option: "--\(option)")
            } catch {
                throw ValueError(
                    error.message.replacingOccurrences(of: "'--\(option) \(text)' ", with: ""), hint: error.hint)
            }
            return text
        }
    }
}

extension ParsedCommand {
    /// The text of an option's value (the last one), as the hand-written parser called it.
    func value(_ name: String) -> String? { string(name) }
    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { strings(name) }
    /// Whether a flag (or any option) was given.
    func has(_ name: String) -> Bool { isGiven(name) }
}
