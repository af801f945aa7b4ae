import CLIKit
import Foundation
import GovKit

enum ReserveStatusCommand {
    static let command = Command(
        name: "reserve-status",
        summary: "outage state and reserve routine for a system; a cron and Nagios/Icinga check",
        description: """
            Says the scenario, since when, the real elapsed time (correct across daylight saving), whether a prognosis
            exists, the state and the steps due now, and while an outage is under way the local clock time at which the
            reserve routine activates without a prognosis. A time without an offset is local time in the procedure's zone.
            Without --since the open outage for SYSTEM is read from the outage log (see 'govctl outage').
            Exit codes in every format: 0 no outage, 1 outage under way, 2 reserve routine active, 3 cannot tell.
            --format nagios prints one monitoring-plugins line with perfdata; there, any error is UNKNOWN (exit 3).
            """,
        arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system, by name or alias")],
        options: [
            .value("scenario", "ID", default: .described("the procedure's"), help: "the scenario"),
            GlobalOptions.time(
                "since", default: .described("the open outage in the log"), help: "when the outage started"),
            GlobalOptions.time("prognosis", help: "a prognosis was given (for TIME)"),
            .flag("no-prognosis", help: "no prognosis has been given"),
            OutageCommand.stateOption,
        ],
        formats: [.text, .json, .nagios],
        examples: [
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl reserve-status sesam-lmn --since 2026-10-25T00:30 --now 2026-10-25T04:15",
            "govctl reserve-status sesam-lmn --format nagios  # reads the open outage from the log",
        ],
        validations: [.exclusive("prognosis", "no-prognosis")]
    ) { context throws(GovError) in
        try Renderers.monitorCheck(context, status)
    }

    static func status(_ context: Context) throws(GovError) -> Output {
        var prognosis: ReserveStatusQuery.Prognosis?
        if let eta = context.time("prognosis", example: "2026-11-21T14:00") { prognosis = .given(eta: eta) }
        if context.arguments.flag("no-prognosis") { prognosis = ReserveStatusQuery.Prognosis.none }
        let query = ReserveStatusQuery(
            system: context.argument("SYSTEM") ?? "", scenario: context.arguments.value("scenario"),
            since: context.time("since", example: "2026-11-21T08:00"), prognosis: prognosis, now: context.now,
            log: OutageCommand.log(context), language: context.language)
        let (catalog, warnings) = try context.catalog()
        let answer = try query.answer(in: catalog)
        return Output(
            stdout: try Renderers.monitorStatus(answer.status, context),
            stderr: context.warnings(warnings, about: [answer.procedure]) + context.warnings(answer.warnings),
            exitCode: answer.status.level.exitCode)
    }
}
