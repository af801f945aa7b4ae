import Foundation
import TestSupport
import XCTest

/// Issue 18, "Nothing lost": a write that fails leaves no partial record, a record that lost only its newline keeps
/// its line, and the files `outage init` and `outage repair` make have their modes whatever the umask.
final class OutageLogLossTests: XCTestCase {
    static let start =
        #"{"v":1,"event":"start","system":"sesam-lmn","at":"2026-11-21T07:00:00Z","outage":"sesam-lmn-202611210700-abcd"}"#

    /// A directory for one test, which the test removes (`defer { scratch.remove() }`: a class's deinit could run as
    /// soon as the last use of the object, before the test is done with the directory).
    struct Scratch {
        let url: URL
        var log: String { url.appending(path: "state/outages.jsonl").path }
        init() throws { url = try TemporaryDirectory.make("loss") }
        func remove() { TemporaryDirectory.remove(url) }
        func mode(_ path: String) throws -> Int? {
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        }
    }

    func testAWriteThatFailsForWantOfSpaceIsCutBackOffSoTheCheckStillReadsTheLog() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try expectEqual(try Binary.run(["outage", "init", "--state", scratch.log]).exitCode, 0)
        try expectEqual(
            try Binary.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T07:00", "--state", scratch.log])
                .exitCode, 0)
        try expectEqual(
            try Binary.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T08:00", "--state", scratch.log])
                .exitCode, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.log))
        expectTrue(before.count < 1024)
        // A file size limit of 1024 bytes (bash's `ulimit -f 1`) stands for a full disk: the write stops part way.
        let note = String(repeating: "x", count: 900)
        let full = try Binary.run(
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T09:00", "--note", note, "--state", scratch.log],
            launcher: ["/bin/bash", "-c", "trap '' XFSZ; ulimit -f 1; exec \"$@\"", "bash"])
        expectEqual(full.exitCode, 70)
        expectTrue(full.stderr.contains("could not write to the outage log '\(scratch.log)': File too large"))
        expectTrue(full.stderr.contains("nothing was written"))
        try expectEqual(try Data(contentsOf: URL(fileURLWithPath: scratch.log)), before)
        let check = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "nagios", "--state", scratch.log, "--now", "2026-11-21T10:00"])
        expectEqual(check.exitCode, 0, "\(check.stdout)")
    }

    func testARecordThatLostOnlyItsNewlineKeepsItsLineWhenTheNextIsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try expectEqual(try Binary.run(["outage", "init", "--state", scratch.log]).exitCode, 0)
        try Data(Self.start.utf8).write(to: URL(fileURLWithPath: scratch.log))
        let end = try Binary.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T08:00", "--state", scratch.log])
        expectEqual(end.exitCode, 0, "\(end.stderr)")
        let lines = try String(contentsOfFile: scratch.log, encoding: .utf8).split(separator: "\n")
        expectEqual(lines.count, 2)
        expectEqual(lines.first.map(String.init), Self.start)
        let list = try Binary.run(["outage", "list", "--state", scratch.log])
        expectEqual(list.exitCode, 0, "\(list.stderr)")
    }

    func testInitAndRepairGiveTheirModesUnderUmask000() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let umask = ["/bin/sh", "-c", "umask 000; exec \"$@\"", "sh"]
        let log = scratch.url.appending(path: "a/b/state/outages.jsonl").path
        let initialised = try Binary.run(["outage", "init", "--state", log], launcher: umask)
        expectEqual(initialised.exitCode, 0, "\(initialised.stderr)")
        for directory in ["a", "a/b", "a/b/state"] {
            try expectEqual(try scratch.mode(scratch.url.appending(path: directory).path), 0o750, "\(directory)")
        }
        try expectEqual(try scratch.mode(log), 0o640)
        try Data((Self.start + "\n{\"v\":1,\"ev").utf8).write(to: URL(fileURLWithPath: log))
        let repaired = try Binary.run(["outage", "repair", "--state", log], launcher: umask)
        expectEqual(repaired.exitCode, 0, "\(repaired.stderr)")
        let backup = try require(
            try FileManager.default.contentsOfDirectory(atPath: (log as NSString).deletingLastPathComponent)
                .first { $0.contains(".bak-") })
        try expectEqual(try scratch.mode(scratch.url.appending(path: "a/b/state/\(backup)").path), 0o640)
        try expectEqual(try String(contentsOfFile: log, encoding: .utf8), Self.start + "\n")
    }

    func testAnOnChangeCheckOnALogOthersCanWriteIsUnknownAndNotifiesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try expectEqual(try Binary.run(["outage", "init", "--state", scratch.log]).exitCode, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: scratch.log)
        let homeExisted = FileManager.default.fileExists(atPath: "/nonexistent")
        let r = try Binary.run([
            "reserve-status", "sesam-lmn", "--on-change", "--state", scratch.log,
        ])
        // Text, as from cron: --on-change with --format nagios is refused on its own (EdgeCommandLineTests).
        expectEqual(r.exitCode, 3)
        expectTrue(r.stderr.contains("refusing the outage log '\(scratch.log)': it is writable by others (mode 0666)"))
        expectTrue(!FileManager.default.fileExists(atPath: scratch.log + ".notified"))
        // With no home (HOME=/nonexistent, as for system users), nothing is kept, and no home is made.
        if !homeExisted { expectTrue(!FileManager.default.fileExists(atPath: "/nonexistent")) }
    }
}
