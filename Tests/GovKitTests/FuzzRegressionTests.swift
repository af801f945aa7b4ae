import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Every input in `Fuzz/regressions/TARGET/` run through what its fuzz target does (see `Fuzz/targets`), so a crash
/// once found stays fixed without a fuzzing build.
final class FuzzRegressionTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Fuzz/regressions")

    static func inputs(_ target: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appending(path: target).path).sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appending(path: "\(target)/\(name)")))
    }

    func testTheJSONReaderJudgesTheInputAndWhatItWritesReadsBack() throws {
        for a0 in try Self.inputs("json") {
            try withCase("\(a0)") { try theJSONReaderJudgesTheInputAndWhatItWritesReadsBack(a0) }
        }
    }

    func theJSONReaderJudgesTheInputAndWhatItWritesReadsBack(_ name: String) throws {
        guard let document = try? JSONParser.parse(try Self.bytes("json", name)) else { return }
        let written = JSONWriter.compact(document.root.value)
        expectTrue((try? JSONParser.parse(Array(written.utf8))) != nil)
    }

    /// The engine returns or throws, without a trap. (No clock: the limits are counts of steps, sizes and depth, and a
    /// time bound failed on a loaded machine; a rule the limits miss would hang the run, not pass it.)
    func testTheEngineAnswersOrThrowsWithinItsLimits() throws {
        for a0 in try Self.inputs("logic") {
            try withCase("\(a0)") { try theEngineAnswersOrThrowsWithinItsLimits(a0) }
        }
    }

    func theEngineAnswersOrThrowsWithinItsLimits(_ name: String) throws {
        let bytes = try Self.bytes("logic", name)
        let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
        let rule = try Rule(try JSONParser.parse(Array(bytes[..<split])).root.value)
        let data = split < bytes.endIndex ? try JSONParser.parse(Array(bytes[(split + 1)...])).root.value : .null
        do throws(LogicError) {
            _ = JSONWriter.compact(try rule.evaluate(data))
        } catch {
            expectTrue(!ErrorRenderer.text(error).isEmpty)
        }
    }

    func testTheLoaderAndRenderersTakeTheFile() throws {
        for a0 in try Self.inputs("loader") {
            try withCase("\(a0)") { try theLoaderAndRenderersTakeTheFile(a0) }
        }
    }

    func theLoaderAndRenderersTakeTheFile(_ name: String) throws {
        let set = ProcedureLoader.load(
            [ProcedureFile(path: name, bytes: try Self.bytes("loader", name))],
            today: CalendarDate(year: 2026, month: 11, day: 21))
        let today = LocalClock(zone: TimeZone(secondsFromGMT: 3600) ?? .current).local(
            Date(timeIntervalSince1970: 1_795_766_400))
        for procedure in set.procedures {
            expectTrue(!ProcedureRenderer.text(procedure, language: nil, today: today).isEmpty)
            expectTrue(!ProcedureRenderer.json(procedure, today: today).isEmpty)
        }
        for procedure in set.procedures {
            for guide in procedure.guides {
                guard let monitor = guide.monitor else { continue }
                var request = GuideRequest(now: today.date)
                request.timeFacts[monitor.since] = today.date.addingTimeInterval(-3600)
                guard let result = try? GuideEvaluator.evaluate(guide, in: procedure, request: request),
                    let status = MonitorStatus(result)
                else { continue }
                expectTrue(!MonitorStatusRenderer.nagios(status).isEmpty)
                expectTrue(status.deadlineMinutes.map { $0 <= TimeBounds.maxDeadlineMinutes } ?? true)
            }
        }
        _ = ProcedureTestRunner.run(Catalog(set.procedures), now: today.date)
    }
}
