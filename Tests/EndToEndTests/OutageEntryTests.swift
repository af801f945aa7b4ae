import Foundation
import TestSupport
import XCTest

/// Issue 13: prognoses with times, and a log that refuses nonsense, corrects by appending and keeps the history.
final class PrognosisTimeTests: XCTestCase {
    func testThePrognosisTimeIsShownInTextJSONAndNagios() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let given = try log.run([
            "outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T14:00", "--now", "2026-11-21T09:00",
        ])
        expectEqual(given.exitCode, 0, "\(given.stderr)")
        let now = ["--now", "2026-11-21T13:00"]
        let text = try log.run(["reserve-status", "sesam-lmn"] + now)
        expectEqual(text.exitCode, 1)
        expectTrue(text.stdout.contains("  Prognos: Sesam LMN åter 14:00\n"))
        // The reading about a prognosis whose time has passed is not said beside one still ahead (issue 24).
        expectTrue(!text.stdout.contains("en prognos vars tid har passerat"))
        let json = try log.run(["reserve-status", "sesam-lmn", "--format", "json"] + now)
        expectTrue(json.stdout.contains("\"eta\": \"2026-11-21T14:00:00+01:00\""))
        expectTrue(json.stdout.contains("\"passed\": false"))
        expectTrue(!json.stdout.contains("\"govctl:s tolkning, inte källans: "))
        let nagios = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--lang", "en"] + now)
        expectEqual(nagios.exitCode, 1)
        // WARNING 5 h after the start, past the 4 h deadline: the critical threshold is the prognosis's time.
        expectTrue(nagios.stdout.contains("; Prognosis: Sesam LMN back 14:00 | elapsed=18000s;0;21600;0;\n"))
        expectTrue(!nagios.stdout.contains("reading, not the source's"))
        let passed = ["--now", "2026-11-21T14:30"]
        let late = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--lang", "en"] + passed)
        expectEqual(late.exitCode, 2)
        expectTrue(late.stdout.contains("| elapsed=23400s;0;21600;0;\n"))
        expectTrue(late.stdout.contains("\ngovctl's reading, not the source's: a prognosis whose time has passed"))
        let lateText = try log.run(["reserve-status", "sesam-lmn"] + passed)
        expectTrue(lateText.stdout.contains("(govctl:s tolkning, inte källans: en prognos vars tid har passerat"))
        let lateJSON = try log.run(["reserve-status", "sesam-lmn", "--format", "json"] + passed)
        expectTrue(lateJSON.stdout.contains("\"govctl:s tolkning, inte källans: "))
    }

    func testAPrognosisWhoseTimeHasPassedNoLongerKeepsTheReserveRoutineOff() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        try expectEqual(
            try log.run(["outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T10:00", "--now", "2026-11-21T09:00"])
                .exitCode, 0)
        let before = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T09:59"])
        expectEqual(before.exitCode, 1)
        let after = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T12:00"])
        expectEqual(after.exitCode, 2)
        expectTrue(after.stdout.hasPrefix("SESAM LMN CRITICAL - reservrutinen för akuta förskrivningar är aktiverad"))
        expectTrue(after.stdout.contains("Prognos: Sesam LMN åter 10:00 (passerad)"))
    }

    func testAPrognosisAlreadyPastIsRefused() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let r = try log.run([
            "outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T09:00", "--now", "2026-11-21T10:00",
        ])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("the prognosis 2026-11-21 09:00 is already past"))
    }
}

final class OutageRefusalTests: XCTestCase {
    func testAnEndBeforeTheStartIsRefused() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let r = try log.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T07:00"])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("the end 2026-11-21 07:00 is before the outage's start 2026-11-21 08:00"))
    }

    func testAStartInTheFutureOrOutsideTheYearsIsRefused() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let future = try log.run(["outage", "start", "sesam-lmn", "--at", "2099-01-01T08:00"])
        expectEqual(future.exitCode, 65)
        expectTrue(future.stderr.contains("the start 2099-01-01 08:00 lies in the future"))
        let skew = try log.run([
            "outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00:30", "--now", "2026-11-21T08:00",
        ])
        expectEqual(skew.exitCode, 0, "a minute of clock skew is allowed")
        let old = try log.run(["outage", "amend", "sesam-lmn", "--start", "1850-01-01T08:00"])
        expectEqual(old.exitCode, 64)
        expectTrue(old.stderr.contains("the year 1850 is outside 1900–2200"))
        try expectTrue(try log.text.contains("\"at\":\"2026-11-21T07:00:30Z\""), "four-digit years, UTC")
    }

    func testASecondStartIsRefused() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let r = try log.run(["outage", "start", "sesam-lmn"])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("already open since 2026-11-21 08:00"))
    }

    func testASystemWithoutAReserveRoutineIsRefused() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let r = try log.run(["outage", "start", "LVMS"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("LVMS has no reserve routine to monitor"))
        try expectTrue(try log.text.isEmpty)
    }
}

