import Foundation
import TestSupport
import XCTest

/// One outage state to run govctl against: a log file, or a database on the group's PostgreSQL server.
struct OutageHost {
    /// `--state`: the file's path or the database's URI (without a password).
    let state: String
    var environment: [String: String] = [:]

    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Binary.Result {
        try Binary.run(arguments + ["--state", state], environment: environment, timeout: timeout)
    }
}

/// Issue 28: the outage log on PostgreSQL, against a real server (one for the suite, started in its class `setUp`). The same
/// commands give the same answers on both stores; two hosts share one truth; a server that cannot be reached is
/// UNKNOWN; the log moves between the stores without a byte changed.
final class OutageStoreTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        PostgresServer.startForSuite()
    }

    override class func tearDown() {
        PostgresServer.stopForSuite()
        super.tearDown()
    }

    /// The commands of an outage's life, each with its exit status and output, with what differs between two stores
    /// by design (where the log is, the outage ids' random part, when a record was written) made equal.
    static func life(_ host: OutageHost) throws -> [String] {
        let at = { (time: String) in ["--now", "2026-11-21T\(time)"] }
        let steps: [[String]] = [
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--note", "Servern svarar inte"] + at("08:05"),
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:10"] + at("08:15"),
            ["outage", "end", "sesam-lmn", "--at", "2026-11-21T07:00"] + at("08:20"),
            ["outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T14:00"] + at("09:00"),
            ["reserve-status", "sesam-lmn", "--format", "nagios", "--lang", "en"] + at("13:00"),
            ["reserve-status", "sesam-lmn", "--format", "json"] + at("13:00"),
            ["reserve-status", "sesam-lmn", "--on-change"] + at("13:00"),
            ["reserve-status", "sesam-lmn", "--on-change"] + at("13:05"),
            ["outage", "amend", "sesam-lmn", "--start", "2026-11-21T07:45", "--note", "först rapporterad 07:45"]
                + at("13:10"),
            ["outage", "list", "--format", "json"] + at("13:15"),
            ["outage", "end", "sesam-lmn", "--at", "2026-11-21T13:30"] + at("13:35"),
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T15:00"] + at("15:05"),
            ["outage", "cancel", "sesam-lmn", "--note", "fel system"] + at("15:10"),
            ["outage", "show", "sesam-lmn"] + at("15:15"),
            ["outage", "list"] + at("15:15"),
            ["outage", "watch", "sesam-lmn", "--probe", "false", "--failures", "2"] + at("16:00"),
            ["outage", "watch", "sesam-lmn", "--probe", "false", "--failures", "2"] + at("16:05"),
            ["reserve-status", "sesam-lmn", "--format", "nagios"] + at("16:06"),
            ["outage", "watch", "sesam-lmn", "--probe", "true", "--failures", "2"] + at("16:10"),
            ["outage", "export"],
        ]
        return try steps.map { arguments in
            let r = try host.run(arguments)
            return "$ \(arguments.joined(separator: " "))\n\(r.exitCode)\n\(normalised(r.stdout, host))"
                + normalised(r.stderr, host)
        }
    }

    static func normalised(_ text: String, _ host: OutageHost) -> String {
        text.replacingOccurrences(of: host.state, with: "LOG")
            .replacing(/sesam-lmn-[0-9]{12}-[0-9a-f]{4}/, with: "OUTAGE-ID")
            .replacing(/"recorded":"[^"]*"/, with: "\"recorded\":\"…\"")
            .replacing(/by (\S+) at [0-9T:+-]+/) { "by \($0.1) at …" }
    }

    func testTheOutageCommandsGiveTheSameAnswersOnTheFileAndOnTheDatabase() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let file = try Self.life(OutageHost(state: log.path))
        // The file's own answers, as the file's tests know them.
        expectTrue(
            file[0].hasPrefix(
                "$ outage start sesam-lmn --at 2026-11-21T08:00 --note Servern svarar inte --now 2026-11-21T08:05\n0\nstart: Sesam LMN 2026-11-21 08:00"
            ))
        expectTrue(file[1].contains("\n65\n") && file[1].contains("already open since 2026-11-21 08:00 (LOG line 1)"))
        expectTrue(file[2].contains("\n65\n") && file[2].contains("is before the outage's start"))
        expectTrue(file[4].contains("\n1\n") && file[4].contains("Prognosis: Sesam LMN back 14:00"))
        expectTrue(file[6].contains("\n1\n") && !file[7].contains("\n1\n"))
        expectTrue(file[16].contains("opened"))
        expectTrue(file[17].contains("\n1\n"))
        // 8 records: start, prognosis, amend, end, start, cancel, and the probe's start and end.
        expectEqual(file[19].split(separator: "\n").count, 2 + 8)
        guard let server = PostgresServer.required(for: "the outage commands on PostgreSQL") else { return }
        let database = try Self.life(
            OutageHost(state: try server.database("life"), environment: server.environment))
        for (f, d) in zip(file, database) { expectEqual(d, f) }
    }

    func testArchiveAndRepairDoWhatTheyMeanOnADatabase() throws {
        guard let server = PostgresServer.required(for: "outage archive and repair on PostgreSQL") else { return }
        let host = OutageHost(state: try server.database("archive"), environment: server.environment)
        try expectEqual(try host.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        try expectEqual(try host.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T09:00"]).exitCode, 0)
        try expectEqual(try host.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T10:00"]).exitCode, 0)
        let archive = try host.run(["outage", "archive", "--before", "2026-11-22"])
        expectEqual(archive.exitCode, 0, "\(archive.stderr)")
        expectTrue(archive.stdout.contains("moved 1 ended outage to \(host.state) (table outage_record_archive)"))
        let left = try host.run(["outage", "export"])
        expectEqual(left.stdout.split(separator: "\n").count, 1)
        expectTrue(left.stdout.contains("\"at\":\"2026-11-21T09:00:00Z\""))
        let repair = try host.run(["outage", "repair"])
        expectEqual(repair.exitCode, 0)
        expectTrue(
            repair.stdout.contains("nothing to repair (a database keeps no torn line: each write is one transaction)"))
        // Records another tool wrote by hand, which the writer refuses, are named for a person to correct.
        try server.sql(
            "INSERT INTO outage_record (id, v, event, system, at, outage) VALUES (100, 1, 'end', 'sesam-lmn', '2026-11-21T11:00Z', 'no-such-outage')",
            database: String(host.state.split(separator: "/").last ?? ""), role: "nagios_master1")
        let refused = try host.run(["outage", "repair"])
        expectEqual(refused.exitCode, 65)
        expectTrue(refused.stderr.contains("which no start opens"))
        let nagios = try host.run(["reserve-status", "sesam-lmn", "--format", "nagios"])
        expectEqual(nagios.exitCode, 3)
        expectTrue(nagios.stdout.hasPrefix("SESAM LMN UNKNOWN - \(host.state) line "))
    }

    func testTheConstraintsRefuseImpossibleStatesWhateverWritesTheTables() throws {
        guard let server = PostgresServer.required(for: "the database's constraints") else { return }
        let uri = try server.database("constraints")
        let database = String(uri.split(separator: "/").last ?? "")
        let statements = [
            // A second open outage of one system.
            (
                "INSERT INTO outage VALUES ('a', 'sesam-lmn', '2026-11-21T08:00Z', NULL, false), ('b', 'sesam-lmn', '2026-11-21T09:00Z', NULL, false)",
                "outage_one_open_per_system"
            ),
            // An end before its start.
            (
                "INSERT INTO outage VALUES ('c', 'sesam-lmn', '2026-11-21T08:00Z', '2026-11-21T07:00Z', false)",
                "outage_ends_after_its_start"
            ),
            // A record version this govctl does not know.
            (
                "INSERT INTO outage_record (id, v, event, system, at, outage) VALUES (1, 2, 'start', 'sesam-lmn', '2026-11-21T08:00Z', 'd')",
                "outage_record_known_version"
            ),
        ]
        for (statement, constraint) in statements {
            let error = expectThrows(PostgresServer.Failure.self) {
                try server.sql(statement, database: database, role: "nagios_master1")
            }
            expectEqual(error?.description.contains(constraint), true, "\(error?.description ?? "")")
        }
        try server.sql(
            "INSERT INTO outage VALUES ('e', 'sesam-lmn', '2026-11-21T08:00Z', '2026-11-21T09:00Z', false), ('f', 'sesam-lmn', '2026-11-21T10:00Z', NULL, false)",
            database: database, role: "nagios_master1")
    }

    func testTheSchemaIsVersionedAndAVersionThisGovctlDoesNotKnowIsRefused() throws {
        guard let server = PostgresServer.required(for: "the database's schema versions") else { return }
        let uri = try server.database("versions")
        let database = String(uri.split(separator: "/").last ?? "")
        let owner = OutageHost(
            state: uri.replacingOccurrences(of: "nagios_master1@", with: "govctl_owner@"),
            environment: server.environment)
        let again = try owner.run(["outage", "init"])
        expectEqual(again.exitCode, 0)
        expectTrue(again.stdout.contains("(schema version 1, this govctl's; 0 records)"))
        // A newer govctl migrated the database: this one neither reads nor migrates it.
        try server.sql(
            "INSERT INTO govctl_schema_version (version) VALUES (2)", database: database, role: "govctl_owner")
        let host = OutageHost(state: uri, environment: server.environment)
        let check = try host.run(["reserve-status", "sesam-lmn", "--format", "nagios"])
        expectEqual(check.exitCode, 3)
        expectTrue(check.stdout.contains("has schema version 2, newer than this govctl's (1)"))
        try expectEqual(try owner.run(["outage", "init"]).exitCode, 65)
        // A database without govctl's schema: 'outage init' is the fix.
        let empty = OutageHost(
            state: uri.replacingOccurrences(of: "/\(database)", with: "/postgres"), environment: server.environment)
        let none = try empty.run(["outage", "list"])
        expectEqual(none.exitCode, 66)
        expectTrue(none.stderr.contains("has no govctl schema"))
        expectTrue(none.stderr.contains("govctl outage init --state"))
    }

    /// Two hosts, each with its own configuration file naming the one database (as its own role).
    static func hosts(_ server: PostgresServer, _ directory: URL, database: String) throws -> [OutageHost] {
        try ["nagios_master1", "nagios_master2"].map { role in
            let config = directory.appending(path: "\(role).json")
            let uri = database.replacingOccurrences(of: "nagios_master1@", with: "\(role)@")
            try Data("{\"state\": \"\(uri)\"}\n".utf8).write(to: config)
            var environment = server.environment
            environment["GOVCTL_CONFIG"] = config.path
            return OutageHost(state: uri, environment: environment)
        }
    }

    func testTwoHostsShareTheOnChangeStateAndTheProbesCounts() throws {
        guard let server = PostgresServer.required(for: "two hosts on one database") else { return }
        let directory = try TemporaryDirectory.make("hosts")
        defer { TemporaryDirectory.remove(directory) }
        let hosts = try Self.hosts(server, directory, database: try server.database("hosts"))
        func run(_ host: OutageHost, _ arguments: [String]) throws -> Binary.Result {
            try Binary.run(arguments, environment: host.environment)
        }
        // The probe fails once on each host: the second failure in a row opens the outage.
        let probe = ["outage", "watch", "sesam-lmn", "--probe", "false", "--failures", "2"]
        try expectTrue(try run(hosts[0], probe + ["--now", "2026-11-21T08:00"]).stdout.contains("1 of 2"))
        let opened = try run(hosts[1], probe + ["--now", "2026-11-21T08:05"])
        expectTrue(opened.stdout.contains("opened"), "\(opened.stdout)\(opened.stderr)")
        // Cron on both masters: the first says the change, the second has nothing new to say.
        let first = try run(hosts[0], ["reserve-status", "sesam-lmn", "--on-change", "--now", "2026-11-21T08:10"])
        expectEqual(first.exitCode, 1)
        expectTrue(first.stdout.contains("Sesam LMN: driftstörning pågår"))
        let second = try run(hosts[1], ["reserve-status", "sesam-lmn", "--on-change", "--now", "2026-11-21T08:11"])
        expectEqual(second.exitCode, 0)
        expectTrue(second.stdout.isEmpty)
        let list = try run(hosts[1], ["outage", "list", "--open", "--format", "json"])
        expectTrue(list.stdout.contains("\"openedBy\": \"probe\""))
        expectTrue(list.stdout.contains("\"log\": \"\(hosts[1].state)\""))
    }

    func testTwoHostsRacingFiftyStartsAndEndsLoseNothingAndKeepOneOpenOutage() throws {
        guard let server = PostgresServer.required(for: "two hosts racing on one database") else { return }
        let directory = try TemporaryDirectory.make("race")
        defer { TemporaryDirectory.remove(directory) }
        let hosts = try Self.hosts(server, directory, database: try server.database("race"))
        // Each host starts and ends the same system 25 times, as fast as it can: 50 starts and 50 ends in all. A
        // write the rules refuse (the other host's outage is open, or already ended) exits 65; nothing else may.
        let script = """
            for i in $(seq 1 25); do
              "$0" outage start sesam-lmn >/dev/null 2>>"$1.err"; echo "start $?"
              "$0" outage end sesam-lmn >/dev/null 2>>"$1.err"; echo "end $?"
            done
            """
        let results = try hosts.enumerated().map { number, host in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, Binary.path, directory.appending(path: "host\(number)").path]
            var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"]
            for (key, value) in host.environment { environment[key] = value }
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }.map { process, pipe in
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitForExit()
            return text.split(separator: "\n").map(String.init)
        }
        let lines = results.flatMap { $0 }
        expectEqual(lines.count, 100)
        expectTrue(lines.allSatisfy { $0.hasSuffix(" 0") || $0.hasSuffix(" 65") }, "\(Set(lines))")
        let written = lines.filter { $0.hasSuffix(" 0") }
        let starts = written.filter { $0.hasPrefix("start") }.count
        let ends = written.filter { $0.hasPrefix("end") }.count
        expectTrue(starts > 0 && ends > 0)
        // Every write that said so is there, once; every outage but the last has its end; none overlap.
        let export = try hosts[0].run(["outage", "export"])
        let records = export.stdout.split(separator: "\n")
        expectEqual(records.count, starts + ends)
        expectEqual(records.filter { $0.contains("\"event\":\"start\"") }.count, starts)
        expectEqual(Set(records).count, records.count)
        let ids = records.filter { $0.contains("\"event\":\"start\"") }.compactMap {
            $0.firstMatch(of: /"outage":"([^"]+)"/).map { String($0.1) }
        }
        expectEqual(Set(ids).count, starts)
        let open = try hosts[1].run(["outage", "list", "--open", "--format", "json"])
        expectEqual(open.stdout.components(separatedBy: "\"id\":").count - 1, starts - ends)
        expectTrue(starts - ends <= 1)
        // The records read back are a log the writer could have written: imported into a file, checked as it is.
        let copy = try SharedLog()
        defer { copy.remove() }
        let exported = directory.appending(path: "race.jsonl")
        try Data(export.stdout.utf8).write(to: exported)
        let imported = try copy.run(["outage", "import", exported.path])
        expectEqual(imported.exitCode, 0, "\(imported.stderr)")
    }

    func testAServerThatIsDownOrDoesNotAnswerIsUnknownWithinTheTimeout() throws {
        guard PostgresServer.required(for: "a PostgreSQL server that is down") != nil else { return }
        // Nothing listens: a stopped server.
        let stopped = OutageHost(state: "postgresql://nagios_master1@127.0.0.1:9/govctl")
        let down = try stopped.run(["reserve-status", "sesam-lmn", "--format", "nagios", "-t", "2"], timeout: 60)
        expectTrue(!down.timedOut)
        expectEqual(down.exitCode, 3)
        expectTrue(
            down.stdout.hasPrefix(
                "SESAM LMN UNKNOWN - cannot reach the outage database 'postgresql://nagios_master1@127.0.0.1:9/govctl'")
        )
        let start = try stopped.run(["outage", "start", "sesam-lmn", "-t", "2"], timeout: 60)
        expectEqual(start.exitCode, 69)
        // Cron says it once, not every five minutes (kept in the user's own directory, as for a log not trusted).
        let home = try TemporaryDirectory.make("down")
        defer { TemporaryDirectory.remove(home) }
        let cron = OutageHost(state: stopped.state, environment: ["HOME": home.path])
        let first = try cron.run(["reserve-status", "sesam-lmn", "--on-change", "-t", "2"], timeout: 60)
        expectEqual(first.exitCode, 1)
        expectTrue(first.stdout.contains("SESAM LMN UNKNOWN - cannot reach the outage database"))
        let again = try cron.run(["reserve-status", "sesam-lmn", "--on-change", "-t", "2"], timeout: 60)
        expectEqual(again.exitCode, 0)
        expectTrue(again.stdout.isEmpty)
        // A server that takes the connection and never answers (a hung host): UNKNOWN once the timeout has passed.
        guard let python = ToolRequirement.python(for: "a PostgreSQL server that does not answer") else { return }
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: python)
        listener.arguments = [
            "-c",
            "import socket, sys, time\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen(8)\nprint(s.getsockname()[1], flush=True)\nsys.stdin.read()",
        ]
        let output = Pipe(), input = Pipe()
        listener.standardOutput = output
        listener.standardInput = input
        try listener.run()
        defer {
            try? input.fileHandleForWriting.close()
            listener.waitForExit()
        }
        var port = ""
        while !port.hasSuffix("\n") {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            port += String(decoding: byte, as: UTF8.self)
        }
        let hung = OutageHost(
            state:
                "postgresql://nagios_master1@127.0.0.1:\(port.trimmingCharacters(in: .whitespacesAndNewlines))/govctl")
        let silent = try hung.run(["reserve-status", "sesam-lmn", "--format", "nagios", "-t", "2"], timeout: 60)
        expectTrue(!silent.timedOut)
        expectEqual(silent.exitCode, 3)
        expectTrue(silent.stdout.hasPrefix("SESAM LMN UNKNOWN - cannot reach the outage database"), "\(silent.stdout)")
    }

    func testThePasswordComesFromLibpqsPasswordFileNeverFromTheCommandLineOrAFileOthersCanRead() throws {
        guard let server = PostgresServer.required(for: "credentials for PostgreSQL") else { return }
        let directory = try TemporaryDirectory.make("credentials")
        defer { TemporaryDirectory.remove(directory) }
        let uri = try server.database("credentials")
        // Without the password file, the server refuses the role: the check cannot tell.
        let refused = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--state", uri])
        expectEqual(refused.exitCode, 3)
        expectTrue(refused.stdout.contains("password"))
        let withPassword = uri.replacingOccurrences(
            of: "nagios_master1@", with: "nagios_master1:\(PostgresServer.password)@")
        let onCommandLine = try Binary.run(["outage", "list", "--state", withPassword])
        expectEqual(onCommandLine.exitCode, 77)
        expectTrue(onCommandLine.stderr.contains("refusing the database URI with a password on the command line"))
        expectTrue(!onCommandLine.stderr.contains(PostgresServer.password))
        let config = directory.appending(path: "govctl.json")
        try Data("{\"state\": \"\(withPassword)\"}\n".utf8).write(to: config)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: config.path)
        let readable = try Binary.run(["outage", "list"], environment: ["GOVCTL_CONFIG": config.path])
        expectEqual(readable.exitCode, 77)
        expectTrue(readable.stderr.contains("in '\(config.path)', which others can read"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: config.path)
        let kept = try Binary.run(["outage", "list"], environment: ["GOVCTL_CONFIG": config.path])
        expectEqual(kept.exitCode, 0, "\(kept.stderr)")
    }

    /// The logs bundled with the tests (`Tests/EndToEndTests/OutageLogs`): a region's week, a log of govctl 0.1.0
    /// (records without outage ids), notes with control characters.
    static let bundledLogs = ["region-week.jsonl", "without-ids.jsonl", "control-characters.jsonl"]

    func testExportThenImportRoundTripsABundledLogExactly() throws {
        forEachCase(Self.bundledLogs) { a0 in
            try Self.exportThenImportRoundTripsABundledLogExactly(a0)
        }
    }

    static func exportThenImportRoundTripsABundledLogExactly(_ name: String) throws {
        let bundled = Binary.root.appending(path: "Tests/EndToEndTests/OutageLogs/\(name)")
        let text = try String(contentsOf: bundled, encoding: .utf8)
        let log = try SharedLog()
        defer { log.remove() }
        let intoFile = try log.run(["outage", "import", bundled.path])
        expectEqual(intoFile.exitCode, 0, "\(intoFile.stderr)")
        try expectEqual(try log.text, text)
        try expectEqual(try log.run(["outage", "export"]).stdout, text)
        guard let server = PostgresServer.required(for: "export and import through PostgreSQL") else { return }
        let database = OutageHost(state: try server.database("roundtrip"), environment: server.environment)
        let exported = log.directory.appending(path: "exported.jsonl")
        try Data(try log.run(["outage", "export"]).stdout.utf8).write(to: exported)
        let intoDatabase = try database.run(["outage", "import", exported.path])
        expectEqual(intoDatabase.exitCode, 0, "\(intoDatabase.stderr)")
        try expectEqual(try database.run(["outage", "export"]).stdout, text)
        // The same answers from both, line numbers included.
        let list = ["outage", "list", "--format", "json", "--now", "2026-12-01T00:00"]
        try expectEqual(
            Self.normalised(try database.run(list).stdout, database),
            Self.normalised(try log.run(list).stdout, OutageHost(state: log.path)))
        // An import into a log that holds records is refused: nothing doubles.
        let again = try database.run(["outage", "import", exported.path])
        expectEqual(again.exitCode, 65)
        expectTrue(again.stderr.contains("already holds"))
    }

    func testImportRefusesWhatTheWriterRefuses() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let bad = log.directory.appending(path: "bad.jsonl")
        try Data(
            ("{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T07:00:00Z\",\"outage\":\"a\"}\n"
                + "{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T08:00:00Z\",\"outage\":\"b\"}\n")
                .utf8
        ).write(to: bad)
        let file = try log.run(["outage", "import", bad.path])
        expectEqual(file.exitCode, 65)
        expectTrue(
            file.stderr.contains("\(bad.path) line 2 is not a valid outage record: a second open start of 'sesam-lmn'"))
        try expectTrue(try log.text.isEmpty)
        guard let server = PostgresServer.required(for: "import into PostgreSQL") else { return }
        let database = OutageHost(state: try server.database("refused"), environment: server.environment)
        let refused = try database.run(["outage", "import", bad.path])
        expectEqual(refused.exitCode, 65)
        try expectTrue(try database.run(["outage", "export"]).stdout.isEmpty)
    }
}
