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
        let at = context.time("at", example: "2026-11-21T08:00") ?? context.now
        let event: OutageEntry.Event
        switch action {
        case "start":
            event = .start(at: at, scenario: context.arguments.value("scenario"), note: context.arguments.value("note"))
        case "prognosis":
            guard let eta = context.time("eta", example: "2026-11-21T08:00") else {
                throw GovError(.usage, "'outage prognosis' needs --eta TIME", hint: "e.g. --eta 2026-11-21T14:00")
            }
            event = .prognosis(eta: eta, now: context.now)
        default:
            event = .end(at: at)
        }
        let (catalog, _) = try context.catalog()
        let written = try OutageEntry(system: args[1], event: event).append(to: log, in: catalog)
        let when = written.when
        return Output(
            stdout:
                "\(action): \(written.system.name) \(when.calendarDate) \(when.clock) (\(written.timeZone)) → \(log.path)\n"
        )
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
