import CLIKit
import Foundation
import GovKit

/// `govctl outage …`: the outage log that `reserve-status` reads. Each action is a subcommand; each parses, calls
/// one GovKit function (OutageLog, OutageEntry, ProbeWatch) and renders.
enum OutageCommand {
    static let system = Argument("SYSTEM", completion: .dynamic("system"), help: "the system, by name or alias")

    /// `--state FILE`, here and in `reserve-status`.
    static let stateOption = Option.value(
        "state", "FILE",
        default: .described(
            "GOVCTL_STATE, else the configuration's \"state\", else $XDG_STATE_HOME/govctl/outages.jsonl"),
        completion: .file, help: "the outage log: a file, or a PostgreSQL database (postgresql://host/db)")

    /// `-t/--timeout SECONDS`: how long to wait for the log's lock (the monitoring-plugins' option for a time limit).
    static let lockTimeout = Option.typed(
        "timeout", short: "t", "SECONDS", default: .described("30"),
        help:
            "wait at most SECONDS for the outage log's lock (then an error naming its holder), or for its database",
        parser: .integer(in: 1...3_600))

    static let command = Command(
        name: "outage",
        summary:
            "the outage log: init, start, prognosis, end, amend, cancel, list, show, watch, repair, archive, export, import",
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
            The state may instead be a PostgreSQL database, a libpq URI (postgresql://host/db), its password in libpq's
            password or service file: every action works on it, each write one transaction ('init' creates or migrates
            its schema). 'export' writes the log as JSON Lines; 'import' reads them into an empty log or database.
            """,
        options: [stateOption],
        subcommands: [
            initialize, start, prognosis, end, amend, cancel, list, show, watch, repair, archive, export, `import`,
        ],
        examples: [
            "sudo govctl outage init --group govctl          # once: /var/lib/govctl/outages.jsonl (configured)",
            "govctl outage start 'Sesam LMN' --at 2026-11-21T08:00 --note 'Servern svarar inte'",
            "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00",
            "govctl outage end sesam-lmn", "govctl outage list --open --format json",
            "govctl outage watch sesam-lmn --probe '/usr/lib/nagios/plugins/check_tcp -H sesam.example.org -p 443'",
        ],
        run: Command.group)

    static let initialize = Command(
        name: "init", summary: "create the outage log (once; as root with --group for a shared log)",
        description: "", options: [.value("group", "GROUP", help: "the group that shares the log"), lockTimeout],
        examples: ["sudo govctl outage init --group govctl"]
    ) { context throws(GovError) in
        let log = try log(context)
        return try report("init", try log.initialize(group: context.arguments.value("group")), log, context)
    }

    static let start = Command(
        name: "start", summary: "log that a system's outage started", description: "",
        arguments: [system],
        options: [
            .value("scenario", "ID", default: .described("the procedure's"), help: "the scenario"),
            GlobalOptions.time("at", default: .described("now"), help: "when it started"),
            .value("note", "TEXT", help: "a note"),
            lockTimeout,
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
        options: [GlobalOptions.time("eta", help: "when the system is expected back"), lockTimeout],
        examples: ["govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00"],
        validations: [.oneOf("eta", example: "govctl outage prognosis sesam-lmn --eta 2026-11-21T14:00")]
    ) { context throws(GovError) in
        guard let eta = context.time("eta", example: "2026-11-21T14:00") else {
            throw GovError(.usage, "'outage prognosis' needs --eta TIME", hint: "e.g. --eta 2026-11-21T14:00")
        }
        return try append("prognosis", .prognosis(eta: eta), context)
    }

    static let end = Command(
        name: "end", summary: "log that the outage is over", description: "",
        arguments: [system],
        options: [GlobalOptions.time("at", default: .described("now"), help: "when it ended"), lockTimeout],
        examples: ["govctl outage end sesam-lmn"]
    ) { context throws(GovError) in
        try append("end", .end(at: at(context)), context)
    }

    static let outageOption = Option.value(
        "outage", "ID", default: .described("the open one, else the latest"), help: "the outage")

    static let amend = Command(
        name: "amend", summary: "correct an outage (appends a correction record)", description: "",
        arguments: [system],
        options: [
            outageOption,
            GlobalOptions.time("start", help: "the corrected start"),
            GlobalOptions.time("end", help: "the corrected end"),
            .value("scenario", "ID", help: "the corrected scenario"),
            .value("note", "TEXT", help: "why"),
            lockTimeout,
        ],
        examples: ["govctl outage amend sesam-lmn --start 2026-11-21T07:45 --note 'först rapporterad 07:45'"]
    ) { context throws(GovError) in
        try append(
            "amend",
            .amend(
                outage: context.arguments.value("outage"), start: context.time("start", example: "2026-11-21T08:00"),
                end: context.time("end", example: "2026-11-21T14:00"), scenario: context.arguments.value("scenario"),
                note: context.arguments.value("note")),
            context)
    }

    static let cancel = Command(
        name: "cancel", summary: "cancel an outage logged by mistake (appends a correction record)", description: "",
        arguments: [system], options: [outageOption, .value("note", "TEXT", help: "why"), lockTimeout],
        examples: ["govctl outage cancel sesam-lmn --note 'fel system'"]
    ) { context throws(GovError) in
        try append(
            "cancel", .cancel(outage: context.arguments.value("outage"), note: context.arguments.value("note")),
            context)
    }

    static let list = Command(
        name: "list", summary: "list the outages in the log", description: "",
        arguments: [Argument("SYSTEM", optional: true, completion: .dynamic("system"), help: "only this system")],
        options: [.flag("open", help: "only outages still open"), lockTimeout],
        examples: ["govctl outage list --open --format json"]
    ) { context throws(GovError) in
        try listOrShow("list", context)
    }

    static let show = Command(
        name: "show", summary: "one outage's history, corrections included", description: "",
        arguments: [system], options: [outageOption, lockTimeout],
        examples: ["govctl outage show sesam-lmn"]
    ) { context throws(GovError) in
        try listOrShow("show", context)
    }

    static let watch = Command(
        name: "watch", summary: "run a probe; open or end the outage it sees (for cron or a systemd timer)",
        description: "",
        arguments: [system],
        options: [
            .value("probe", "COMMAND", help: "the probe, run with /bin/sh -c (exit 0: reachable)"),
            .typed(
                "failures", "N", default: .described("the procedure's probeFailures"),
                help: "failures in a row before an outage opens", parser: .integer(in: 1...10_000)),
            .typed(
                "timeout", "SECONDS", default: .described("30"), help: "the probe's time limit",
                parser: .integer(in: 1...86_400)),
        ],
        examples: [
            "govctl outage watch sesam-lmn --probe '/usr/lib/nagios/plugins/check_tcp -H sesam.example.org -p 443'"
        ],
        validations: [.oneOf("probe", example: "govctl outage watch sesam-lmn --probe 'check_tcp -H host -p 443'")]
    ) { context throws(GovError) in
        try runWatch(context)
    }

    static let repair = Command(
        name: "repair", summary: "drop a torn last line after a crash (keeps a backup)", description: "",
        options: [lockTimeout],
        examples: ["govctl outage repair"]
    ) { context throws(GovError) in
        let log = try log(context)
        return try report("repair", try log.repair(now: context.clock.machineLocal.date), log, context)
    }

    static let archive = Command(
        name: "archive", summary: "move outages ended before DATE out of the live log", description: "",
        options: [GlobalOptions.time("before", help: "outages ended before this date"), lockTimeout],
        examples: ["govctl outage archive --before 2026-01-01"],
        validations: [.oneOf("before", example: "govctl outage archive --before 2026-01-01")]
    ) { context throws(GovError) in
        let log = try log(context)
        guard let before = context.time("before", example: "2026-01-01") else {
            throw GovError(.usage, "'outage archive' needs --before DATE", hint: "e.g. --before 2026-01-01")
        }
        let (count, archive) = try log.archive(before: try before.date(in: context.clock.machine))
        return try report(
            "archive", ["moved \(count) ended outage\(count == 1 ? "" : "s") to \(archive)"], log, context)
    }

    static let export = Command(
        name: "export", summary: "write the whole log as JSON Lines (to move it to another store)", description: "",
        options: [lockTimeout], formats: TextFace.declared,
        examples: ["govctl outage export --state /var/lib/govctl/outages.jsonl > outages.jsonl"]
    ) { context throws(GovError) in
        Output(stdout: try OutageTransfer.export(try log(context)))
    }

    static let `import` = Command(
        name: "import", summary: "read a log's JSON Lines into an empty log or database (checked as every write is)",
        description: "",
        arguments: [Argument("FILE", completion: .file, help: "the JSON Lines ('-': standard input)")],
        options: [lockTimeout],
        examples: ["govctl outage import outages.jsonl --state postgresql://db.example.org/govctl"]
    ) { context throws(GovError) in
        let log = try log(context)
        let (catalog, _) = try context.catalog()
        let given = context.argument("FILE") ?? "-"
        let path = given == "-" ? "/dev/stdin" : given
        let bytes: [UInt8]
        switch BoundedFile.read(path, namedOnCommandLine: true) {
        case .success(let read): bytes = read
        case .failure(let problem):
            throw GovError(
                .notFound, "cannot read '\(given)': \(problem.reason)", hint: "check the path and its permissions")
        }
        let systems = Set(catalog.procedures.flatMap { $0.systems.map(\.id) })
        let records = try OutageTransfer.records(bytes, name: given == "-" ? "standard input" : given, systems: systems)
        let count = try OutageTransfer.load(records, into: log)
        return try report(
            "import",
            ["imported \(count) record\(count == 1 ? "" : "s") from \(given == "-" ? "standard input" : given)"],
            log, context)
    }

    /// The outage log: `--state`, else GOVCTL_STATE, else the configuration's, else under XDG_STATE_HOME; a file or a
    /// PostgreSQL database. `-t/--timeout` bounds the wait for its lock (and a database's connection and statements),
    /// except in `watch`, where `--timeout` is the probe's.
    static func log(_ context: Context, lockTimeout: Bool = true) throws(GovError) -> any OutageStore {
        let config = try context.config()
        let state = try OutageState.resolve(
            explicit: context.arguments.value("state"), environment: context.environment, config: config,
            directory: FileManager.default.currentDirectoryPath)
        return try OutageStoreChoice.open(
            state, timeout: lockTimeout ? context.arguments.value("timeout", as: Int.self) : nil)
    }

    static func at(_ context: Context) -> TimeInput {
        context.time("at", example: "2026-11-21T08:00") ?? context.now
    }

    /// Appends one record for SYSTEM and says what was written, and to which log.
    static func append(_ action: String, _ event: OutageEntry.Event, _ context: Context) throws(GovError) -> Output {
        let log = try log(context)
        let (catalog, _) = try context.catalog()
        let written = try OutageEntry(system: context.argument("SYSTEM") ?? "", event: event, now: context.now)
            .append(to: log, in: catalog)
        return Output(
            stdout: try Renderers.outageWritten(action, written, context),
            stderr: context.warnings(written.warnings)
                + MonitorNotify.tell(
                    system: written.system.id, settings: context.configuration.map { $0.map(\.notify) },
                    environment: context.environment))
    }

    /// What an action did, line by line, and the log it used.
    static func report(_ action: String, _ lines: [String], _ log: any OutageStore, _ context: Context) throws(GovError)
        -> Output
    {
        Output(stdout: try Renderers.outageUpkeep(action, done: lines, log: log.location, context))
    }

    static func runWatch(_ context: Context) throws(GovError) -> Output {
        let log = try log(context, lockTimeout: false)
        let (catalog, _) = try context.catalog()
        guard let probe = context.arguments.value("probe"), !probe.isEmpty else {
            throw GovError(
                .usage, "'outage watch' needs --probe COMMAND",
                hint: "e.g. --probe '/usr/lib/nagios/plugins/check_tcp -H sesam.example.org -p 443'")
        }
        let timeout: Int = context.arguments.value("timeout", as: Int.self) ?? 30
        let watch = ProbeWatch(
            system: context.argument("SYSTEM") ?? "", command: probe,
            failures: context.arguments.value("failures", as: Int.self), timeout: TimeInterval(timeout),
            now: context.now)
        let report = try watch.run(log: log, in: catalog)
        return Output(
            stdout: try Renderers.probeWatch(report, context),
            stderr: context.warnings(report.warnings)
                + (report.action == nil
                    ? ""
                    : MonitorNotify.tell(
                        system: report.system.id, settings: context.configuration.map { $0.map(\.notify) },
                        environment: context.environment)),
            exitCode: ExitCode.of(probeReachable: report.probe.reachable))
    }

    /// `list` and `show`: times in each system's own zone when the procedures are at hand, else this machine's.
    static func listOrShow(_ action: String, _ context: Context) throws(GovError) -> Output {
        let query = OutageQuery(
            system: context.argument("SYSTEM"), openOnly: context.arguments.has("open"), show: action == "show",
            outage: action == "show" ? context.arguments.value("outage") : nil)
        let answer = try query.answer(
            log: try log(context), catalog: try? context.catalog().0, machine: context.clock.machine.zone)
        return Output(stdout: try Renderers.outages(answer, context))
    }
}
