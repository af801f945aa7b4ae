import Foundation
import GovKit

enum OutageCommand {
    static let command = Command(
        name: "outage", summary: "the outage log: start, prognosis, end, list (read by reserve-status)",
        usage: """
            govctl outage start SYSTEM [--scenario ID] [--at TIME] [--note TEXT]
              govctl outage prognosis SYSTEM --eta TIME
              govctl outage end SYSTEM [--at TIME]
              govctl outage list [--open] [--format text|json]
            """,
        description: """
            An append-only JSON Lines file: --state FILE, else GOVCTL_STATE, else $XDG_STATE_HOME/govctl/outages.jsonl.
            Each write locks the file and appends one whole line, so cron and a person can write at the same moment.
            A second 'start' while an outage of the system is open is refused (exit 65). Torn or corrupt lines are
            reported with their line number and skipped. --at defaults to --now, else the current time.
            """,
        options: [
            OptionSpec(name: "scenario", value: "ID", help: "start: the scenario (default: the procedure's)"),
            OptionSpec(name: "at", value: "TIME", help: "start/end: when (default: now)"),
            OptionSpec(name: "note", value: "TEXT", help: "start: a note"),
            OptionSpec(name: "eta", value: "TIME", help: "prognosis: when the system is expected back"),
            OptionSpec(name: "open", value: nil, help: "list: only outages still open"),
            OptionSpec(name: "state", value: "FILE", help: "the outage log"),
        ],
        examples: [
            "govctl outage start 'Sesam LMN' --at 2026-11-21T08:00 --note 'Servern svarar inte'",
            "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00",
            "govctl outage end sesam-lmn", "govctl outage list --open --format json",
        ]
    ) { context throws(GovError) in
        let args = context.arguments.positionals
        guard let action = args.first else {
            throw GovError(
                .usage, "'outage' needs an action", hint: "start, prognosis, end or list; see 'govctl outage --help'")
        }
        let log = OutageLog(
            path: OutageLog.defaultPath(explicit: context.arguments.value("state"), environment: context.environment))
        if action == "list" { return try list(log, context, catalog: try? context.catalog().0) }
        guard ["start", "prognosis", "end"].contains(action) else {
            throw GovError.unknown("outage action", action, among: ["start", "prognosis", "end", "list"]).asUsage
        }
        guard args.count > 1 else {
            throw GovError(
                .usage, "'outage \(action)' needs a system", hint: "e.g. govctl outage \(action) 'Sesam LMN'")
        }
        let (catalog, _) = try context.catalog()
        let (system, procedure) = try catalog.system(named: args[1])
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        func time(_ key: String) throws(GovError) -> Date {
            guard let text = context.arguments.value(key) else {
                return try context.now(in: procedure.document.timeZone)
            }
            guard let date = clock.parse(text) else {
                throw GovError(
                    .usage, "'--\(key) \(text)' is not a time", hint: "write ISO 8601, e.g. 2026-11-21T08:00")
            }
            return date
        }
        var record: OutageRecord
        switch action {
        case "start":
            record = OutageRecord(
                event: .start, system: system.id, at: try time("at"), note: context.arguments.value("note"))
            record.scenario = try scenario(context.arguments.value("scenario"), catalog, system)
        case "prognosis":
            guard context.arguments.value("eta") != nil else {
                throw GovError(.usage, "'outage prognosis' needs --eta TIME", hint: "e.g. --eta 2026-11-21T14:00")
            }
            record = OutageRecord(
                event: .prognosis, system: system.id, at: try context.now(in: procedure.document.timeZone),
                eta: try time("eta"))
        default:
            record = OutageRecord(event: .end, system: system.id, at: try time("at"))
        }
        try log.append(record) { outages throws(GovError) in
            let open = outages.last { $0.system == system.id && $0.isOpen }
            if record.event == .start, let open {
                throw GovError(
                    .dataError,
                    "an outage of \(system.name) is already open since \(clock.local(open.start.at).calendarDate) \(clock.local(open.start.at).clock) (\(log.path) line \(open.start.line))",
                    hint: "end it first with 'govctl outage end \(system.id)'")
            }
            if record.event != .start, open == nil {
                throw GovError(
                    .dataError, "no open outage of \(system.name) in \(log.path)",
                    hint: "start one with 'govctl outage start \(system.id)'")
            }
        }
        let when = clock.local(record.eta ?? record.at)
        return Output(
            stdout:
                "\(action): \(system.name) \(when.calendarDate) \(when.clock) (\(procedure.document.timeZone)) → \(log.path)\n"
        )
    }

    /// The scenario must be one of the procedure's; the default is the procedure's own.
    static func scenario(_ given: String?, _ catalog: Catalog, _ system: SystemEntry) throws(GovError) -> String? {
        guard
            let fact = catalog.guide(purpose: "reserve-status", for: system)?.0.facts.first(where: {
                $0.id == "scenario"
            })
        else {
            return given
        }
        guard let given else { return fact.defaultValue?.stringValue }
        let ids = fact.choices.map(\.id)
        guard ids.contains(given) else {
            throw GovError(
                .usage, "unknown scenario '\(given)'",
                hint: (Suggestions.closest(to: given, among: ids).map { "did you mean '\($0)'? " } ?? "")
                    + "scenarios: \(ids.joined(separator: ", "))")
        }
        return given
    }

    /// Times in each system's own zone when the procedures are at hand, else this machine's.
    static func list(_ log: OutageLog, _ context: Context, catalog: Catalog?) throws(GovError) -> Output {
        let (records, problems) = try log.read()
        var outages = OutageLog.outages(records)
        if context.arguments.has("open") { outages = outages.filter(\.isOpen) }
        let stderr = context.warnings(problems)
        func zone(_ system: String) -> TimeZone {
            (try? catalog?.system(named: system)).flatMap { TimeZone(identifier: $0.1.document.timeZone) } ?? .current
        }
        return Output(stdout: try Renderers.outages(outages, zone: zone, context), stderr: stderr)
    }
}
