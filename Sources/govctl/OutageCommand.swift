import Foundation
import GovKit

enum OutageCommand {
    static let actions = [
        "init", "start", "prognosis", "end", "amend", "cancel", "list", "show", "watch", "repair", "archive",
    ]

    static let command = Command(
        name: "outage",
        summary: "the outage log: start, prognosis, end, amend, cancel, list, watch (read by reserve-status)",
        usage: """
            govctl outage init [--group GROUP]
              govctl outage start SYSTEM [--scenario ID] [--at TIME] [--note TEXT]
              govctl outage prognosis SYSTEM --eta TIME
              govctl outage end SYSTEM [--at TIME]
              govctl outage amend SYSTEM [--outage ID] [--start TIME] [--end TIME] [--scenario ID] [--note TEXT]
              govctl outage cancel SYSTEM [--outage ID] [--note TEXT]
              govctl outage list [SYSTEM] [--open]
              govctl outage show SYSTEM [--outage ID]
              govctl outage watch SYSTEM --probe COMMAND [--failures N] [--timeout SECONDS]
              govctl outage repair
              govctl outage archive --before DATE
            """,
        description: """
            An append-only JSON Lines file: --state FILE, else GOVCTL_STATE, else "state" in /etc/govctl/govctl.json
            (or ~/.config/govctl/govctl.json, or the file GOVCTL_CONFIG names), else $XDG_STATE_HOME/govctl/outages.jsonl.
            Every action says which log it used. 'init' creates the log once (as root with --group: directory 2770,
            log 0660, so staff and monitoring in that group share it). Each write locks the log and appends one whole
            line; each record keeps who (the OS user) and when. Refused: a second start, a start in the future, an end
            before the start, a prognosis already past, a system without a reserve routine, a log with a damaged line
            ('repair' drops a torn last line and keeps a backup). 'amend' and 'cancel' append corrections.
            'watch' runs a probe (exit 0: reachable) and opens the outage after the procedure's probeFailures failures in
            a row, at the first failure's time; a success ends an outage the probe opened, never one a person opened.
            'archive' moves outages ended before DATE to FILE.archive. --at defaults to --now, else the current time.
            """,
        options: [
            OptionSpec(name: "scenario", value: "ID", help: "start/amend: the scenario (default: the procedure's)"),
            OptionSpec(name: "at", value: "TIME", help: "start/end: when (default: now)"),
            OptionSpec(name: "note", value: "TEXT", help: "start/amend/cancel: a note"),
            OptionSpec(name: "eta", value: "TIME", help: "prognosis: when the system is expected back"),
            OptionSpec(name: "open", value: nil, help: "list: only outages still open"),
            OptionSpec(
                name: "outage", value: "ID",
                help: "amend/cancel/show: the outage (default: the open one, else the latest)"),
            OptionSpec(name: "start", value: "TIME", help: "amend: the corrected start"),
            OptionSpec(name: "end", value: "TIME", help: "amend: the corrected end"),
            OptionSpec(name: "group", value: "GROUP", help: "init: the group that shares the log"),
            OptionSpec(name: "probe", value: "COMMAND", help: "watch: the probe, run with /bin/sh -c"),
            OptionSpec(name: "failures", value: "N", help: "watch: failures in a row before an outage opens"),
            OptionSpec(name: "timeout", value: "SECONDS", help: "watch: the probe's time limit (default 30)"),
            OptionSpec(name: "before", value: "DATE", help: "archive: outages ended before DATE"),
            OptionSpec(name: "state", value: "FILE", help: "the outage log"),
        ],
        examples: [
            "sudo govctl outage init --group govctl          # once: /var/lib/govctl/outages.jsonl (configured)",
            "govctl outage start 'Sesam LMN' --at 2026-11-21T08:00 --note 'Servern svarar inte'",
            "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00",
            "govctl outage end sesam-lmn", "govctl outage list --open --format json",
            "govctl outage watch sesam-lmn --probe '/usr/lib/nagios/plugins/check_tcp -H sesam.example.org -p 443'",
        ]
    ) { context throws(GovError) in
        try run(context)
    }

    static func run(_ context: Context) throws(GovError) -> Output {
        let args = context.arguments.positionals
        guard let action = args.first else {
            throw GovError(
                .usage, "'outage' needs an action",
                hint: "\(actions.joined(separator: ", ")); see 'govctl outage --help'")
        }
        guard actions.contains(action) else {
            throw GovError.unknown("outage action", action, among: actions).asUsage
        }
        let config = try Config.load(environment: context.environment)
        let log = try OutageLog.resolve(
            explicit: context.arguments.value("state"), environment: context.environment, config: config,
            directory: FileManager.default.currentDirectoryPath)
        switch action {
        case "init":
            let done = try log.initialize(group: context.arguments.value("group"))
            return report(action, done, log, context)
        case "repair":
            return report(action, try log.repair(now: Date()), log, context)
        case "archive":
            guard let before = context.time("before", example: "2026-01-01") else {
                throw GovError(.usage, "'outage archive' needs --before DATE", hint: "e.g. --before 2026-01-01")
            }
            let (count, archive) = try log.archive(before: try before.date(in: LocalClock(zone: .current)))
            return report(action, ["moved \(count) ended outage\(count == 1 ? "" : "s") to \(archive)"], log, context)
        case "list", "show": return try list(action, log, context)
        default: break
        }
        guard args.count > 1 else {
            throw GovError(
                .usage, "'outage \(action)' needs a system", hint: "e.g. govctl outage \(action) 'Sesam LMN'")
        }
        let (catalog, _) = try context.catalog()
        if action == "watch" { return try watch(args[1], log, catalog, context) }
        let at = context.time("at", example: "2026-11-21T08:00") ?? context.now
        let note = context.arguments.value("note")
        let event: OutageEntry.Event
        switch action {
        case "start":
            event = .start(at: at, scenario: context.arguments.value("scenario"), note: note)
        case "prognosis":
            guard let eta = context.time("eta", example: "2026-11-21T14:00") else {
                throw GovError(.usage, "'outage prognosis' needs --eta TIME", hint: "e.g. --eta 2026-11-21T14:00")
            }
            event = .prognosis(eta: eta)
        case "amend":
            event = .amend(
                outage: context.arguments.value("outage"), start: context.time("start", example: "2026-11-21T08:00"),
                end: context.time("end", example: "2026-11-21T14:00"), scenario: context.arguments.value("scenario"),
                note: note)
        case "cancel":
            event = .cancel(outage: context.arguments.value("outage"), note: note)
        default:
            event = .end(at: at)
        }
        let written = try OutageEntry(system: args[1], event: event, now: context.now).append(to: log, in: catalog)
        let when = written.when
        let line =
            "\(action): \(written.system.name) \(when.calendarDate) \(when.clock) (\(written.timeZone)), outage \(written.record.outage ?? "-") → \(log.path)\n"
        let json = JSONObject([
            ("action", .string(action)), ("system", .string(written.system.id)),
            ("outage", written.record.outage.map(JSONValue.string) ?? .null), ("at", .string(when.iso)),
            ("log", .string(log.path)), ("record", written.record.json),
        ])
        return Output(stdout: context.format == .json ? JSONWriter.pretty(.object(json)) + "\n" : line)
    }

