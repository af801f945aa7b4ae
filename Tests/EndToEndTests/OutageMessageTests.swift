import Foundation
import TestSupport
import XCTest

/// Issue 27: an outage command's refusal names what it refused exactly.
final class OutageMessageTests: XCTestCase {
    func testAnEndRefusedAsBeforeTheStartShowsTheSecondsThatTellThemApart() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let start = try log.run([
            "outage", "start", "sesam-lmn", "--at", "2026-11-21T07:30:20", "--now", "2026-11-21T08:00",
        ])
        expectEqual(start.exitCode, 0, "\(start.stderr)")
        let end = try log.run([
            "outage", "end", "sesam-lmn", "--at", "2026-11-21T07:30:05", "--now", "2026-11-21T08:00",
        ])
        expectEqual(end.exitCode, 65)
        expectTrue(
            end.stderr.contains("the end 2026-11-21 07:30:05 is before the outage's start 2026-11-21 07:30:20"),
            "\(end.stderr)")
    }

    func testAmendingACancelledOutageSaysItWasCancelledNotThatItIsOpen() throws {
        let log = try SharedLog()
        defer { log.remove() }
        _ = try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T07:30", "--now", "2026-11-21T08:00"])
        _ = try log.run(["outage", "cancel", "sesam-lmn", "--now", "2026-11-21T08:01"])
        let id = try require(
            try log.text.split(separator: "\"").first(where: { $0.hasPrefix("sesam-lmn-") }).map(String.init))
        let amend = try log.run([
            "outage", "amend", "sesam-lmn", "--outage", id, "--end", "2026-11-21T07:50", "--now", "2026-11-21T08:02",
        ])
        expectEqual(amend.exitCode, 65)
        expectTrue(
            amend.stderr.contains("the outage \(id) was cancelled; there is nothing to correct"), "\(amend.stderr)")
        expectTrue(!amend.stderr.contains("still open"))
    }
}
