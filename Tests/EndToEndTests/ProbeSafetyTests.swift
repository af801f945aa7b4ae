import Foundation
import TestSupport
import Testing

/// Issue 24, point 4: the probe runs in its own process group, its message is bounded, and a probe state that
/// cannot be read is an error, never "no failures".
@Suite struct ProbeSafetyTests {
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

    @Test func aTimedOutProbeTakesItsChildrenWithIt() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let pidFile = log.directory.appending(path: "probe.pid").path
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", Self.probe(pidFile, "wait"), "--timeout", "3",
            "--failures", "1", "--now", "2026-11-21T08:00",
        ])
        #expect(r.exitCode == 1)
        #expect(r.stdout.contains("no answer within 3 s (timed out)"))
        let group = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!group.isEmpty)
        #expect(Self.running(inGroup: group).isEmpty, "the probe's group \(group) lives on")
    }

    @Test func aProbeThatLeavesAChildHoldingItsOutputIsStillReadAndTheChildEnds() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let pidFile = log.directory.appending(path: "probe.pid").path
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", Self.probe(pidFile, "echo 'OK - up'"), "--timeout", "20",
            "--now", "2026-11-21T08:00",
        ])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("watch: Sesam LMN reachable: OK - up"))
        let group = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Self.running(inGroup: group).isEmpty, "the probe's group \(group) lives on")
    }

    @Test func aProbeWithOutputOverSixteenMebibytesStillCountsAndItsMessageIsBounded() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", "head -c 20000000 /dev/zero | tr '\\0' x; exit 2",
            "--failures", "1", "--now", "2026-11-21T08:00",
        ])
        #expect(r.exitCode == 1)
        #expect(r.stdout.contains("unreachable (1 of 1 in a row): " + String(repeating: "x", count: 300) + "…\n"))
        #expect(r.stdout.contains("opened the outage of Sesam LMN"))
        #expect(try log.text.contains("\"event\":\"start\""))
    }

    @Test func aProbeStateThatCannotBeReadIsAnErrorAndNeverResetsTheCount() throws {
        let log = try SharedLog()
        defer { log.remove() }
        func watch(_ now: String) throws -> Binary.Result {
            try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", now])
        }
        #expect(try watch("2026-11-21T08:00").exitCode == 1)
        let state = log.path + ".probe"
        for garbage in ["{\"v\":1,\"systems\":{\"sesam-lmn\":{\"failures\":1", "[]"] {
            try Data(garbage.utf8).write(to: URL(fileURLWithPath: state))
            let r = try watch("2026-11-21T08:01")
            #expect(r.exitCode == 65)
            #expect(r.stderr.contains("the probe state '\(state)'"))
            #expect(r.stderr.contains("remove '\(state)'"))
            #expect(try String(contentsOfFile: state, encoding: .utf8) == garbage)
        }
        // Over govctl's limit of 16 MiB.
        try Data(repeating: 0x20, count: 17 << 20).write(to: URL(fileURLWithPath: state))
        let large = try watch("2026-11-21T08:01")
        #expect(large.exitCode == 65)
        #expect(large.stderr.contains("over govctl's limit of 16 MiB (16777216 bytes)"))
        #expect(try log.text.isEmpty)
    }

    @Test func aProbeThatFailsMoreOftenThanTheThresholdSaysHowManyWithoutOfThree() throws {
        let log = try SharedLog()
        defer { log.remove() }
        for minute in 0..<3 {
            _ = try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", "2026-11-21T08:0\(minute)"])
        }
        let fourth = try log.run(["outage", "watch", "sesam-lmn", "--probe", "exit 2", "--now", "2026-11-21T08:03"])
        #expect(fourth.stdout.contains("unreachable (4 in a row; 3 open the outage)"))
        #expect(!fourth.stdout.contains("4 of 3"))
    }
}
