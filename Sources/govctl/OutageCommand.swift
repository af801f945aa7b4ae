import CLIKit
import Foundation
import GovKit

enum OutageCommand {
    static let system = Argument("SYSTEM", completion: .dynamic("system"), help: "the system, by name or alias")

    /// `--state FILE`, here and in `reserve-status`.
    static let stateOption = Option.value(
        "state", "FILE", default: .described("GOVCTL_STATE, else $XDG_STATE_HOME/govctl/outages.jsonl"),
        completion: .file, help: "the outage log")

    static let command = Command(
        name: "outage", summary: "the outage log: start, prognosis, end, list (read by reserve-status)",
        description: """
            An append-only JSON Lines file: --state FILE, else GOVCTL_STATE, else $XDG_STATE_HOME/govctl/outages.jsonl.
            Each write locks the file and appends one whole line, so cron and a person can write at the same moment.
            A second 'start' while an outage of the system is open is refused (exit 65). Torn or corrupt lines are
            reported with their line number and skipped. --at defaults to --now, else the current time.
            """,
        options: [stateOption],
        subcommands: [start, prognosis, end, list],
        examples: [
            "govctl outage start 'Sesam LMN' --at 2026-11-21T08:00 --note 'Servern svarar inte'",
            "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00",
            "govctl outage end sesam-lmn", "govctl outage list --open --format json",
        ],
        run: Command.group)

    static let start = Command(
        name: "start", summary: "log that a system's outage started", description: "",
        arguments: [system],
        options: [
            .value("scenario", "ID", default: .described("the procedure's"), help: "the scenario"),
            GlobalOptions.time("at", default: .described("now"), help: "when it started"),
            .value("note", "TEXT", help: "a note"),
        ],
        examples: ["govctl outage start 'Sesam LMN' --at 2026-11-21T08:00 --note 'Servern svarar inte'"]
    ) { context throws(GovError) in
        try append(
            "start",
            .start(
                at: at(context), scenario: context.arguments.value("scenario"), note: context.arguments.value("note")),
            context)
    }

    static let prognosis = Command(
        name: "prognosis", summary: "log when the system is expected back", description: "",
        arguments: [system],
        options: [GlobalOptions.time("eta", help: "when the system is expected back")],
        examples: ["govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00"],
        validations: [.oneOf("eta", example: "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00")]
    ) { context throws(GovError) in
        let eta = context.time("eta", example: "2026-11-21T14:00") ?? context.now
        return try append("prognosis", .prognosis(eta: eta, now: context.now), context)
    }

    static let end = Command(
        name: "end", summary: "log that the outage is over", description: "",
        arguments: [system],
        options: [GlobalOptions.time("at", default: .described("now"), help: "when it ended")],
        examples: ["govctl outage end sesam-lmn"]
    ) { context throws(GovError) in
        try append("end", .end(at: at(context)), context)
    }

    static let list = Command(
        name: "list", summary: "list the outages in the log", description: "",
        options: [.flag("open", help: "only outages still open")],
        examples: ["govctl outage list --open --format json"]
    ) { context throws(GovError) in
        try list(log(context), context, catalog: try? context.catalog().0)
    }

    /// The outage log: `--state`, else GOVCTL_STATE, else under XDG_STATE_HOME.
    static func log(_ context: Context) -> OutageLog {
        OutageLog(
            path: OutageLog.defaultPath(explicit: context.arguments.value("state"), environment: context.environment))
    }

    static func at(_ context: Context) -> TimeInput {
        context.time("at", example: "2026-11-21T08:00") ?? context.now
    }

    static func append(_ action: String, _ event: OutageEntry.Event, _ context: Context) throws(GovError) -> Output {
        let log = log(context)
        let (catalog, _) = try context.catalog()
        let written = try OutageEntry(system: context.argument("SYSTEM") ?? "", event: event).append(
            to: log, in: catalog)
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
        if context.arguments.flag("open") { outages = outages.filter(\.isOpen) }
        let stderr = context.warnings(problems)
        func zone(_ system: String) -> TimeZone {
            (try? catalog?.system(named: system)).flatMap { TimeZone(identifier: $0.1.document.timeZone) } ?? .current
        }
        return Output(stdout: try Renderers.outages(outages, zone: zone, context), stderr: stderr)
    }
}
