/// The forms a command can print its result in (`--format`). Commands list the ones they take; the executable
/// maps each (command, format) pair to its renderer in one place.
package enum OutputFormat: String, Sendable, CaseIterable {
    /// For a person at a terminal (the default).
    case text
    /// For scripts: one JSON document on stdout, errors as `{"error": …}`.
    case json
    /// For a wiki page, a chat message or a ticket comment.
    case markdown
    /// An RFC 5322 message for `| sendmail -t`.
    case email
    /// Only what goes into the provider's portal: the subject and the case text, not indented.
    case caseText = "case"
    /// One row per line for a spreadsheet.
    case csv
    /// One monitoring-plugins line for Nagios/Icinga.
    case nagios

    /// The format used when `--format` is not given.
    package static let standard = OutputFormat.text

    /// The name written after `--format`.
    package var name: String { rawValue }

    /// The format `--format NAME` names among `accepted`, else the usage error (exit 64) listing them.
    package static func named(_ name: String?, command: String, accepted: [OutputFormat]) throws(GovError)
        -> OutputFormat
    {
        guard let name else { return standard }
        guard let format = OutputFormat(rawValue: name), accepted.contains(format) else {
            throw GovError(
                .usage, "'\(command)' has no format '\(name)'",
                hint: "use one of: \(accepted.map(\.name).joined(separator: ", "))")
        }
        return format
    }

    /// Whether a raw command line asks for `format` (`--format NAME` or `--format=NAME`), read even when the line
    /// does not parse, so that its error can be written in that format.
    package static func isRequested(_ format: OutputFormat, in arguments: [String]) -> Bool {
        arguments.contains("--format=\(format.name)")
            || zip(arguments, arguments.dropFirst()).contains { $0 == ("--format", format.name) }
    }
}
