import Foundation
import GovKit

enum ReserveStatusCommand {
    static let command = Command(
        name: "reserve-status",
        summary: "outage state and reserve routine for a system; a cron and Nagios/Icinga check",
        usage:
            "govctl reserve-status SYSTEM [--scenario ID] [--since TIME] [--prognosis TIME | --no-prognosis] [--now TIME] [--state FILE] [--format text|json|nagios|markdown]",
        description: """
            Says the scenario, since when, the real elapsed time (correct across daylight saving), whether a prognosis
            exists, the state and the steps due now, and while an outage is under way the local clock time at which the
            reserve routine activates without a prognosis. A time without an offset is local time in the procedure's zone.
            Without --since the open outage for SYSTEM is read from the outage log (see 'govctl outage').
            Exit codes in every format: 0 no outage, 1 outage under way, 2 reserve routine active, 3 cannot tell.
            --format nagios prints one monitoring-plugins line with perfdata; there, bad input is UNKNOWN (exit 3).
            """,
        options: [
            OptionSpec(name: "scenario", value: "ID", help: "the scenario (default: the procedure's)"),
            OptionSpec(
                name: "since", value: "TIME", help: "when the outage started (default: the open outage in the log)"),
            OptionSpec(name: "prognosis", value: "TIME", help: "a prognosis was given (for TIME)"),
            OptionSpec(name: "no-prognosis", value: nil, help: "no prognosis has been given"),
            OptionSpec(
                name: "state", value: "FILE",
                help: "the outage log (default: GOVCTL_STATE, else $XDG_STATE_HOME/govctl/outages.jsonl)"),
        ],
        formats: [.text, .json, .nagios, .markdown],
        examples: [
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl reserve-status sesam-lmn --since 2026-10-25T00:30 --now 2026-10-25T04:15",
            "govctl reserve-status sesam-lmn --format nagios      # reads the open outage from the log",
        ]
    ) { context throws(GovError) in
        try Renderers.monitorCheck(context, status)
    }

    static func status(_ context: Context) throws(GovError) -> Output {
        guard let name = context.arguments.positionals.first else {
            throw GovError(.usage, "'reserve-status' needs a system", hint: "e.g. govctl reserve-status 'Sesam LMN'")
        }
        var prognosis: ReserveStatusQuery.Prognosis?
        if let eta = context.time("prognosis", example: "2026-11-21T14:00") { prognosis = .given(eta: eta) }
        if context.arguments.has("no-prognosis") {
            guard prognosis == nil else {
                throw GovError(
                    .usage, "give --prognosis or --no-prognosis, not both", hint: "choose the one that is true")
            }
            prognosis = ReserveStatusQuery.Prognosis.none
        }
        let query = ReserveStatusQuery(
            system: name, scenario: context.arguments.value("scenario"),
            since: context.time("since", example: "2026-11-21T08:00"), prognosis: prognosis, now: context.now,
            log: OutageLog(
                path: OutageLog.defaultPath(
                    explicit: context.arguments.value("state"), environment: context.environment)),
            language: context.language)
        let (catalog, warnings) = try context.catalog()
        let answer = try query.answer(in: catalog)
        return Output(
            stdout: try Renderers.monitorStatus(answer.status, context),
            stderr: context.warnings(warnings, about: [answer.procedure]) + context.warnings(answer.warnings),
            exitCode: answer.status.level.exitCode)
    }
}
