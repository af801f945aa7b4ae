import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 18: the ISO time reader takes ASCII digits in fixed widths, offsets up to ±14:00, years 1900–2200.
final class StrictTimeInputTests: XCTestCase {
    let oslo = LocalClock(zone: TimeZone(identifier: "Europe/Oslo") ?? .current)

    func testSignsDigitsOfOtherScriptsAndLongOffsetsAreRefused() {
        for text in [
            "2026-11-21T+8:00", "2026-11-21T08:+5", "2026-11-21T08:00+18:59", "2026-11-21T08:00+14:01",
            "２０２６-11-21T08:00", "2026-١١-21T08:00", "2026-11-21T08:00+0200", "2026-11-21T08:00+2",
            "2026-11-21T8:00", "+2026-11-21", "2026-11-21T08:00:5", "2026-11-21T08:00:00.", "2026-11-21+01:00",
            "2026-11-21T08:00−01:00", "2026-11-21T08:00ZZ", "2026-11-21T08:00Z+01:00",
        ] {
            expectTrue(oslo.parse(text) == nil, "\(text)")
        }
    }

    func testTheUsualFormsAreRead() {
        for text in [
            "2026-11-21", "2026-11-21T08:00", "2026-11-21 08:00:30", "2026-11-21T08:00:30.250Z",
            "2026-11-21T08:00+14:00", "2026-11-21T08:00-12:00", " 2026-11-21T08:00 ",
        ] {
            expectTrue(oslo.parse(text) != nil, "\(text)")
        }
    }

    func testYearsOutsideTheRangeHaveTheirOwnProblem() {
        expectThrows(ISOTimeText.Problem.yearOutOfRange(999)) { try ISOTimeText.read("0999-01-01T00:00") }
        expectThrows(ISOTimeText.Problem.yearOutOfRange(1)) { try ISOTimeText.read("0001-01-01") }
        expectThrows(ISOTimeText.Problem.yearOutOfRange(2201)) { try ISOTimeText.read("2201-01-01") }
        expectTrue((try? ISOTimeText.read("1900-01-01")) != nil)
        expectTrue((try? ISOTimeText.read("2200-12-31T23:59")) != nil)
    }

    func testAYearOutOfRangeOnTheCommandLineSaysSo() throws {
        let input = TimeInput.text(
            "0001-01-01T00:00", otherwise: GovError(.usage, "'--eta 0001-01-01T00:00' is not a time"))
        do throws(GovError) {
            _ = try input.date(in: oslo)
            reportFailure("a year-1 time was read")
        } catch {
            expectTrue(error.message.contains("the year 1 is outside 1900–2200"))
            expectEqual(error.kind, .usage)
        }
    }

    func testAnOverrideExitCodeIsKeptForAYearOutOfRange() throws {
        let input = TimeInput.text("3000-01-01", otherwise: GovError(.usage, "not a time").withExit(3))
        do throws(GovError) {
            _ = try input.date(in: oslo)
            reportFailure("a year-3000 time was read")
        } catch {
            expectEqual(error.exitCode, 3)
        }
    }

    func testTimesAreWrittenWithFourDigitYears() {
        let utc = LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current)
        let early = Date(timeIntervalSince1970: -62_135_596_800) // 0001-01-01T00:00Z
        expectTrue(utc.local(early).calendarDate.hasPrefix("0001-01-0"))
        expectTrue(utc.local(early).iso.hasPrefix("0001-01-0"))
        let late = Date(timeIntervalSince1970: 1_795_766_400)
        expectEqual(utc.local(late).calendarDate, "2026-11-27")
    }

    func testAWrittenTimeReadsBack() throws {
        let utc = LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current)
        let date = try require(utc.parse("1900-01-01T00:00Z"))
        expectEqual(utc.parse(utc.local(date).iso), date)
    }

    func testDeadlinesAreWholeMinutesWithinTenYears() {
        expectEqual(TimeBounds.deadlineMinutes(240), 240)
        expectEqual(TimeBounds.deadlineMinutes(240.9), 240)
        expectTrue(TimeBounds.deadlineMinutes(1e20) == nil)
        expectTrue(TimeBounds.deadlineMinutes(.infinity) == nil)
        expectTrue(TimeBounds.deadlineMinutes(-1) == nil)
        expectEqual(TimeBounds.deadlineMinutes(Double(TimeBounds.maxDeadlineMinutes)), TimeBounds.maxDeadlineMinutes)
        expectTrue(TimeBounds.wholeSeconds(1e300) > 0)
        expectTrue(TimeBounds.wholeSeconds(-.infinity) < 0)
        expectEqual(TimeBounds.wholeSeconds(.nan), 0)
    }
}
