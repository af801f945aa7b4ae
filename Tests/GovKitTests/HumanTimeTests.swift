import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Times as people type them at 3 a.m., in nb and sv, read in the procedure's zone and right across both DST nights.
final class HumanTimeTests: XCTestCase {
    /// An instant written in UTC.
    static func utc(_ text: String) -> Date { LocalClock(zone: TimeZone(secondsFromGMT: 0)!).parse(text)! }

    /// One typed answer, when it is typed (UTC), how it is meant, and the instant it names (UTC).
    struct Case: Sendable, CustomStringConvertible {
        let typed: String
        let now: String
        var direction: HumanTime.Direction = .past
        let expected: String
        var description: String { "'\(typed)' at \(now)Z means \(expected)Z" }
    }

    /// 2026-10-25 is the autumn night (03:00 CEST becomes 02:00 CET, 01:00Z); 04:15 CET is 03:15Z.
    static let autumn: [Case] = [
        Case(typed: "02:40", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:40Z"),
        Case(typed: "2.40", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:40Z"),
        Case(typed: "kl. 2.40", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:40Z"),
        Case(typed: "klokka 02:40", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:40Z"),
        Case(typed: "klockan 2:40", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:40Z"),
        // In the repeated hour, the latest 02:40 that has been: the first one, while the second is still to come.
        Case(typed: "02:40", now: "2026-10-25T01:10Z", expected: "2026-10-25T00:40Z"),
        Case(typed: "i går 23:10", now: "2026-10-25T03:15Z", expected: "2026-10-24T21:10Z"),
        Case(typed: "igår 23:10", now: "2026-10-25T03:15Z", expected: "2026-10-24T21:10Z"),
        Case(typed: "I GÅR kl. 23.10", now: "2026-10-25T03:15Z", expected: "2026-10-24T21:10Z"),
        Case(typed: "yesterday 23:10", now: "2026-10-25T03:15Z", expected: "2026-10-24T21:10Z"),
        // 23:10 without a day, typed after midnight, is yesterday's: the latest one that has been.
        Case(typed: "23:10", now: "2026-10-25T03:15Z", expected: "2026-10-24T21:10Z"),
        Case(typed: "i dag 00:30", now: "2026-10-25T03:15Z", expected: "2026-10-24T22:30Z"),
        // Four hours ago across the night is four hours of real time, not of the wall clock.
        Case(typed: "för 4 timmar sedan", now: "2026-10-25T03:15Z", expected: "2026-10-24T23:15Z"),
        Case(typed: "for 4 timer siden", now: "2026-10-25T03:15Z", expected: "2026-10-24T23:15Z"),
        Case(typed: "för en timme sedan", now: "2026-10-25T03:15Z", expected: "2026-10-25T02:15Z"),
        Case(typed: "for 90 minutter siden", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:45Z"),
        Case(typed: "för 1 timme och 30 minuter sedan", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:45Z"),
        Case(typed: "2 hours ago", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:15Z"),
        Case(typed: "-2h", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:15Z"),
        Case(typed: "-1h30m", now: "2026-10-25T03:15Z", expected: "2026-10-25T01:45Z"),
        Case(typed: "-45m", now: "2026-10-25T03:15Z", expected: "2026-10-25T02:30Z"),
        Case(typed: "2026-10-25T00:30", now: "2026-10-25T03:15Z", expected: "2026-10-24T22:30Z"),
        Case(typed: "2026-10-25T02:30Z", now: "2026-10-25T03:15Z", expected: "2026-10-25T02:30Z"),
        // A prognosis: the next 14:00.
        Case(typed: "14:00", now: "2026-10-25T03:15Z", direction: .future, expected: "2026-10-25T13:00Z"),
        Case(typed: "kl. 1.00", now: "2026-10-25T03:15Z", direction: .future, expected: "2026-10-26T00:00Z"),
        Case(typed: "i morgon 08:00", now: "2026-10-25T03:15Z", direction: .future, expected: "2026-10-26T07:00Z"),
        // A guide's time fact: the nearest.
        Case(typed: "23:10", now: "2026-10-25T03:15Z", direction: .nearest, expected: "2026-10-24T21:10Z"),
        Case(typed: "09:00", now: "2026-10-25T03:15Z", direction: .nearest, expected: "2026-10-25T08:00Z"),
    ]

    /// 2026-03-29 is the spring night (02:00 CET becomes 03:00 CEST, 01:00Z); 04:15 CEST is 02:15Z.
    static let spring: [Case] = [
        Case(typed: "01:30", now: "2026-03-29T02:15Z", expected: "2026-03-29T00:30Z"),
        Case(typed: "03:30", now: "2026-03-29T02:15Z", expected: "2026-03-29T01:30Z"),
        Case(typed: "för 2 timmar sedan", now: "2026-03-29T02:15Z", expected: "2026-03-29T00:15Z"),
        Case(typed: "for 2 timer siden", now: "2026-03-29T02:15Z", expected: "2026-03-29T00:15Z"),
        Case(typed: "i går 23:10", now: "2026-03-29T02:15Z", expected: "2026-03-28T22:10Z"),
    ]

    func testATypedTimeNamesTheInstantItMeans() throws {
        for a0 in ["Europe/Stockholm", "Europe/Oslo"] {
            for a1 in Self.autumn + Self.spring {
                try withCase("\(a0), \(a1)") { try aTypedTimeNamesTheInstantItMeans(zone: a0, c: a1) }
            }
        }
    }

    func aTypedTimeNamesTheInstantItMeans(zone: String, c: Case) throws {
        let clock = try LocalClock(identifier: zone)
        let read = try HumanTime.read(c.typed, now: Self.utc(c.now), clock: clock, direction: c.direction)
        expectEqual(read, Self.utc(c.expected))
    }

    func testATimeTheClocksSkippedIsRefusedNotMovedToAnotherDay() throws {
        let clock = try LocalClock(identifier: "Europe/Stockholm")
        expectThrows(HumanTime.Problem.skipped("2026-03-29 02:30")) {
            try HumanTime.read("02:30", now: Self.utc("2026-03-29T02:15Z"), clock: clock, direction: .past)
        }
        expectThrows(HumanTime.Problem.skipped("2026-03-29 02:30")) {
            try HumanTime.read("i dag 02:30", now: Self.utc("2026-03-29T02:15Z"), clock: clock, direction: .past)
        }
    }

    func testAnythingElseIsNotATime() throws {
        for a0 in [
            "", "  ", "25:00", "02:60", "2:4", "0240", "i går", "kl.", "för timmar sedan", "for 2 dager siden", "-2",
            "-h", "-2x", "2 hours", "i overmorgen 02:40", "02:40 03:40", "2026-13-01", "-9999999h",
            "for 9999 timer siden",
        ] {
            withCase("\(a0)") { anythingElseIsNotATime(typed: a0) }
        }
    }

    func anythingElseIsNotATime(typed: String) {
        expectEqual(HumanTime.problem(typed), .notATime)
    }

    func testAProcedureFilesTimeIsIso8601Alone() {
        expectTrue(TimeInput.syntaxProblem("02:40", isoOnly: true) != nil)
        expectTrue(TimeInput.syntaxProblem("2026-10-25T00:30", isoOnly: true) == nil)
        expectTrue(TimeInput.syntaxProblem("02:40") == nil)
    }
}
