import Testing
@testable import GovKit

@Suite struct JSONParserTests {
    func issue(_ text: String) -> (String, SourcePosition)? {
        do throws(JSONSyntaxIssue) {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return (error.message, SourceText(path: "t", bytes: Array(text.utf8)).position(of: error.offset))
        }
    }

    @Test func aTrailingCommaInAnObjectIsRejectedWhereItIs() {
        let found = issue("{\n  \"a\": 1,\n}")
        #expect(found?.0 == "trailing comma before '}'")
        #expect(found?.1 == SourcePosition(line: 3, column: 1))
    }

    @Test func aTrailingCommaInAnArrayIsRejected() {
        #expect(issue("[1, 2,]")?.0 == "trailing comma before ']'")
    }

    @Test func duplicateKeysAreReportedAtTheSecondKey() throws {
        let parsed = try JSONParser.parse("{\"a\": 1,\n \"a\": 2}")
        #expect(parsed.duplicateKeys.count == 1)
        let position = SourceText(path: "t", bytes: Array("{\"a\": 1,\n \"a\": 2}".utf8)).position(of: parsed.duplicateKeys[0].offset)
        #expect(position == SourcePosition(line: 2, column: 2))
    }

    @Test func columnsCountCharactersNotBytes() {
        let found = issue("{\"æøå\": tru}")
        #expect(found?.1 == SourcePosition(line: 1, column: 9))
    }

    @Test func commentsLeadingZerosAndSingleQuotesAreRejected() {
        #expect(issue("// x\n{}")?.0 == "comments are not allowed in JSON")
        #expect(issue("[07]")?.0 == "numbers may not have leading zeros")
        #expect(issue("['a']")?.0 == "strings must use double quotes")
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let value = try JSONParser.parse(#"["\u00e6\n", "\ud83d\ude00"]"#).root.value
        #expect(value == ["æ\n", "😀"])
    }

    @Test func numbersKeepTheirExactText() throws {
        guard case .number(let text) = try JSONParser.parse("2884000").root.kind else {
            Issue.record("not a number")
            return
        }
        #expect(text == "2884000")
    }

    @Test func writingRoundTripsKeyOrderAndEscapes() throws {
        let text = #"{"b":1,"a":[true,null,"x\"y"],"c":1.5}"#
        #expect(JSONWriter.compact(try JSONParser.parse(text).root.value) == text)
    }
}
