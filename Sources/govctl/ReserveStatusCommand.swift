import CLIKit
import Foundation
import GovKit

enum ReserveStatusCommand {
    static let command = Command(
        name: "reserve-status",
        summary: "outage state and reserve routine for a system; a cron and Nagios/Icinga check",
        description: """
            Says the scenario, since when, the real elapsed time (correct across daylight saving), the prognosis and its
            time, the state and the steps due now, and while an outage is under way the local clock time at which the
            reserve routine activates without a prognosis. A time without an offset is local time in the procedure's zone.
            Without --since the open outage for SYSTEM is read from the outage log (see 'govctl outage'); a log that does
            not exist, cannot be read or holds a line that is not a valid record cannot tell (exit 3, UNKNOWN).
            Exit codes in every format: 0 no outage, 1 outage under way, 2 reserve routine active, 3 cannot tell.
            --format nagios prints one monitoring-plugins line with perfdata; there, any error is UNKNOWN (exit 3).
            --format email prints a whole message for 'sendmail -t' (--to, else "mail": {"to"} in the configuration).
            --on-change (for cron) prints and exits 1 only when the state differs from the last one it notified (kept
            beside the log, in FILE.notified), including when the outage has ended; otherwise it prints nothing and
            exits 0. --repeat DURATION (e.g. 1h, 30m) notifies again while a state holds.
            """,
        arguments: [OutageCommand.system],
        options: [
            .value("scenario", "ID", default: .described("the procedure's"), help: "the scenario"),
            GlobalOptions.time(
                "since", default: .described("the open outage in the log"), help: "when the outage started"),
            GlobalOptions.time("prognosis", help: "a prognosis was given (for TIME)"),
            .flag("no-prognosis", help: "no prognosis has been given"),
            OutageCommand.stateOption,
            .flag("on-change", help: "print and exit 1 only when the state has changed"),
            .value("repeat", "DURATION", help: "with --on-change: notify again after DURATION (90m, 2h)"),
            .typed(
                "to", "ADDRESS", repeatable: true, help: "email: a recipient (repeatable)",
                parser: GlobalOptions.mailAddress("to")),
            .typed("from", "ADDRESS", help: "email: the sender", parser: GlobalOptions.mailAddress("from")),
        ],
        formats: [.text, .json, .nagios, .email, .markdown],
        examples: [
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl reserve-status sesam-lmn --since 2026-10-25T00:30 --now 2026-10-25T04:15",
            "govctl reserve-status sesam-lmn --format nagios      # reads the open outage from the log",
            "govctl reserve-status sesam-lmn --on-change --format email --to kundservice@example.org",
        ],
        validations: [.exclusive("prognosis", "no-prognosis"), .requires("repeat", "on-change")]
    ) { context throws(GovError) in
        try run(context)
    }

    static func run(_ context: Context) throws(GovError) -> Output {
        let log: OutageLog
        let config: Config
        do throws(GovError) {
            config = try Config.load(environment: context.environment)
            log = try OutageLog.resolve(
                explicit: context.arguments.value("state"), environment: context.environment, config: config,
                directory: FileManager.default.currentDirectoryPath)
        } catch {
            return try failure(error, context, notify: nil)
        }
        do throws(GovError) {
            return try status(context, log: log, config: config)
        } catch {
            let usesLog = context.arguments.value("since") == nil && error.kind != .usage
            return try failure(error, context, notify: usesLog ? (log, config) : nil)
        }
    }

    static func status(_ context: Context, log: OutageLog, config: Config) throws(GovError) -> Output {
        let name = context.argument("SYSTEM") ?? ""
        var prognosis: ReserveStatusQuery.Prognosis?
        if let eta = context.time("prognosis", example: "2026-11-21T14:00") { prognosis = .given(eta: eta) }
        if context.arguments.has("no-prognosis") { prognosis = ReserveStatusQuery.Prognosis.none }
        let repeatAfter = try repeatInterval(context)
        let query = ReserveStatusQuery(
            system: name, scenario: context.arguments.value("scenario"),
            since: context.time("since", example: "2026-11-21T08:00"), prognosis: prognosis, now: context.now,
            log: log, language: context.language)
        let (catalog, warnings) = try context.catalog()
        let answer = try query.answer(in: catalog)
        let status = answer.status
        let stderr = context.warnings(warnings, about: [answer.procedure]) + context.warnings(answer.warnings)
        var ended = false
        if context.arguments.has("on-change") {
            let monitor = status.monitor
            let quiet = monitor.levels.first { $0.value == .ok }?.key ?? status.state
            guard
                let notice = try ChangeNotifier.decide(
                    ChangeNotifier.Key(state: status.state, outage: answer.outage?.id),
                    system: status.result.system?.id ?? name, log: log, now: status.result.now.date,
                    repeatAfter: repeatAfter, quiet: quiet)
            else { return Output(stdout: "", stderr: stderr) }
            if case .changed(let previous?) = notice, status.level == .ok, previous != quiet { ended = true }
        }
        let exitCode = context.arguments.has("on-change") ? 1 : status.level.exitCode
        if context.format == .email {
            let body =
                ended ? StatusMail.endedBody(status, outage: answer.latest) : MonitorStatusRenderer.text(status)
            let subject = ended ? StatusMail.endedSubject(status) : StatusMail.subject(status)
            return Output(
                stdout: try mail(subject: subject, body: body, date: status.result.now.date, context, config),
                stderr: stderr, exitCode: exitCode)
        }
        if ended && context.format == .text {
            return Output(
                stdout: StatusMail.endedBody(status, outage: answer.latest), stderr: stderr, exitCode: exitCode)
        }
        return Output(stdout: try Renderers.monitorStatus(status, context), stderr: stderr, exitCode: exitCode)
    }

