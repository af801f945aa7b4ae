import Foundation
import TestSupport
import XCTest

/// Issue 24, point 4: a file-size limit never tears a record, and the log never grows past what govctl can read.
final class OutageLogLimitTests: XCTestCase {
    /// `count` ended outages of Sesam LMN, an hour apart from 2026-11-01, each start with a note of `note` bytes.
    static func log(outages count: Int, note: Int) -> String {
        (0..<count).map { outage($0, note: note) }.joined()
    }

    /// The `i`th ended outage: its start (with a note of `note` bytes) and its end, 10 minutes later.
    static func outage(_ i: Int, note: Int) -> String {
        let start = Date(timeIntervalSince1970: 1_793_491_200 + Double(i) * 3600)
        let id = "old-\(i)"
        return "{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"\(ISO8601Format.text(start))\","
            + "\"outage\":\"\(id)\",\"note\":\"\(String(repeating: "x", count: note))\"}\n"
            + "{\"v\":1,\"event\":\"end\",\"system\":\"sesam-lmn\",\"at\":\"\(ISO8601Format.text(start + 600))\","
            + "\"outage\":\"\(id)\"}\n"
    }

    enum ISO8601Format {
        static func text(_ date: Date) -> String {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime]
            return f.string(from: date)
        }
    }

    func testAWriteOverTheFileSizeLimitIsCutBackAndSaysSo() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write(Self.log(outages: 2, note: 100))
        let before = try log.text
        // dash's `ulimit -f` counts 512-byte blocks: the log is over 400 bytes, so the next record crosses 512.
        let r = try Binary.run(
            [
                "outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T09:00", "--state",
                log.path,
            ],
            launcher: ["/bin/sh", "-c", "ulimit -f 1; exec \"$@\"", "sh"])
        expectEqual(r.exitCode, 70)
        expectTrue(r.stderr.contains("could not write to the outage log '\(log.path)': File too large"))
        expectTrue(r.stderr.contains("ulimit -f"))
        expectTrue(r.stderr.contains("nothing was written"))
        try expectEqual(try log.text, before)
        try expectEqual(try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00"]).exitCode, 0)
    }

    func testFromEightyPerCentOfTheLimitAWriteWarnsNamingOutageArchive() throws {
        let log = try SharedLog()
        defer { log.remove() }
        // 140 outages of about 100 KB: 13.4 MiB, 83 % of 16 MiB.
        try log.write(Self.log(outages: 140, note: 100_000))
        let r = try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T09:00"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(
            r.stderr.hasPrefix("govctl: warning: the outage log '\(log.path)' is 1"), "\(r.stderr)")
        expectTrue(
            r.stderr.contains(" bytes, 83 % of govctl's limit of 16 MiB (at the limit, writes are refused)"),
            "\(r.stderr)")
        expectTrue(r.stderr.contains("govctl outage archive --before DATE --state \(log.path)"))
        // Below 80 %, nothing is said.
        let small = try SharedLog()
        defer { small.remove() }
        let quiet = try small.run(
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T09:00"])
        expectEqual(quiet.exitCode, 0)
        expectTrue(quiet.stderr.isEmpty)
    }

    func testARecordThatWouldTakeTheLogOverTheLimitIsRefusedAndTheCheckStillReadsIt() throws {
        let log = try SharedLog()
        defer { log.remove() }
        // Filled up to 50 bytes below 16 MiB by one more outage's note.
        let limit = 16 * 1024 * 1024
        var text = Self.log(outages: 167, note: 100_000)
        text += Self.outage(167, note: limit - 50 - text.utf8.count - Self.outage(167, note: 0).utf8.count)
        expectEqual(text.utf8.count, 16 * 1024 * 1024 - 50)
        try log.write(text)
        let r = try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T09:00"])
        expectEqual(r.exitCode, 65)
        expectTrue(
            r.stderr.contains(
                "over govctl's limit of 16 MiB (16777216 bytes), and could no longer be read; nothing was written"))
        expectTrue(r.stderr.contains("govctl outage archive --before DATE"))
        try expectEqual(try log.text, text)
        try expectEqual(try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00"]).exitCode, 0)
    }
}

/// Issue 24, point 8: two repairs in one second keep two backups.
final class RepairBackupTests: XCTestCase {
    func testTwoRepairsInOneSecondNeverOverwriteABackup() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let start =
            "{\"v\":1,\"event\":\"start\",\"system\":\"sesam-lmn\",\"at\":\"2026-11-21T07:00:00Z\",\"outage\":\"a\"}\n"
        let now = ["--now", "2026-11-21T09:00"]
        try log.write(start + "{\"v\":1,\"event\":\"end\",\"sys")
        let first = try log.run(["outage", "repair"] + now)
        expectEqual(first.exitCode, 0, "\(first.stderr)")
        expectTrue(first.stdout.contains("backup: \(log.path).bak-20261121T080000\n"))
        try log.write(start + "{\"v\":1,\"event\":\"prog")
        let second = try log.run(["outage", "repair"] + now)
        expectEqual(second.exitCode, 0, "\(second.stderr)")
        expectTrue(second.stdout.contains("backup: \(log.path).bak-20261121T080000-2\n"))
        try expectTrue(
            try String(contentsOfFile: log.path + ".bak-20261121T080000", encoding: .utf8).hasSuffix(
                "\"event\":\"end\",\"sys"))
        try expectTrue(
            try String(contentsOfFile: log.path + ".bak-20261121T080000-2", encoding: .utf8).hasSuffix(
                "\"event\":\"prog"))
    }
}
