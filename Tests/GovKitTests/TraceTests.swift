import Testing

@testable import GovKit

/// Citations resolved against a document's outline, and the citations a file holds.
@Suite struct TraceTests {
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

    @Test(arguments: [
        ("3.2", 3), ("Finansiering", 3), ("3.2 Finansiering", 3), ("3. FREMGANGSMÅTE", 0), ("UTFØRELSE 2", 4),
        ("3. FREMGANGSMÅTE, Systemeier", 1), ("3. FREMGANGSMÅTE, Tekniske problemer, tilganger og endringsønsker", 2),
        ("3.2 finansiering", 3), ("3.2  Finansiering", 3), ("3 FREMGANGSMÅTE (”Efter 4 timmar”)", 0),
    ])
    func aCitationNamesASectionByIdHeadingOrBoth(citation: String, section: Int) {
        #expect(Self.index.resolve(citation) == section)
    }

    @Test(arguments: ["4. VEDLEGG", "Dokumenthode: Fagansvarlig", "3. FREMGANGSMÅTE, Systemeir", "UTFØRELSE 1–7"])
    func aSectionTheOutlineLacksIsNotResolved(citation: String) {
        #expect(Self.index.resolve(citation) == nil)
    }

    @Test func theSuggestionKeepsThePrefixThatResolves() {
        #expect(Self.index.suggestion(for: "3. FREMGANGSMÅTE, Systemeir") == "3. FREMGANGSMÅTE, Systemeier")
        #expect(Self.index.suggestion(for: "Finansiring") == "Finansiering")
    }

    @Test func everySourceOutsideTheTestsIsCollectedWithItsPathSummaryAndReading() throws {
        let text = """
            {"document": {"title": {"nb": "T"}},
             "roles": [{"id": "eier", "name": {"nb": "Eier", "en": "Owner"}, "source": "2",
                        "duties": [{"text": {"nb": "A"}, "source": "3"},
                                   {"text": {"nb": "B"}, "source": "3; 2", "interpretation": {"nb": "R", "en": "Reading"}}]}],
             "tests": [{"name": "t", "source": "ignored"}]}
            """
        let root = try JSONParser.parse(Array(text.utf8)).root
        let citations = CitationCollector.collect(root)
        #expect(citations.map(\.path) == ["roles[eier]", "roles[eier].duties[1]", "roles[eier].duties[2]"])
        #expect(citations[0].summary?[.en] == "Owner")
        #expect(citations[2].parts == ["3", "2"])
        #expect(citations[2].interpretation?[.en] == "Reading")
    }
}
