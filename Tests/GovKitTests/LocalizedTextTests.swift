import Testing

@testable import GovKit

/// A text read from a file reads as the strings it holds, with or without escapes.
@Suite struct LocalizedTextTests {
    func decode(_ json: String) throws -> LocalizedText {
        let bytes = Array(json.utf8)
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: bytes))
        let text = TextDecoder.decode(try JSONParser.parse(bytes).root, key: "text", sink: sink)
        #expect(sink.items.isEmpty)
        return try #require(text)
    }

    @Test func aTextReadFromAFileReadsAsTheStringsItHolds() throws {
        let text = try decode(#"{"nb": "Ring vakthavende – døgnet rundt", "en": "Call the \"duty\" officer \u00e6"}"#)
        #expect(text[.nb] == "Ring vakthavende – døgnet rundt")
        #expect(text[.en] == "Call the \"duty\" officer æ")
        #expect(text[.sv] == nil)
        #expect(text.allValues == ["Ring vakthavende – døgnet rundt", "Call the \"duty\" officer æ"])
    }

    @Test func textsAreEqualByTheirStringsHoweverEachIsKept() throws {
        let read = try decode(#"{"nb": "Eier", "en": "Own\u0065r"}"#)
        #expect(read == LocalizedText([.nb: "Eier", .en: "Owner"]))
        #expect(read != LocalizedText([.nb: "Eier"]))
        #expect(read != LocalizedText([.nb: "Eier", .en: "Owner", .sv: "Ägare"]))
    }

    @Test func anEmptyTextIsReportedAndLeftOut() throws {
        let bytes = Array(#"{"nb": "", "en": "Owner"}"#.utf8)
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: bytes))
        let text = TextDecoder.decode(try JSONParser.parse(bytes).root, key: "name", sink: sink)
        #expect(text == LocalizedText([.en: "Owner"]))
        #expect(sink.items.map(\.message) == ["the 'nb' text of 'name' is empty"])
        #expect(sink.items.map(\.code) == [.emptyValue])
    }
}
