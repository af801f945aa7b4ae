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
            --format nagios prints one monitoring-plugins line with perfdata (elapsed=…s;0;CRIT;0;, CRIT the deadline or a
            later prognosis); there, any error is UNKNOWN (exit 3), as is a format mistyped from it (nagio).
            --format email prints a whole message for 'sendmail -t' (--to, else "mail": {"to"} in the configuration);
            a check that cannot tell (UNKNOWN) goes to "mail": {"admin"}, else cron's MAILTO, else the user, never --to.
            --on-change (for cron) prints and exits 1 only when the state differs from the last one it notified (kept
            beside the log, in FILE.notified), including when the outage has ended or a prognosis is set or changed;
            otherwise it prints nothing and exits 0. --repeat DURATION (e.g. 1h, 30m) notifies again while a state holds.
            """,
        arguments: [OutageCommand.system],
        options: [
            .value("scenario", "ID", default: .described("the procedure's"), help: "the scenario"),
            GlobalOptions.time(
                "since", default: .described("the open outage in the log"), help: "when the outage started"),
            GlobalOptions.time("prognosis", help: "a prognosis was given (for TIME)"),
            .flag("no-prognosis", help: "no prognosis has been given"),
            OutageCommand.stateOption,
            .typed(
                "timeout", short: "t", "SECONDS", default: .described("30"),
                help:
                    "wait at most SECONDS for the outage log's lock (or its database), then UNKNOWN (exit 3) naming its holder",
                parser: .integer(in: 1...3_600)),
            .flag("on-change", help: "print and exit 1 only when the state has changed"),
            .typed(
                "repeat", "DURATION", help: "with --on-change: notify again after DURATION (90m, 2h)",
                parser: repeatInterval),
            .typed(
                "to", "ADDRESS", repeatable: true, help: "email: a recipient, one address per --to",
                parser: GlobalOptions.mailAddress("to")),
            .typed("from", "ADDRESS", help: "email: the sender", parser: GlobalOptions.mailAddress("from")),
        ],
        formats: StatusFace.declared,
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

    /// Parses, runs the check (GovKit's `ReserveStatusCheck`, which makes every decision) and renders its outcome.
    static func run(_ context: Context) throws(GovError) -> Output {
        // Nagios asks each time and reads silence as OK: --on-change (for cron) would say nothing, exit 0, during an
        // outage. Refused here, so that Nagios shows UNKNOWN (exit 3) with the reason instead.
        if context.arguments.has("on-change"), context.format == .nagios {
            throw GovError(
                .usage, "--on-change cannot be used with --format nagios: Nagios would show OK while nothing changes",
                hint: "leave --on-change out for Nagios, which asks each time; use --on-change with text or email "
                    + "from cron")
        }
        var prognosis: ReserveStatusQuery.Prognosis?
        if let eta = context.time("prognosis", example: "2026-11-21T14:00") { prognosis = .given(eta: eta) }
        if context.arguments.has("no-prognosis") { prognosis = ReserveStatusQuery.Prognosis.none }
        let log = try OutageCommand.log(context)
        let query = ReserveStatusQuery(
            system: context.argument("SYSTEM") ?? "", scenario: context.arguments.value("scenario"),
            since: context.time("since", example: "2026-11-21T08:00"), prognosis: prognosis, now: context.now,
            log: log, language: context.language)
        var check = ReserveStatusCheck(
            query: query, onChange: context.arguments.has("on-change"),
            repeatAfter: context.arguments.value("repeat", as: Double.self))
        check.privateDirectory = OutageLog.privateDirectory(environment: context.environment)
        let (catalog, warnings) = try context.catalog()
        switch try check.run(in: catalog) {
        case .report(let notice):
            return Output(
                stdout: try Renderers.monitorStatus(
                    notice.status, ended: notice.ended, latest: notice.latest, context),
                stderr: context.warnings(warnings, about: [notice.answer.procedure])
                    + context.warnings(notice.answer.warnings),
                exitCode: notice.notified ? ExitCode.notified : ExitCode.of(notice.status.level))
        case .quiet(let messages, let procedure):
            return Output(stderr: context.warnings(warnings, about: [procedure]) + context.warnings(messages))
        case .cannotTell(let error, let name, let date):
            return Output(
                stdout: try Renderers.cannotTell(error, name: name, date: date, context),
                stderr: ErrorRenderer.text(error), exitCode: ExitCode.notified)
        case .stillCannotTell:
            return Output()
        }
    }

    /// `--repeat 90m`, `2h`, `1h30m`, `45s`, checked while parsing; the seconds.
    static let repeatInterval = ValueParser { text throws(ValueError) -> Double in
        guard let seconds = ReserveStatusCheck.repeatInterval(text) else {
            throw ValueError("is not a duration", hint: "write e.g. 30m, 2h or 1h30m")
        }
        return seconds
    }
}
