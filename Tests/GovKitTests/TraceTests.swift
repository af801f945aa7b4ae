import TestSupport
import XCTest

@testable import GovKit

/// Citations resolved against a document's outline, and the citations a file holds.
final class TraceTests: XCTestCase {
    /// A new index each time: the index makes its lowercase table on first need, so it is not shared across tests.
    static var index: SectionIndex {
        SectionIndex([
            OutlineSection(offset: 0, id: "3", title: "FREMGANGSMÅTE", notCarried: nil),
            OutlineSection(offset: 0, id: "3-systemeier", title: "Systemeier", notCarried: nil),
            OutlineSection(
                offset: 0, id: "3-tekniske-problemer", title: "Tekniske problemer, tilganger og endringsønsker",
                notCarried: nil),
            OutlineSection(offset: 0, id: "3.2", title: "Finansiering", notCarried: nil),
            OutlineSection(offset: 0, id: "UTFØRELSE 2", title: "Emne i saken", notCarried: nil),
        ])
    }

    func testACitationNamesASectionByIdHeadingOrBoth() throws {
        for (a0, a1) in [
            ("3.2", 3), ("Finansiering", 3), ("3.2 Finansiering", 3), ("3. FREMGANGSMÅTE", 0), ("UTFØRELSE 2", 4),
            ("3. FREMGANGSMÅTE, Systemeier", 1),
            ("3. FREMGANGSMÅTE, Tekniske problemer, tilganger og endringsønsker", 2),
            ("3.2 finansiering", 3), ("3.2  Finansiering", 3), ("3 FREMGANGSMÅTE (”Efter 4 timmar”)", 0),
        ] {
            withCase("\(a0), \(a1)") { aCitationNamesASectionByIdHeadingOrBoth(citation: a0, section: a1) }
        }
    }

    func aCitationNamesASectionByIdHeadingOrBoth(citation: String, section: Int) {
        expectEqual(Self.index.resolve(citation), section)
    }

    func testASectionTheOutlineLacksIsNotResolved() throws {
        for a0 in ["4. VEDLEGG", "Dokumenthode: Fagansvarlig", "3. FREMGANGSMÅTE, Systemeir", "UTFØRELSE 1–7"] {
            withCase("\(a0)") { aSectionTheOutlineLacksIsNotResolved(citation: a0) }
        }
    }

    func aSectionTheOutlineLacksIsNotResolved(citation: String) {
        expectTrue(Self.index.resolve(citation) == nil)
    }

    func testTheSuggestionKeepsThePrefixThatResolves() {
        expectEqual(Self.index.suggestion(for: "3. FREMGANGSMÅTE, Systemeir"), "3. FREMGANGSMÅTE, Systemeier")
        expectEqual(Self.index.suggestion(for: "Finansiring"), "Finansiering")
    }

    func testEverySourceOutsideTheTestsIsCollectedWithItsPathSummaryAndReading() throws {
        let text = """
            {"document": {"title": {"nb": "T"}},
             "roles": [{"id": "eier", "name": {"nb": "Eier", "en": "Owner"}, "source": "2",
                        "duties": [{"text": {"nb": "A"}, "source": "3"},
                                   {"text": {"nb": "B"}, "source": "3; 2", "interpretation": {"nb": "R", "en": "Reading"}}]}],
             "tests": [{"name": "t", "source": "ignored"}]}
            """
        let root = try JSONParser.parse(Array(text.utf8)).root
        let citations = CitationCollector.collect(root)
        expectEqual(citations.map(\.path), ["roles[eier]", "roles[eier].duties[1]", "roles[eier].duties[2]"])
        expectEqual(citations[0].summary?[.en], "Owner")
        expectEqual(citations[2].parts, ["3", "2"])
        expectEqual(citations[2].interpretation?[.en], "Reading")
    }
}