    /// `--repeat 90m`, `2h`, `1h30m`, `45s`.
    static func repeatInterval(_ context: Context) throws(GovError) -> TimeInterval? {
        guard let text = context.arguments.value("repeat") else { return nil }
        guard context.arguments.has("on-change") else {
            throw GovError(.usage, "--repeat goes with --on-change", hint: "add --on-change")
        }
        var total = 0.0
        var number = ""
        for character in text {
            if character.isNumber {
                number.append(character)
                continue
            }
            let unit: Double? = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(character)]
            guard let unit, let n = Double(number) else {
                throw GovError(.usage, "'--repeat \(text)' is not a duration", hint: "write e.g. 30m, 2h or 1h30m")
            }
            total += n * unit
            number = ""
        }
        guard number.isEmpty, total > 0 else {
            throw GovError(.usage, "'--repeat \(text)' is not a duration", hint: "write e.g. 30m, 2h or 1h30m")
        }
        return total
    }

    /// A whole message to `--to` (or the configured recipients), from `--from` (or the configured sender).
    static func mail(subject: String, body: String, date: Date, _ context: Context, _ config: Config)
        throws(GovError) -> String
    {
        // An empty --to or one with a control character was refused while parsing (GlobalOptions.mailAddress).
        let given = context.arguments.all("to")
        let to = given.isEmpty ? config.mailTo ?? [] : given
        let host = ProcessInfo.processInfo.hostName
        let from =
            context.arguments.value("from") ?? config.mailFrom
            ?? "govctl@\(host.contains(".") ? host : host + ".localdomain")"
        return try MailMessage(from: from, to: to, subject: subject, body: body, date: date).render()
    }

    /// The system's display name for an error line: the procedures' name when the system is known.
    static func displayName(_ context: Context) -> String {
        guard let given = context.argument("SYSTEM") else { return "govctl" }
        return (try? context.catalog().0.system(named: given))?.0.name ?? given
    }

    /// An error: with --on-change a change to "cannot tell" is notified once; in nagios mode one UNKNOWN line.
    static func failure(_ error: GovError, _ context: Context, notify: (OutageLog, Config)?) throws(GovError) -> Output
    {
        let original = error
        let name = displayName(context)
        let reason = error.message + (error.hint.map { "; \($0)" } ?? "")
        if context.arguments.has("on-change"), let (log, config) = notify,
            let system = try? context.catalog().0.system(named: context.argument("SYSTEM") ?? "").0.id
        {
            let now = (try? context.now.date(inZone: "UTC")) ?? Date()
            let notice: ChangeNotifier.Notice?
            do throws(GovError) {
                notice = try ChangeNotifier.decide(
                    ChangeNotifier.Key(state: "unknown", outage: nil), system: system, log: log, now: now,
                    repeatAfter: (try? repeatInterval(context)) ?? nil, quiet: "")
            } catch _ {
                // Where not even the notification state can be kept (no log), the error is reported every time.
                throw original
            }
            // "Cannot tell" was notified already: nothing new.
            guard notice != nil else { return Output(stdout: "") }
            let line = MonitorStatusRenderer.nagiosUnknown(name, reason)
            if context.format == .email {
                return Output(
                    stdout: try mail(subject: "\(name): UNKNOWN", body: line, date: now, context, config),
                    stderr: ErrorRenderer.text(error), exitCode: 1)
            }
            return Output(stdout: line, stderr: ErrorRenderer.text(error), exitCode: 1)
        }
        guard context.format == .nagios else { throw error }
        return Output(
            stdout: MonitorStatusRenderer.nagiosUnknown(name, reason), exitCode: MonitorStatus.Level.unknown.exitCode)
    }
}
