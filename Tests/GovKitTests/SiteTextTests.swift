import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The static site's text helpers: HTML escaping, step conditions in words, document validity.
final class SiteTextTests: XCTestCase {
    func testHtmlEscapingLeavesNoMarkupFromTheData() {
        expectEqual(
            HTML.escape("<b>Kari & \"Ola\" 'x'</b>"), "&lt;b&gt;Kari &amp; &quot;Ola&quot; &#39;x&#39;&lt;/b&gt;")
        expectEqual(HTML.escape("Sykehuspartner – æøå"), "Sykehuspartner – æøå")
    }

    func testJsonInAScriptElementCannotCloseIt() {
        let json = HTML.scriptJSON(.array([.string("</script><!-- x")]))
        expectTrue(!json.contains("<"))
        expectEqual(json, "[\"\\u003c/script>\\u003c!-- x\"]")
    }

    func testATextInAnotherLanguageThanThePageCarriesItsOwnLang() {
        let swedishOnly = LocalizedText([.sv: "Kundservice"])
        expectEqual(HTML.text(swedishOnly, .en, source: .sv), "<span lang=\"sv\">Kundservice</span>")
        expectEqual(HTML.text(LocalizedText([.sv: "a", .en: "b"]), .en, source: .sv), "b")
    }

    static let guide: Guide = {
        let files = [ProcedureFile(path: "p.json", bytes: Array(ValidationTests.procedure().utf8))]
        let set = ProcedureLoader.load(files, today: ValidationTests.today)
        return set.procedures[0].guides[0]
    }()

    func condition(_ json: String, _ language: Language = .en) throws -> String {
        let value = try JSONParser.parse(json).root.value
        return ConditionText.describe(value, Self.guide, language, source: .nb)
    }

    func testSimpleConditionsAreSaidInWordsAndOthersPointToTheSource() throws {
        try expectEqual(try condition(#"{"var": "minutes"}"#), "Minutes")
        try expectEqual(try condition(#"{"!": {"var": "minutes"}}"#, .nb), "ikke: Minutter")
        try expectEqual(try condition(#"{"===": [{"var": "minutes"}, 240]}"#), "Minutes: 240")
        try expectEqual(try condition(#"{"in": [{"var": "minutes"}, [null, 5]]}"#), "Minutes: not given or 5")
        try expectEqual(try condition(#"{"and": [{"var": "minutes"}, {"var": "late"}]}"#), "Minutes; late")
        try expectEqual(try condition(#"{">=": [{"var": "minutes"}, 240]}"#), "when the source's condition holds")
    }

    func testADocumentIsValidExpiredOrWithoutAValidUntilDate() {
        let set = ProcedureLoader.load(
            [ProcedureFile(path: "p.json", bytes: Array(ValidationTests.procedure().utf8))],
            today: ValidationTests.today)
        let document = set.procedures[0].document
        expectEqual(DocumentStatus(document, today: CalendarDate(year: 2029, month: 12, day: 31)), .valid)
        expectEqual(DocumentStatus(document, today: CalendarDate(year: 2030, month: 1, day: 2)), .expired)
        expectEqual(
            DocumentStatus(document, today: CalendarDate(year: 2030, month: 1, day: 2)).describe(document, .en),
            "expired (valid until 2030-01-01)")
        expectEqual(DocumentStatus.notStated.describe(document, .sv), "gäller t.o.m.: anges inte i källan")
    }
}
