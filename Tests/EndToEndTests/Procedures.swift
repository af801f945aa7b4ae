import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The repository's procedures loaded in-process, for tests of GovKit's queries with typed inputs.
enum Procedures {
    /// Checked (no errors) at each call; read and loaded once for every test (eight of them ask, and the debug build
    /// takes a quarter of a CPU-second to load the five files).
    static func catalog() throws -> Catalog {
        let set = try loaded.get()
        expectTrue(set.errors.isEmpty)
        return Catalog(set.procedures)
    }

    private static let loaded = Result { () throws -> ProcedureSet in
        let files = try ProcedureFiles.read([Binary.root.appending(path: "procedures").path])
        return ProcedureLoader.load(files, today: CalendarDate(year: 2026, month: 11, day: 21))
    }

    /// An instant from ISO 8601 text with an offset (no zone guessing in a test's inputs).
    static func instant(_ text: String) throws -> Date {
        try require(LocalClock(zone: TimeZone(secondsFromGMT: 0)!).parse(text))
    }
}