    /// What an action did, line by line, and the log it used.
    static func report(_ action: String, _ lines: [String], _ log: OutageLog, _ context: Context) -> Output {
        if context.format == .json {
            let json = JSONObject([
                ("action", .string(action)), ("log", .string(log.path)), ("done", .array(lines.map(JSONValue.string))),
            ])
            return Output(stdout: JSONWriter.pretty(.object(json)) + "\n")
        }
        return Output(stdout: lines.map { "\(action): \($0)\n" }.joined() + "log: \(log.path)\n")
    }

    static func watch(_ system: String, _ log: OutageLog, _ catalog: Catalog, _ context: Context) throws(GovError)
        -> Output
    {
        guard let probe = context.arguments.value("probe"), !probe.isEmpty else {
            throw GovError(
                .usage, "'outage watch' needs --probe COMMAND",
                hint: "e.g. --probe '/usr/lib/nagios/plugins/check_tcp -H sesam.example.org -p 443'")
        }
        func number(_ option: String) throws(GovError) -> Int? {
            guard let text = context.arguments.value(option) else { return nil }
            guard let n = Int(text), n >= 1 else {
                throw GovError(
                    .usage, "'--\(option) \(text)' is not a whole number of 1 or more", hint: "e.g. --\(option) 3")
            }
            return n
        }
        let watch = ProbeWatch(
            system: system, command: probe, failures: try number("failures"),
            timeout: TimeInterval(try number("timeout") ?? 30), now: context.now)
        let report = try watch.run(log: log, in: catalog)
        let result =
            report.probe.reachable
            ? "reachable" : "unreachable (\(report.failuresInARow) of \(report.threshold) in a row)"
        var line = "watch: \(report.system.name) \(result): \(report.probe.message)\n"
        if let action = report.action {
            line += "watch: \(action) the outage of \(report.system.name) (opened by the probe)\n"
        }
        if context.format == .json {
            let json = JSONObject([
                ("action", .string("watch")), ("system", .string(report.system.id)),
                ("reachable", .bool(report.probe.reachable)),
                ("exitCode", report.probe.exitCode.map { .number(Double($0)) } ?? .null),
                ("message", .string(report.probe.message)), ("failuresInARow", .number(Double(report.failuresInARow))),
                ("threshold", .number(Double(report.threshold))),
                ("outage", report.action.map(JSONValue.string) ?? .null), ("log", .string(log.path)),
            ])
            return Output(stdout: JSONWriter.pretty(.object(json)) + "\n", exitCode: report.probe.reachable ? 0 : 1)
        }
        return Output(stdout: line + "log: \(log.path)\n", exitCode: report.probe.reachable ? 0 : 1)
    }

    /// `list` and `show`: times in each system's own zone when the procedures are at hand, else this machine's.
    static func list(_ action: String, _ log: OutageLog, _ context: Context) throws(GovError) -> Output {
        let index = try log.index()
        let catalog = try? context.catalog().0
        var outages = index.outages
        if let name = context.arguments.positionals.dropFirst().first {
            guard let catalog else {
                throw GovError(.dataError, "the procedures cannot be read", hint: "run 'govctl validate'")
            }
            let id = try catalog.system(named: name).0.id
            outages = outages.filter { $0.system == id }
        } else if action == "show" {
            throw GovError(.usage, "'outage show' needs a system", hint: "e.g. govctl outage show sesam-lmn")
        }
        if context.arguments.has("open") { outages = outages.filter(\.isOpen) }
        if action == "show" {
            let wanted = context.arguments.value("outage")
            guard
                let outage = wanted.map({ id in outages.first { $0.id == id } }) ?? outages.last(where: { $0.isOpen })
                    ?? outages.last
            else {
                throw GovError(.notFound, "no such outage in \(log.path)", hint: "'govctl outage list' shows them")
            }
            outages = [outage]
        }
        func zone(_ system: String) -> TimeZone {
            (try? catalog?.system(named: system)).flatMap { TimeZone(identifier: $0.1.document.timeZone) } ?? .current
        }
        return Output(
            stdout: try Renderers.outages(outages, history: action == "show", log: log.path, zone: zone, context))
    }
}
