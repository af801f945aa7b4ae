import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// `ReserveStatusQuery` called with instants: the start reaches the guide as a time, never as text.
final class ReserveStatusQueryTests: XCTestCase {
    func testAStartGivenAsAnInstantIsCountedAcrossTheAutumnNight() throws {
        let query = ReserveStatusQuery(
            system: "Sesam LMN", since: .instant(try Procedures.instant("2026-10-24T22:30:00Z")),
            now: .instant(try Procedures.instant("2026-10-25T03:15:00Z")))
        let status = try query.answer(in: try Procedures.catalog()).status
        expectEqual(status.elapsedSeconds, 4 * 3600 + 45 * 60)
        expectEqual(status.level, .critical)
        expectEqual(status.since?.iso, "2026-10-25T00:30:00+02:00")
        try expectEqual(status.result.times["since"], (try Procedures.instant("2026-10-24T22:30:00Z")))
    }

    func testTheOpenOutageInTheLogGivesTheStartWithItsSecondsIntact() throws {
        let directory = try TemporaryDirectory.make("query")
        defer { TemporaryDirectory.remove(directory) }
        let log = directory.appending(path: "outages.jsonl")
        let start = try Procedures.instant("2026-11-21T07:00:30Z")
        _ = try OutageLog(path: log.path).initialize(group: nil)
        try OutageLog(path: log.path).append { _ in
            [OutageRecord(event: .start, system: "sesam-lmn", at: start, outage: "o1")]
        }
        let query = ReserveStatusQuery(
            system: "sesam-lmn", now: .instant(try Procedures.instant("2026-11-21T08:30:00Z")),
            log: OutageLog(path: log.path))
        let answer = try query.answer(in: try Procedures.catalog())
        // Text with whole minutes would have lost the 30 seconds.
        expectEqual(answer.status.elapsedSeconds, 3600 + 29 * 60 + 30)
        expectEqual(answer.status.level, .warning)
        expectEqual(answer.status.deadline?.clock, "12:00")
        expectTrue(answer.warnings.isEmpty)
    }

    func testAPrognosisForALaterTimeKeepsItAWarningAndOneWhoseTimeHasPassedDoesNot() throws {
        let catalog = try Procedures.catalog()
        let now = try Procedures.instant("2026-11-21T12:00:00Z")
        var query = ReserveStatusQuery(
            system: "sesam-lmn", since: .instant(try Procedures.instant("2026-11-21T07:00:00Z")),
            prognosis: .given(eta: .instant(now.addingTimeInterval(60))), now: .instant(now))
        let status = try query.answer(in: catalog).status
        expectEqual(status.level, .warning)
        expectEqual(status.prognosisEta?.clock, "13:01")
        query.prognosis = .given(eta: .instant(now))
        let passed = try query.answer(in: catalog).status
        expectEqual(passed.level, .critical)
        expectTrue(passed.prognosisPassed)
    }

    func testNoLogIsNotNoOutageButCannotTell() throws {
        let query = ReserveStatusQuery(
            system: "sesam-lmn", now: .instant(try Procedures.instant("2026-11-21T12:00:00Z")),
            log: OutageLog(path: "/nonexistent/outages.jsonl"))
        expectThrows {
            _ = try query.answer(in: try Procedures.catalog())
        } matching: { error in
            (error as? GovError)?.exitCode == 3
        }
    }

    func testAStartAfterNowCannotBeToldAndExitsThree() throws {
        let query = ReserveStatusQuery(
            system: "sesam-lmn", since: .instant(try Procedures.instant("2026-11-22T07:00:00Z")),
            now: .instant(try Procedures.instant("2026-11-21T07:00:00Z")))
        expectThrows {
            _ = try query.answer(in: try Procedures.catalog())
        } matching: { error in
            (error as? GovError)?.exitCode == 3
        }
    }
}
