import Foundation
import TestSupport
import XCTest

/// A temporary directory with an initialised outage log, and a runner that names that log. The test removes it:
/// `let log = try SharedLog()` is followed by `defer { log.remove() }`.
struct SharedLog {
    let directory: URL
    let path: String

    init(initialise: Bool = true) throws {
        directory = try TemporaryDirectory.make("safety")
        path = directory.appending(path: "state/outages.jsonl").path
        if initialise {
            do {
                try expectEqual(try Binary.run(["outage", "init", "--state", path]).exitCode, 0)
            } catch {
                TemporaryDirectory.remove(directory)
                throw error
            }
        }
    }

    func remove() { TemporaryDirectory.remove(directory) }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(arguments + ["--state", path], environment: environment)
    }

    func write(_ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
    /// The log's text; a log that is missing or unreadable is an error, not an empty log.
    var text: String { get throws { try String(contentsOfFile: path, encoding: .utf8) } }
}

/// Issue 13, "What was seen": a missing, mistyped, unreadable or garbage log never reads as OK.
final class OutageLogFailSafeTests: XCTestCase {
    func testAMistypedLogPathIsUnknownInNagiosModeAndExitThreeWithTheReasonInTextAndJSON() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let typo = log.directory.appending(path: "state/typo.jsonl").path
        let nagios = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--state", typo])
        expectEqual(nagios.exitCode, 3)
        expectTrue(nagios.stdout.hasPrefix("SESAM LMN UNKNOWN - the outage log '\(typo)' does not exist"))
        expectTrue(nagios.stdout.contains("govctl outage init"))
        expectEqual(nagios.stdout.split(separator: "\n").count, 1)
        let text = try Binary.run(["reserve-status", "sesam-lmn", "--state", typo])
        expectEqual(text.exitCode, 3)
        expectTrue(text.stdout.isEmpty)
        expectTrue(text.stderr.contains("'\(typo)' does not exist"))
        let json = try Binary.run(["reserve-status", "sesam-lmn", "--format", "json", "--state", typo])
        expectEqual(json.exitCode, 3)
        expectTrue(json.stdout.contains("\"message\": \"the outage log '\(typo)' does not exist\""))
    }

    func testAGarbageLineIsUnknownNamingThePathTheLineAndTheFix() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(
            "{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T07:00:00Z\",\"outage\":\"a\"}\nnot json\n{\"v\":1,\"event\":\"end\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T08:00:00Z\",\"outage\":\"a\"}\n"
        )
        let r = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T10:00"])
        expectEqual(r.exitCode, 3)
        expectTrue(r.stdout.contains("\(log.path) line 2 is not a valid outage record: it is not JSON"))
        expectTrue(r.stdout.contains("correct or remove line 2 by hand"))
        expectTrue(r.stderr.isEmpty)
        // repair mends only a torn last line.
        let repair = try log.run(["outage", "repair"])
        expectEqual(repair.exitCode, 65)
    }

    func testALogWrittenByTheFirstReleaseStillReads() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(
            """
            {"v":1,"event":"start","system":"sesam-lmn","at":"2026-11-21T07:00:00Z","scenario":"server-unreachable"}
            {"v":1,"event":"prognosis","system":"sesam-lmn","at":"2026-11-21T08:00:00Z","eta":"2026-11-21T13:00:00Z"}

            """)
        let r = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T12:30"])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("Prognos: Sesam LMN åter 14:00"))
        try expectEqual(try log.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T12:00"]).exitCode, 0)
    }

    func testAnUnknownRecordVersionIsRefusedWithAClearMessage() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write("{\"v\":2,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T07:00:00Z\"}\n")
        let r = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios"])
        expectEqual(r.exitCode, 3)
        expectTrue(
            r.stdout.contains(
                "line 1 is not a valid outage record: it has record version 2, and this govctl reads version 1"))
    }

    func testAnUnreadableLogOrASymbolicLinkIsUnknown() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let link = log.directory.appending(path: "link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: log.path)
        let linked = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--state", link])
        expectEqual(linked.exitCode, 3)
        expectTrue(linked.stdout.contains("is a symbolic link, which govctl does not follow"))
        // A directory where the log should be cannot be read either.
        let state = log.directory.appending(path: "state").path
        let directory = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--state", state])
        expectEqual(directory.exitCode, 3)
        expectTrue(
            directory.stdout.hasPrefix(
                "SESAM LMN UNKNOWN - cannot read the outage log '\(state)': it is a directory, not a regular file"))
    }

    func testAnEmptyLogThatExistsMeansNoOutageAndTheTextListsNoOutageSteps() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let nagios = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios"])
        expectEqual(nagios.exitCode, 0)
        expectEqual(nagios.stdout, "SESAM LMN OK - ingen driftstörning | elapsed=0s;0;14400;0;\n")
        let text = try log.run(["reserve-status", "sesam-lmn"])
        expectEqual(text.exitCode, 0)
        expectTrue(!text.stdout.contains("Steg"))
        expectTrue(!text.stdout.contains("anmäler omedelbart"))
        let json = try log.run(["reserve-status", "sesam-lmn", "--format", "json"])
        expectTrue(json.stdout.contains("\"log\": \"\(log.path)\""))
    }

    func testInitMakesTheDirectoryAndLogGroupWritableWhenAGroupIsGiven() throws {
        let log = try SharedLog(initialise: false)
        defer { log.remove() }
        let group =
            try FileManager.default.attributesOfItem(atPath: log.directory.path)[.groupOwnerAccountName] as? String
            ?? "root"
        // The group must be the configured one: readers refuse a log another group can write.
        let refused = try log.run(["outage", "init", "--group", group])
        expectEqual(refused.exitCode, 64)
        expectTrue(refused.stderr.contains("--group \(group) is not the group that shares the outage log ('govctl')"))
        expectTrue(refused.stderr.contains("\"group\": \"\(group)\""))
        let config = log.directory.appending(path: "govctl.json")
        try Data("{\"group\": \"\(group)\"}".utf8).write(to: config)
        let environment = ["GOVCTL_CONFIG": config.path]
        let r = try log.run(["outage", "init", "--group", group], environment: environment)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("log: \(log.path)"))
        let dir = try FileManager.default.attributesOfItem(atPath: (log.path as NSString).deletingLastPathComponent)
        let file = try FileManager.default.attributesOfItem(atPath: log.path)
        expectEqual((dir[.posixPermissions] as? Int), 0o2770)
        expectEqual((file[.posixPermissions] as? Int), 0o660)
        // The group's members read it; without the configuration, a group-writable log is refused.
        try expectEqual(try log.run(["outage", "list"], environment: environment).exitCode, 0)
        let untrusted = try log.run(["outage", "list"])
        expectEqual(untrusted.exitCode, 77)
        expectTrue(untrusted.stderr.contains("which is not the group that shares the log ('govctl')"))
        let plain = try SharedLog(initialise: false)
        defer { plain.remove() }
        try expectEqual(try plain.run(["outage", "init"]).exitCode, 0)
        let plainFile = try FileManager.default.attributesOfItem(atPath: plain.path)
        expectEqual((plainFile[.posixPermissions] as? Int), 0o640)
    }

    func testInitLeavesADirectoryThatHoldsOtherFilesAsItIs() throws {
        let log = try SharedLog(initialise: false)
        defer { log.remove() }
        let shared = log.directory.appending(path: "shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shared.path)
        try Data().write(to: shared.appending(path: "someone-else.txt"))
        let r = try Binary.run(["outage", "init", "--state", shared.appending(path: "outages.jsonl").path])
        expectEqual(r.exitCode, 0)
        expectTrue(r.stdout.contains("left \(shared.path) as it is (it holds other files)"))
        let mode = try FileManager.default.attributesOfItem(atPath: shared.path)[.posixPermissions] as? Int
        expectEqual(mode, 0o755)
        // Such a directory that others can write is refused, and still left as it is.
        try FileManager.default.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: shared.path)
        let other = shared.appending(path: "other.jsonl").path
        let refused = try Binary.run(["outage", "init", "--state", other])
        expectEqual(refused.exitCode, 77)
        expectTrue(
            refused.stderr.contains(
                "refusing the outage log '\(other)': its directory '\(shared.path)' is writable by others (mode 1777)"))
        expectTrue(!FileManager.default.fileExists(atPath: other))
        let after = try FileManager.default.attributesOfItem(atPath: shared.path)[.posixPermissions] as? Int
        expectEqual(after, 0o1777)
    }

    func testWritingNeedsALogThatInitCreated() throws {
        let log = try SharedLog(initialise: false)
        defer { log.remove() }
        let r = try log.run(["outage", "start", "sesam-lmn"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("govctl outage init"))
    }
}

