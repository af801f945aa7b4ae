import Foundation
import TestSupport
import Testing

@testable import GovKit

/// The repository's procedures loaded in-process, for tests of GovKit's queries with typed inputs.
enum Procedures {
    static func catalog() throws -> Catalog {
        let files = try ProcedureFiles.read([Binary.root.appending(path: "procedures").path])
        let set = ProcedureLoader.load(files, today: CalendarDate(year: 2026, month: 11, day: 21))
        expectTrue(set.errors.isEmpty)
        return Catalog(set.procedures)
    }

    /// An instant from ISO 8601 text with an offset (no zone guessing in a test's inputs).
    static func instant(_ text: String) throws -> Date {
        try #require(LocalClock(zone: TimeZone(secondsFromGMT: 0)!).parse(text))
    }
}
