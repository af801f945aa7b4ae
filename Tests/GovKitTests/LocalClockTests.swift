import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Time in the procedure's zone, across both daylight-saving nights of 2026.
final class LocalClockTests: XCTestCase {
    let stockholm = try! LocalClock(identifier: "Europe/Stockholm")

    func minutes(_ from: String, _ to: String) -> Int? {
        guard let a = stockholm.parse(from), let b = stockholm.parse(to) else { return nil }
        return Int(b.timeIntervalSince(a) / 60)
    }

    func testTheAutumnNightHasAnExtraHour() {
        expectEqual(minutes("2026-10-25T00:30", "2026-10-25T04:15"), 285)
    }

    func testTheSpringNightIsAnHourShort() {
        expectEqual(minutes("2026-03-29T00:30", "2026-03-29T04:15"), 165)
    }

    func testATimeWithAnOffsetIsTakenAsWritten() {
        expectEqual(minutes("2026-10-25T00:30+02:00", "2026-10-25T02:15Z"), 225)
    }

    func testTheRepeatedAutumnHourMeansTheFirstOccurrence() {
        let date = stockholm.parse("2026-10-25T02:30")
        expectEqual(date.map { stockholm.local($0).offsetSeconds }, 7200)
    }

    func testATimeSkippedInSpringLandsAfterTheGap() {
        let date = stockholm.parse("2026-03-29T02:30")
        expectEqual(date.map { stockholm.local($0).clock }, "03:30")
    }

    func testMalformedTimesAreRejected() {
        for text in ["2026-13-01", "2026-02-30T10:00", "10:00", "2026-10-25T25:00", "2026-10-25T10:00+2", "yesterday"] {
            expectTrue(stockholm.parse(text) == nil, "\(text)")
        }
    }

    func testLocalFactsGiveTheISOWeekday() {
        let date = stockholm.parse("2026-11-23T10:30")
        expectEqual(date.map { stockholm.local($0).isoWeekday }, 1)
    }
}
