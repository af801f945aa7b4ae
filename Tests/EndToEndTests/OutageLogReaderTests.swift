import Foundation
import TestSupport
import XCTest

/// Issue 24, point 4: the reader refuses what the writer refuses, as UNKNOWN with the line, never OK.
final class OutageLogReaderTests: XCTestCase {
    static func record(_ event: String, _ at: String, outage: String, system: String = "sesam-lmn") -> String {
        "{\"v\":1,\"event\":\"\(event)\",\"system\":\"\(system)\",\"at\":\"2026-11-21T\(at):00Z\",\"outage\":\"\(outage)\"}\n"
    }

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let log: String
        let line: Int
        let reason: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "two open starts for one system",
            log: record("start", "07:00", outage: "a") + record("start", "08:00", outage: "b"), line: 2,
            reason: "a second open start of 'sesam-lmn': the outage of line 1 is still open"),
        Case(
            name: "an open outage of a system no procedure has",
            log: record("start", "07:00", outage: "a", system: "no-such-system"), line: 1,
            reason: "it opens an outage of the system 'no-such-system', which no procedure has"),
        Case(
            name: "an end before its start",
            log: record("start", "07:00", outage: "a") + record("end", "06:00", outage: "a"), line: 2,
            reason: "the end 2026-11-21T06:00:00Z is before the start 2026-11-21T07:00:00Z"),
        Case(
            name: "a key twice in a record",
            log:
                "{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T07:00:00Z\",\"at\":\"2026-11-21T11:00:00Z\",\"outage\":\"a\"}\n",
            line: 1, reason: "it has a key twice"),
        Case(
            name: "overlapping outages of one system",
            log: record("start", "07:00", outage: "a") + record("end", "09:00", outage: "a")
                + record("start", "08:00", outage: "b") + record("end", "10:00", outage: "b"),
            line: 3, reason: "overlaps the one of line 1"),
        Case(
            name: "an end of an outage no start opens",
            log: record("start", "07:00", outage: "a") + record("end", "09:00", outage: "zzz"), line: 2,
            reason: "its end belongs to outage 'zzz', which no start opens"),
    ]

    func testTheCheckIsUnknownWithTheLineNumber() throws {
        forEachCase(Self.cases) { a0 in
            try Self.theCheckIsUnknownWithTheLineNumber(a0)
        }
    }

    static func theCheckIsUnknownWithTheLineNumber(_ c: Case) throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(c.log)
        let nagios = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T12:00"])
        expectEqual(nagios.exitCode, 3)
        expectTrue(
            nagios.stdout.hasPrefix("SESAM LMN UNKNOWN - \(log.path) line \(c.line) is not a valid outage record"))
        expectTrue(nagios.stdout.contains(c.reason))
        expectTrue(nagios.stdout.contains("outage repair"))
        expectEqual(nagios.stdout.split(separator: "\n").count, 1)
        let text = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T12:00"])
        expectEqual(text.exitCode, 3)
    }

    func testAStartInTheLogAfterThisHostsClockNamesTheClocksNotSince() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(Self.record("start", "10:00", outage: "a"))
        let nagios = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T09:00"])
        expectEqual(nagios.exitCode, 3)
        expectTrue(nagios.stdout.contains("the outage starts after the time evaluated (2026-11-21 09:00)"))
        expectTrue(nagios.stdout.contains("the outage log's start (\(log.path) line 1) is after this host's clock"))
        expectTrue(nagios.stdout.contains("timedatectl"))
        expectTrue(!nagios.stdout.contains("--since"))
        let given = try log.run([
            "reserve-status", "sesam-lmn", "--since", "2026-11-21T10:00", "--now", "2026-11-21T09:00",
        ])
        expectEqual(given.exitCode, 3)
        expectTrue(given.stderr.contains("check --since and --now"))
    }

    func testACancelledSecondStartIsReadAgain() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(
            Self.record("start", "07:00", outage: "a") + Self.record("start", "08:00", outage: "b")
                + Self.record("cancel", "08:05", outage: "b"))
        let nagios = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T10:00"])
        expectEqual(nagios.exitCode, 1)
        expectTrue(nagios.stdout.contains("sedan 08:00 (2 h 00 min)"))
    }

    func testAmendAndAStartInThePastRefuseToMakeOutagesOverlap() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let zone = ["--now", "2026-11-21T14:00"]
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"] + zone).exitCode, 0)
        try expectEqual(try log.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T09:00"] + zone).exitCode, 0)
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T11:00"] + zone).exitCode, 0)
        try expectEqual(try log.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T12:00"] + zone).exitCode, 0)
        let before = try log.text
        let inside = try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:30"] + zone)
        expectEqual(inside.exitCode, 65)
        expectTrue(
            inside.stderr.contains(
                "an outage from 2026-11-21 08:30 would overlap the outage 2026-11-21 11:00 – 2026-11-21 12:00"))
        // The latest outage's start moved back into the first one.
        let stretch = try log.run(["outage", "amend", "sesam-lmn", "--start", "2026-11-21T08:30"] + zone)
        expectEqual(stretch.exitCode, 65)
        expectTrue(
            stretch.stderr.contains("the corrected outage would overlap the outage 2026-11-21 08:00 – 2026-11-21 09:00")
        )
        try expectEqual(try log.text, before)
        try expectEqual(
            try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T14:00"]).exitCode, 0)
    }
}

/// Issue 24, point 4: a check mistyped as `--format nagio` is still a check, so UNKNOWN and not exit 64 (CRITICAL).
final class MistypedNagiosFormatTests: XCTestCase {
    func testAFormatMistypedFromNagiosIsUnknownAndOthersStayUsageErrors() throws {
        for typo in ["nagio", "Nagois", "nagioss"] {
            let r = try Binary.run(["reserve-status", "sesam-lmn", "--format", typo])
            expectEqual(r.exitCode, 3, "\(typo)")
            expectTrue(r.stdout.hasPrefix("SESAM LMN UNKNOWN - '--format \(typo)' is not one of"))
            expectTrue(r.stdout.contains("did you mean 'nagios'?"))
            expectEqual(r.stdout.split(separator: "\n").count, 1)
        }
        let json = try Binary.run(["reserve-status", "sesam-lmn", "--format", "jsno"])
        expectEqual(json.exitCode, 64)
        expectTrue(json.stderr.contains("did you mean 'json'?"))
    }
}

/// Issue 24, "a wrong hint": a daemon started before `adduser` is told to restart, not to join a group it is in.
final class PermissionHintTests: XCTestCase {
    func testAUserListedInTheGroupButStartedWithoutItIsToldToRestartTheService() throws {
        guard getuid() == 0 else {
            ToolRequirement.missing("root (to run govctl as nobody)", for: "the permission hint")
            return
        }
        let log = try SharedLog()
        defer { log.remove() }
        let copy = log.directory.appending(path: "govctl").path
        // Copied by another process (`Binary.copy`): written from this one, running it can fail "Text file busy".
        try Binary.copy(to: copy)
        for (path, mode) in [(log.directory.path, 0o755), (copy, 0o755), (log.directory.path + "/state", 0o755)] {
            expectEqual(chmod(path, mode_t(mode)), 0)
        }
        // The log's group is nobody's own (nogroup, 65534): the group database lists nobody in it.
        expectEqual(chown(log.path, 0, 65534), 0)
        expectEqual(chmod(log.path, 0o640), 0)
        func check(gid: Int) throws -> Binary.Result {
            try Binary.run(
                ["reserve-status", "sesam-lmn", "--format", "nagios", "--state", log.path],
                launcher: ["/usr/bin/setpriv", "--reuid=65534", "--regid=\(gid)", "--clear-groups", "--"], binary: copy)
        }
        // Started without the group (as a daemon started before adduser).
        let stale = try check(gid: 0)
        expectEqual(stale.exitCode, 3)
        expectTrue(stale.stdout.contains("permission denied (as user nobody)"))
        expectTrue(stale.stdout.contains("'nobody' is in the group 'nogroup', but this process started before that"))
        expectTrue(stale.stdout.contains("systemctl restart nagios4"))
        // Not in the log's group at all: join it, then restart.
        expectEqual(chown(log.path, 0, 0), 0)
        let outside = try check(gid: 65534)
        expectEqual(outside.exitCode, 3)
        expectTrue(outside.stdout.contains("add this user to the log's group ('adduser nobody govctl'), then restart"))
    }
}