/// Citations down to paragraphs: `¶2`, `¶2-4`, `¶2.3`, `¶2.1-7` after a section, or alone after a part that names
/// one; what each carries, and the mistakes reported.
final class ParagraphCitationTests: XCTestCase {
    static var index: SectionIndex {
        SectionIndex([
            OutlineSection(
                offset: 0, id: "1", title: "Syfte", notCarried: nil,
                paragraphs: [
                    OutlineParagraph(offset: 1, opens: "Följande rutin", notCarried: nil, items: []),
                    OutlineParagraph(offset: 2, opens: "Samtliga driftstörningar", notCarried: nil, items: []),
                    OutlineParagraph(
                        offset: 3, opens: nil, notCarried: nil,
                        items: [
                            OutlineItem(offset: 4, opens: "Kundservice", notCarried: nil),
                            OutlineItem(offset: 5, opens: "Systemansvarig", notCarried: nil),
                            OutlineItem(offset: 6, opens: "Telefoniansvarig", notCarried: nil),
                        ]),
                ]),
            OutlineSection(offset: 7, id: "2", title: "Ansvar", notCarried: nil),
            OutlineSection(offset: 8, id: "3", title: "Genomförande", notCarried: nil, paragraphs: []),
        ])
    }

    /// The units each part carries, as "section:unit", or the kind of mistake.
    static func carried(_ citation: String) -> [String] {
        index.resolveParts(Citation(path: "", text: citation, offset: 0, summary: nil, interpretation: nil).parts).map {
            switch $0 {
            case .carried(let section, let units): "\(section):" + units.map(String.init).joined(separator: ",")
            case .unknownSection: "unknown section"
            case .unknownParagraph: "unknown paragraph"
            }
        }
    }

    func testACitationCarriesTheParagraphsItNames() throws {
        for (a0, a1) in [
            ("1 Syfte ¶2", ["0:1"]), ("1¶1", ["0:0"]), ("Syfte ¶1-2", ["0:0,1"]), ("1 ¶3.2", ["0:3"]),
            ("1 ¶3.1-3", ["0:2,3,4"]), ("1 ¶3.1–2", ["0:2,3"]), ("1 ¶1; ¶3.3", ["0:0", "0:4"]),
            // A section of one paragraph is Self.carried by a citation of the section; one of several is not.
            ("2 Ansvar", ["1:0"]), ("2 ¶1", ["1:0"]), ("1 Syfte", ["0:"]), ("3 Genomförande", ["2:"]),
        ] {
            withCase("\(a0), \(a1)") { aCitationCarriesTheParagraphsItNames(citation: a0, expected: a1) }
        }
    }

    func aCitationCarriesTheParagraphsItNames(citation: String, expected: [String]) {
        expectEqual(Self.carried(citation), expected)
    }

    func testAParagraphTheSectionLacksIsReported() throws {
        for a0 in [
            "1 ¶4", "1 ¶3", "1 ¶2.1", "1 ¶3.4", "1 ¶x", "1 ¶2-1", "1 ¶", "2 ¶2", "3 ¶1", "¶1", "1 ¶1.2.3",
        ] {
            withCase("\(a0)") { aParagraphTheSectionLacksIsReported(citation: a0) }
        }
    }

    func aParagraphTheSectionLacksIsReported(citation: String) {
        expectEqual(Self.carried(citation).last, "unknown paragraph")
    }

    func testASectionTheOutlineLacksIsReportedAsASection() {
        expectEqual(Self.carried("9 Bilagor ¶1"), ["unknown section"])
    }

    func testTheUnitsOfASectionTakeTheReasonOfTheirItemListOrSection() {
        let reason = LocalizedText([.sv: "bakgrund", .en: "background"])
        let section = OutlineSection(
            offset: 0, id: "x", title: "X", notCarried: nil,
            paragraphs: [
                OutlineParagraph(
                    offset: 0, opens: nil, notCarried: reason,
                    items: [
                        OutlineItem(offset: 0, opens: "a", notCarried: nil),
                        OutlineItem(offset: 0, opens: "b", notCarried: LocalizedText([.sv: "egen", .en: "own"])),
                    ]),
                OutlineParagraph(offset: 0, opens: "c", notCarried: nil, items: []),
            ])
        expectEqual(section.units.map(\.label), ["¶1.1", "¶1.2", "¶2"])
        expectEqual(section.units.map { $0.notCarried?[.en] }, ["background", "own", nil])
        expectEqual(OutlineSection(offset: 0, id: "y", title: "Y", notCarried: reason).units.map(\.label), ["¶1"])
    }
}
