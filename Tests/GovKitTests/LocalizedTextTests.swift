import TestSupport
import XCTest

@testable import GovKit

/// A text read from a file reads as the strings it holds, with or without escapes.
final class LocalizedTextTests: XCTestCase {
    func decode(_ json: String) throws -> LocalizedText {
        let bytes = Array(json.utf8)
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: bytes))
        let text = TextDecoder.decode(try JSONParser.parse(bytes).root, key: "text", sink: sink)
        expectTrue(sink.items.isEmpty)
        return try require(text)
    }

    func testATextReadFromAFileReadsAsTheStringsItHolds() throws {
        let text = try decode(#"{"nb": "Ring vakthavende – døgnet rundt", "en": "Call the \"duty\" officer \u00e6"}"#)
        expectEqual(text[.nb], "Ring vakthavende – døgnet rundt")
        expectEqual(text[.en], "Call the \"duty\" officer æ")
        expectTrue(text[.sv] == nil)
        expectEqual(text.allValues, ["Ring vakthavende – døgnet rundt", "Call the \"duty\" officer æ"])
    }

    func testTextsAreEqualByTheirStringsHoweverEachIsKept() throws {
        let read = try decode(#"{"nb": "Eier", "en": "Own\u0065r"}"#)
        expectEqual(read, LocalizedText([.nb: "Eier", .en: "Owner"]))
        expectTrue(read != LocalizedText([.nb: "Eier"]))
        expectTrue(read != LocalizedText([.nb: "Eier", .en: "Owner", .sv: "Ägare"]))
    }

    func testAnEmptyTextIsReportedAndLeftOut() throws {
        let bytes = Array(#"{"nb": "", "en": "Owner"}"#.utf8)
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: bytes))
        let text = TextDecoder.decode(try JSONParser.parse(bytes).root, key: "name", sink: sink)
        expectEqual(text, LocalizedText([.en: "Owner"]))
        expectEqual(sink.items.map(\.message), ["the 'nb' text of 'name' is empty"])
        expectEqual(sink.items.map(\.code), [.emptyValue])
    }
}
