import TestSupport
import XCTest

@testable import GovKit

/// A citation's parts are what lies between its semicolons, without the spaces at either end; empty parts are
/// dropped, and characters beyond ASCII are never cut.
final class CitationPartsTests: XCTestCase {
    static func parts(_ text: String) -> [String] {
        Citation(path: "", text: text, offset: 0, summary: nil, interpretation: nil).parts
    }

    func testPartsAreSplitAtSemicolonsAndTrimmedOfSpaces() {
        expectEqual(Self.parts("3. FREMGANGSMÅTE, Systemeier; 4 Ansvar"), ["3. FREMGANGSMÅTE, Systemeier", "4 Ansvar"])
        expectEqual(Self.parts("  a ;; b  ;"), ["a", "b"])
        expectEqual(Self.parts("3 Genomförande (”Efter 4 timmar”)"), ["3 Genomförande (”Efter 4 timmar”)"])
    }

    func testACitationOfOnlySpacesAndSemicolonsHasNoParts() {
        expectTrue(Self.parts("").isEmpty)
        expectTrue(Self.parts(" ; ;  ").isEmpty)
    }
}