/// Issue 13: one log for staff and monitoring, named by the configuration.
final class SharedLogConfigurationTests: XCTestCase {
    func testTheConfiguredLogIsTheOneOutageWritesAndReserveStatusReadsAndBothSayWhichItIs() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let config = log.directory.appending(path: "govctl.json")
        try Data("{\"state\": \"\(log.path)\", \"mail\": {\"to\": [\"kundservice@example.org\"]}}".utf8).write(
            to: config)
        let env = ["GOVCTL_CONFIG": config.path, "HOME": log.directory.path]
        let start = try Binary.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"], environment: env)
        expectEqual(start.exitCode, 0, "\(start.stderr)")
        expectTrue(start.stdout.hasSuffix("→ \(log.path)\n"))
        let json = try Binary.run(["outage", "list", "--format", "json"], environment: env)
        expectTrue(json.stdout.contains("\"log\": \"\(log.path)\""))
        let status = try Binary.run(
            ["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00", "--format", "json"], environment: env)
        expectEqual(status.exitCode, 1)
        expectTrue(status.stdout.contains("\"log\": \"\(log.path)\""))
    }

    func testAnUnknownConfigurationKeyIsAnErrorWithFileLineAndColumn() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let config = log.directory.appending(path: "govctl.json")
        try Data("{\n  \"state\": \"\(log.path)\",\n  \"stat\": \"x\"\n}\n".utf8).write(to: config)
        let r = try Binary.run(["outage", "list"], environment: ["GOVCTL_CONFIG": config.path])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("\(config.path):3:3: unknown key 'stat'; did you mean 'state'?"))
    }

    func testARelativeStatePathInTheEnvironmentIsAnError() throws {
        for name in ["GOVCTL_STATE", "XDG_STATE_HOME"] {
            let r = try Binary.run(["outage", "list"], environment: [name: "state/outages.jsonl"])
            expectEqual(r.exitCode, 64)
            expectTrue(r.stderr.contains("\(name) is the relative path 'state/outages.jsonl'"))
            let nagios = try Binary.run(
                ["reserve-status", "sesam-lmn", "--format", "nagios"], environment: [name: "relative"])
            expectEqual(nagios.exitCode, 3)
            expectTrue(nagios.stdout.hasPrefix("SESAM LMN UNKNOWN - \(name) is the relative path"))
        }
    }
}
