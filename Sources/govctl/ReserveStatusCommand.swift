import Foundation
import GovKit

enum ReserveStatusCommand {
    static let command = Command(
        name: "reserve-status",
        summary: "outage state and reserve routine for a system; a cron and Nagios/Icinga check",
        usage:
            "govctl reserve-status SYSTEM [--scenario ID] [--since TIME] [--prognosis TIME | --no-prognosis] [--now TIME] [--state FILE] [--format text|json|nagios]",
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
        formats: ["text", "json", "nagios"],
        examples: [
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl reserve-status sesam-lmn --since 2026-10-25T00:30 --now 2026-10-25T04:15",
            "govctl reserve-status sesam-lmn --format nagios      # reads the open outage from the log",
        ]
    ) { context throws(GovError) in
        guard context.format == "nagios" else { return try status(context) }
        do throws(GovError) {
            return try status(context)
        } catch {
            let name = context.arguments.positionals.first ?? "govctl"
            return Output(
                stdout: MonitorStatusRenderer.nagiosUnknown(name, error.message + (error.hint.map { "; \($0)" } ?? "")),
                exitCode: MonitorStatus.Level.unknown.exitCode)
        }
    }

    static func status(_ context: Context) throws(GovError) -> Output {
        guard let name = context.arguments.positionals.first else {
            throw GovError(.usage, "'reserve-status' needs a system", hint: "e.g. govctl reserve-status 'Sesam LMN'")
        }
        if context.arguments.value("prognosis") != nil, context.arguments.has("no-prognosis") {
            throw GovError(.usage, "give --prognosis or --no-prognosis, not both", hint: "choose the one that is true")
        }
        let (catalog, warnings) = try context.catalog()
        let (system, _) = try catalog.system(named: name)
        guard let (guide, procedure) = catalog.guide(purpose: "reserve-status", for: system),
            let monitor = guide.monitor
        else {
            throw GovError(
                .notFound, "no procedure has a reserve routine for '\(system.name)'",
                hint: "'govctl list' shows the procedures")
        }
        let now = try context.now(in: procedure.document.timeZone)
        var request = GuideRequest(system: system, now: now, language: context.language)
        var stderr = context.warnings(warnings, about: [procedure])
        // Flags give the facts of the same name; without --since, the open outage in the log does.
        if context.arguments.value("since") == nil {
            let log = OutageLog(
                path: OutageLog.defaultPath(
                    explicit: context.arguments.value("state"), environment: context.environment))
            let (records, problems) = try log.read()
            stderr += problems.map { "govctl: warning: \($0)\n" }.joined()
            if let open = OutageLog.outages(records).last(where: { $0.system == system.id && $0.isOpen }) {
                request.textFacts[monitor.since] =
                    LocalClock(zone: TimeZone(identifier: procedure.document.timeZone) ?? .current).local(open.start.at)
                    .iso
                if let scenario = open.start.scenario { request.textFacts["scenario"] = scenario }
                if open.prognosis != nil { request.textFacts["prognosis"] = "true" }
            }
        }
        // --since sets the clock fact the procedure's monitor names; --scenario the fact of that name.
        if let since = context.arguments.value("since") { request.textFacts[monitor.since] = since }
        if let scenario = context.arguments.value("scenario") { request.textFacts["scenario"] = scenario }
        if let eta = context.arguments.value("prognosis") {
            guard (try LocalClock(identifier: procedure.document.timeZone)).parse(eta) != nil else {
                throw GovError(
                    .usage, "'--prognosis \(eta)' is not a time", hint: "write ISO 8601, e.g. 2026-11-21T14:00")
            }
            request.textFacts["prognosis"] = "true"
        }
        if context.arguments.has("no-prognosis") { request.textFacts["prognosis"] = "false" }
        request.textFacts = request.textFacts.filter { key, _ in
            guide.facts.contains { $0.id == key && $0.value == nil }
        }
        let result = try GuideEvaluator.evaluate(guide, in: procedure, request: request)
        guard let status = MonitorStatus(result) else {
            throw GovError(.internal, "the guide has no monitor", hint: "report this")
        }
        if let elapsed = status.elapsedSeconds, elapsed < 0 {
            throw GovError(
                .dataError,
                "the outage starts after the time evaluated (\(result.now.calendarDate) \(result.now.clock))",
                hint: "check --since and --now; a start in the future cannot be assessed"
            )
            .withExit(MonitorStatus.Level.unknown.exitCode)
        }
        let code = status.level.exitCode
        switch context.format {
        case "json": return Output(stdout: MonitorStatusRenderer.json(status), stderr: stderr, exitCode: code)
        case "nagios": return Output(stdout: MonitorStatusRenderer.nagios(status), stderr: stderr, exitCode: code)
        default: return Output(stdout: MonitorStatusRenderer.text(status), stderr: stderr, exitCode: code)
        }
    }
}