final class OutageHistoryTests: XCTestCase {
    func testAmendAndCancelAppendCorrectionsThatKeepWhoAndWhen() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let amend = try log.run(["outage", "amend", "sesam-lmn", "--start", "2026-11-21T07:30", "--note", "rättad"])
        expectEqual(amend.exitCode, 0, "\(amend.stderr)")
        let status = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T11:30", "--format", "nagios"])
        expectEqual(status.exitCode, 2, "4 h from the amended start")
        let lines = try log.text.split(separator: "\n")
        expectEqual(lines.count, 2)
        expectTrue(lines[1].contains("\"event\":\"amend\""))
        expectTrue(lines[1].contains("\"by\":\""))
        expectTrue(lines[1].contains("\"recorded\":\""))
        let cancel = try log.run(["outage", "cancel", "sesam-lmn", "--note", "fel system"])
        expectEqual(cancel.exitCode, 0)
        let after = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T11:30", "--format", "nagios"])
        expectEqual(after.exitCode, 0)
        try expectEqual(try log.text.split(separator: "\n").count, 3, "append-only: nothing rewritten")
    }

    func testListAndShowGiveTheHistoryAndEveryActionTakesJSON() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let start = try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--format", "json"])
        expectTrue(start.stdout.hasPrefix("{"))
        expectTrue(start.stdout.contains("\"log\": \"\(log.path)\""))
        let end = try log.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T09:00", "--format", "json"])
        expectTrue(end.stdout.contains("\"action\": \"end\""))
        let show = try log.run(["outage", "show", "sesam-lmn"])
        expectTrue(show.stdout.contains("\tstart\t2026-11-21T08:00:00+01:00"))
        expectTrue(show.stdout.contains("\tend\t2026-11-21T09:00:00+01:00"))
        let showJSON = try log.run(["outage", "show", "sesam-lmn", "--format", "json"])
        expectTrue(showJSON.stdout.contains("\"history\": ["))
        for action in [["init"], ["repair"], ["list"], ["archive", "--before", "2026-01-01"]] {
            let r = try log.run(["outage"] + action + ["--format", "json"])
            expectTrue(r.stdout.hasPrefix("{"), "\(action)")
        }
    }

    func testArchiveMovesEndedOutagesBesideTheLog() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2025-11-21T08:00"]).exitCode, 0)
        try expectEqual(try log.run(["outage", "end", "sesam-lmn", "--at", "2025-11-21T09:00"]).exitCode, 0)
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let r = try log.run(["outage", "archive", "--before", "2026-01-01"])
        expectTrue(r.stdout.contains("moved 1 ended outage to \(log.path).archive"))
        try expectEqual(try log.text.split(separator: "\n").count, 1)
        let archived = try String(contentsOfFile: log.path + ".archive", encoding: .utf8)
        expectEqual(archived.split(separator: "\n").count, 2)
        let status = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00", "--format", "nagios"])
        expectEqual(status.exitCode, 1)
    }
}

/// Issue 13, point 7: text that fits the state.
final class StatusTextTests: XCTestCase {
    func testAnOutageThatStartedOnAnotherDayShowsItsDate() throws {
        let r = try Binary.run([
            "reserve-status", "sesam-lmn", "--since", "2026-11-20T22:00", "--now", "2026-11-21T09:00", "--format",
            "nagios",
        ])
        expectTrue(r.stdout.contains("sedan 2026-11-20 22:00 (11 h 00 min)"))
    }

    func testTheLabelIsTheDisplayNameOnErrorsToo() throws {
        let typo = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--stat", "/x"])
        expectEqual(typo.exitCode, 3)
        expectTrue(typo.stdout.hasPrefix("SESAM LMN UNKNOWN - unknown option '--stat'; did you mean '--state'?"))
        let bad = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--since", "igår"])
        expectTrue(bad.stdout.hasPrefix("SESAM LMN UNKNOWN - "))
    }
}
