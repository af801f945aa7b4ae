import CLIKit
import Foundation
import GovKit

/// Errors as the user sees them: on stderr (and as `{"error": …}` on stdout with `--format json`), exit 64 for a
/// usage error; with `--format nagios` (or a format mistyped from it, such as `nagio`) one `UNKNOWN` line on stdout
/// and exit 3, whatever went wrong, so that a monitoring system never reads a mistyped check as CRITICAL.
enum Failure {
    /// A command line that did not parse: the requested format and the system are read from the raw words.
    static func usage(_ error: CLIError, environment: [String: String]) -> Output {
        let govError = GovError(error.kind == .usage ? .usage : .internal, error.message, hint: error.hint)
        let raw = error.rawValue(of: "format")
        let format = raw.flatMap { OutputFormat(rawValue: $0.lowercased()) }
        // A mistyped `--format nagios` (`nagio`) is a check too: exit 64 would read as CRITICAL.
        let mistypedNagios =
            format == nil && raw.flatMap { Suggestions.closest(to: $0, among: [OutputFormat.nagios.rawValue]) } != nil
        if format == .nagios || mistypedNagios {
            let directory = error.rawValue(of: "procedures") ?? environment["GOVCTL_PROCEDURES"]
            // The first other word names the system once a command was recognised; before that it is the mistyped
            // command itself.
            let system = error.commandPath.isEmpty ? nil : error.rawArguments.first
            return unknown(govError, system: system, directory: directory)
        }
        return rendered(govError, json: format == .json)
    }

    /// An error from a command that parsed.
    static func run(_ error: GovError, _ context: Context) -> Output {
        if context.format == .nagios {
            let first = Command.at(context.arguments.path, in: Commands.all)?.arguments.first
            let system = first.flatMap { context.argument($0.name) }
            return unknown(error, system: system, directory: context.procedureDirectory)
        }
        var output = rendered(error, json: context.format == .json)
        // `reserve-status --on-change --format email | sendmail -t` (cron): what stops the check goes as an UNKNOWN
        // mail to the administrator (`MailEnvelope.administrator`), never to the staff that --to names.
        if context.format == .email, context.arguments.has("on-change"), error.kind != .usage {
            let first = Command.at(context.arguments.path, in: Commands.all)?.arguments.first
            let name = first.flatMap { context.argument($0.name) }.map {
                QuietCatalog.displayName(of: $0, directory: context.procedureDirectory)
            }
            let mail = StatusMail.cannotTell(name ?? "govctl", error)
            if let envelope = try? context.adminMailEnvelope(),
                let message = try? MailMessage(
                    envelope: envelope, subject: mail.subject, body: mail.body,
                    date: context.clock.instant(in: context.clock.machine)
                )
                .render()
            {
                output.stdout = message
            }
        }
        return output
    }

    /// The monitoring-plugins UNKNOWN line (exit 3), labelled like the check's other lines: the system's display
    /// name when it resolves, else as typed, else `GOVCTL`.
    static func unknown(_ error: GovError, system: String?, directory: String?) -> Output {
        let label = system.map { QuietCatalog.displayName(of: $0, directory: directory) } ?? "govctl"
        return Output(
            stdout: MonitorStatusRenderer.nagiosUnknown(label, error.message + (error.hint.map { "; \($0)" } ?? "")),
            exitCode: ExitCode.of(MonitorStatus.Level.unknown))
    }

    /// stderr always; with `--format json` also the error object on stdout.
    static func rendered(_ error: GovError, json: Bool) -> Output {
        Output(
            stdout: json ? ErrorRenderer.json(error) : "", stderr: ErrorRenderer.text(error),
            exitCode: ExitCode.of(error))
    }
}
