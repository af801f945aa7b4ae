import Foundation
import TestSupport
import XCTest

/// Issue 24, point 4: the probe runs in its own process group, its message is bounded, and a probe state that
/// cannot be read is an error, never "no failures".
final class ProbeSafetyTests: XCTestCase {
    /// The processes still running (not zombies) in the process group `group`, from /proc.
    static func running(inGroup group: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 2
            else { return false }
            // After the name: state, ppid, pgrp.
            return fields[0] != "Z" && fields[2] == group
        }
    }

    /// The probe writes its shell's pid (its process group, Foundation starting it as the leader) first, then leaves
    /// a child in that group.
    static func probe(_ pidFile: String, _ rest: String) -> String { "echo $$ > '\(pidFile)'; sleep 60 & \(rest)" }

    func testATimedOutProbeTakesItsChildrenWithIt() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let pidFile = log.directory.appending(path: "probe.pid").path
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", Self.probe(pidFile, "wait"), "--timeout", "3",
            "--failures", "1", "--now", "2026-11-21T08:00",
        ])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("no answer within 3 s (timed out)"))
        let group = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        expectTrue(!group.isEmpty)
        expectTrue(Self.running(inGroup: group).isEmpty, "the probe's group \(group) lives on")
    }

    func testAProbeThatLeavesAChildHoldingItsOutputIsStillReadAndTheChildEnds() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let pidFile = log.directory.appending(path: "probe.pid").path
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", Self.probe(pidFile, "echo 'OK - up'"), "--timeout", "20",
            "--now", "2026-11-21T08:00",
        ])
        expectEqual(r.exitCode, 0)
        expectTrue(r.stdout.contains("watch: Sesam LMN reachable: OK - up"))
        let group = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        expectTrue(Self.running(inGroup: group).isEmpty, "the probe's group \(group) lives on")
    }

    func testAProbeWithOutputOverSixteenMebibytesStillCountsAndItsMessageIsBounded() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", "head -c 20000000 /dev/zero | tr '\\0' x; exit 2",
            "--failures", "1", "--now", "2026-11-21T08:00",
        ])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("unreachable (1 of 1 in a row): " + String(repeating: "x", count: 300) + "…\n"))
        expectTrue(r.stdout.contains("opened the outage of Sesam LMN"))
        try expectTrue(try log.text.contains("\"event\":\"start\""))
    }

    func testAProbeStateThatCannotBeReadIsAnErrorAndNeverResetsTheCount() throws {
        let log = try SharedLog()
        defer { log.remove() }
        func watch(_ now: String) throws -> Binary.Result {
            try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", now])
        }
        try expectEqual(try watch("2026-11-21T08:00").exitCode, 1)
        let state = log.path + ".probe"
        for garbage in ["{\"v\":1,\"systems\":{\"sesam-lmn\":{\"failures\":1", "[]"] {
            try Data(garbage.utf8).write(to: URL(fileURLWithPath: state))
            let r = try watch("2026-11-21T08:01")
            expectEqual(r.exitCode, 65)
            expectTrue(r.stderr.contains("the probe state '\(state)'"))
            expectTrue(r.stderr.contains("remove '\(state)'"))
            try expectEqual(try String(contentsOfFile: state, encoding: .utf8), garbage)
        }
        // Over govctl's limit of 16 MiB.
        try Data(repeating: 0x20, count: 17 << 20).write(to: URL(fileURLWithPath: state))
        let large = try watch("2026-11-21T08:01")
        expectEqual(large.exitCode, 65)
        expectTrue(large.stderr.contains("over govctl's limit of 16 MiB (16777216 bytes)"))
        try expectTrue(try log.text.isEmpty)
    }

    func testAProbeThatFailsMoreOftenThanTheThresholdSaysHowManyWithoutOfThree() throws {
        let log = try SharedLog()
        defer { log.remove() }
        for minute in 0..<3 {
            _ = try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", "2026-11-21T08:0\(minute)"])
        }
        let fourth = try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", "2026-11-21T08:03"])
        expectTrue(fourth.stdout.contains("unreachable (4 in a row; 3 open the outage)"))
        expectTrue(!fourth.stdout.contains("4 of 3"))
    }
}
