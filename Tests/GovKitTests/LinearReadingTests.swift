import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 18, "Linear everywhere": the faster readers give the answers of the ones they replace. (The times are in
/// docs/performance.md, made with scripts/linear-time.py; tests assert no times.)
final class LinearReadingTests: XCTestCase {
    /// The position by the old scan from the start of the file, which the line table replaces.
    static func scanned(_ bytes: [UInt8], _ offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in bytes[..<min(max(offset, 0), bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    func testPositionsFromTheLineTableAreTheScannedOnes() {
        let long = String(repeating: "åx", count: 700)
        let texts = [
            "", "\n", "a", "{\n  \"å\": 1,\n  \"b\": [1, 2]\n}\n", long, "a\n" + long + "\n\nb",
            String(repeating: "x", count: LineTable.block * 3), String(repeating: "\n", count: 600),
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let source = SourceText(path: "t", bytes: bytes)
            for offset in [-1] + Array(0...bytes.count) + [bytes.count + 5] {
                expectEqual(source.position(of: offset), Self.scanned(bytes, offset), "\(offset) in \(text.prefix(20))")
            }
        }
    }

    func testCalendarArithmeticAgreesWithFoundationFrom1900To2200() throws {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = try require(TimeZone(identifier: "UTC"))
        let first = CivilTime.days(year: 1900, month: 1, day: 1)
        let last = CivilTime.days(year: 2200, month: 12, day: 31)
        expectEqual(first, -25_567)
        for days in stride(from: first, through: last, by: 7) + [last] {
            let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400))
            let c = utc.dateComponents([.year, .month, .day, .weekday], from: date)
            let (year, month, day) = CivilTime.date(days: days)
            expectEqual([year, month, day], [c.year, c.month, c.day], "\(days)")
            expectEqual(CivilTime.days(year: year, month: month, day: day), days)
            expectEqual(CivilTime.isoWeekday(days: days), ((c.weekday ?? 1) + 5) % 7 + 1)
        }
    }

    func testLocalTimesAgreeWithFoundationAcrossDaylightSavingAndZones() throws {
        for zone in ["Europe/Stockholm", "Europe/Oslo", "America/St_Johns", "Asia/Kathmandu", "UTC"] {
            let clock = try LocalClock(identifier: zone)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = clock.zone
            // Every 97 minutes and 13 seconds through 2026, and instants around 1900, 1970 and 2200.
            let instants =
                stride(from: 1_767_225_600.0, to: 1_798_761_600, by: 5_833).map { $0 }
                + [-2_208_988_800, -2_208_988_801.5, -0.5, 0, 7_258_118_399, 1_795_258_800.999]
            for t in instants {
                let date = Date(timeIntervalSince1970: t)
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
                let local = clock.local(date)
                expectEqual(
                    [local.year, local.month, local.day, local.hour, local.minute, local.second],
                    [c.year, c.month, c.day, c.hour, c.minute, c.second], "\(zone) \(t)")
                expectEqual(local.isoWeekday, ((c.weekday ?? 1) + 5) % 7 + 1)
            }
        }
    }

    func testTheCanonicalUTCFormIsReadAsTheISOReaderReadsIt() throws {
        let utc = LocalClock(zone: try require(TimeZone(identifier: "UTC")))
        for text in [
            "2026-11-21T08:00:00Z", "1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z", "2024-02-29T12:30:45Z",
        ] {
            expectTrue(CivilTime.canonicalUTC(text) != nil)
            expectEqual(CivilTime.canonicalUTC(text), utc.parse(text), "\(text)")
        }
        // Anything else is left to the ISO reader (which refuses these, or reads them another way).
        for text in [
            "2026-11-21T08:00:00+00:00", "2026-11-21T08:00Z", "2026-02-29T08:00:00Z", "1899-12-31T23:59:59Z",
            "2026-11-21T24:00:00Z", "2026-11-21T08:60:00Z", "2026-13-01T08:00:00Z", "2026-11-21 08:00:00Z",
            "２０２６-11-21T08:00:00Z", "2026-11-21T08:00:00z", "",
        ] {
            expectTrue(CivilTime.canonicalUTC(text) == nil, "\(text)")
        }
    }

    func testALineInGovctlsOwnFormIsReadAsTheJSONReaderReadsIt() throws {
        let record = OutageRecord(
            event: .start, system: "sesam-lmn", at: Date(timeIntervalSince1970: 1_795_258_800), outage: "o-1",
            scenario: "server-unreachable", note: "Driftstörning – åter 14:00")
        for line in [
            JSONWriter.compact(record.json), "{\"v\":1,\"event\":\"end\",\"system\":\"x\",\"at\":null}", "{\"a\":\"\"}",
            "{\"v\":1,\"note\":\"🚑 \u{7F}\"}",
        ] {
            let bytes = ArraySlice(Array(line.utf8))
            let fast = try require(OutageLine.compactObject(bytes), "\(line)")
            try expectEqual(fast, (try JSONParser.parse(Array(bytes)).root.value), "\(line)")
        }
        // Other forms go to the JSON reader: white space, escapes, other numbers, nesting, duplicate keys, bad UTF-8.
        for line in [
            "{\"v\": 1}", " {\"v\":1}", "{\"v\":1} ", "{\"note\":\"a\\nb\"}", "{\"v\":1.0}", "{\"v\":12}",
            "{\"v\":true}",
            "{\"a\":{}}", "{\"a\":[]}", "{\"v\":1,\"v\":1}", "{}", "{\"v\":1,}", "{\"v\":1", "[1]", "{\"v\":nul}",
            "{\"a\":\"\u{1}\"}",
        ] {
            expectTrue(OutageLine.compactObject(ArraySlice(Array(line.utf8))) == nil, "\(line)")
        }
        expectTrue(OutageLine.compactObject(ArraySlice([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D])) == nil)
    }

    func testALogReadInPiecesKeepsItsOrderAndLineNumbersAndStopsAtTheFirstBadLine() throws {
        let count = 40_000
        var text = ""
        for i in 0..<count {
            let record = OutageRecord(
                event: i % 2 == 0 ? .start : .end, system: "s\(i % 7)", at: Date(timeIntervalSince1970: Double(i) * 60),
                outage: "o-\(i / 2)")
            text += JSONWriter.compact(record.json) + "\n"
            if i == 10 { text += "\n" } // an empty line is skipped, and counted
        }
        let records = try OutageLog.parse(Array(text.utf8), path: "log").get()
        expectEqual(records.count, count)
        expectEqual(records.map(\.outage), (0..<count).map { "o-\($0 / 2)" })
        expectTrue(records[11].line == 13 && records.last?.line == count + 1)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines[15_000] = "{\"v\":1,\"event\":\"start\"}"
        lines[35_000] = "garbage"
        guard case .failure(let error) = OutageLog.parse(Array(lines.joined(separator: "\n").utf8), path: "log") else {
            reportFailure("a bad line was read")
            return
        }
        expectEqual(error.message, "log line 15001 is not a valid outage record: it has no \"system\"")
        expectEqual(error.hint?.hasPrefix("correct or remove line 15001 by hand"), true)
        // A last line without its line end, in the last of several pieces, is a write that was cut off.
        expectTrue(text.utf8.count > 3 << 20) // four pieces or more
        let torn = text + "{\"v\":1,\"event\":\"sta"
        guard case .failure(let cut) = OutageLog.parse(Array(torn.utf8), path: "log") else {
            reportFailure("a torn line was read")
            return
        }
        expectTrue(cut.message.hasPrefix("log line \(count + 2) is not a valid outage record: it is not JSON"))
        expectEqual(cut.hint?.hasPrefix("a write was cut off"), true)
    }

    func testTestLookupsGiveTheCatalogsAnswers() throws {
        let files = try ProcedureFiles.read([Repository.url("procedures").path])
        let catalog = Catalog(
            ProcedureLoader.load(files, today: CalendarDate(year: 2026, month: 11, day: 21)).procedures)
        let lookups = TestLookups(catalog)
        for procedure in catalog.procedures {
            for guide in procedure.guides {
                try expectEqual(try lookups.guide(id: guide.id).0.id, catalog.guide(id: guide.id).0.id)
            }
            for system in procedure.systems {
                for name in [system.id, system.name, system.name.uppercased()] + system.aliases {
                    let (found, owner) = try lookups.system(named: name)
                    let (expected, expectedOwner) = try catalog.system(named: name)
                    expectTrue(found.id == expected.id && owner.id == expectedOwner.id, "\(name)")
                }
            }
        }
        for name in ["LVSM", "nothing at all"] {
            let expected = expectThrows(GovError.self) { try catalog.system(named: name) }
            let twice = (0..<2).map { _ in expectThrows(GovError.self) { try lookups.system(named: name) } }
            expectTrue(twice.allSatisfy { $0?.message == expected?.message && $0?.hint == expected?.hint })
        }
        expectThrows(GovError.self) { try lookups.guide(id: "no-such-guide") }
        // A procedure twice: its systems and guides are ambiguous, and the look-ups refuse them as the catalog does.
        let twice = Catalog(catalog.procedures + catalog.procedures.prefix(1))
        let doubled = TestLookups(twice)
        let first = try require(catalog.procedures.first)
        for (name, guide) in [(first.systems[0].name, first.guides[0].id)] {
            let expected = expectThrows(GovError.self) { try twice.system(named: name) }
            let found = expectThrows(GovError.self) { try doubled.system(named: name) }
            expectTrue(found?.message == expected?.message && expected?.message.contains("names 2 systems") == true)
            let expectedGuide = expectThrows(GovError.self) { try twice.guide(id: guide) }
            let foundGuide = expectThrows(GovError.self) { try doubled.guide(id: guide) }
            expectEqual(foundGuide?.message, expectedGuide?.message)
        }
        let other = try require(catalog.procedures.last?.systems.first)
        try expectEqual(try doubled.system(named: other.name).0.id, other.id)
    }

    func testAnUnknownNamesHintListsAtMostThirtyNames() {
        let names = (1...100).map { "System \($0)" }
        let error = GovError.unknown("system", "Sistem 7", among: names)
        expectEqual(
            error.hint, "did you mean 'System 7'? known: \(names.prefix(30).joined(separator: ", ")) and 70 more")
        expectEqual(GovError.unknown("system", "xyz", among: ["Alpha", "Beta"]).hint, "known: Alpha, Beta")
    }
}
