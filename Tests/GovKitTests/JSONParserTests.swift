import TestSupport
import XCTest

@testable import GovKit

final class JSONParserTests: XCTestCase {
    func issue(_ text: String) -> (String, SourcePosition)? {
        do throws(JSONSyntaxIssue) {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return (error.message, SourceText(path: "t", bytes: Array(text.utf8)).position(of: error.offset))
        }
    }

    func testATrailingCommaInAnObjectIsRejectedWhereItIs() {
        let found = issue("{\n  \"a\": 1,\n}")
        expectEqual(found?.0, "trailing comma before '}'")
        expectEqual(found?.1, SourcePosition(line: 3, column: 1))
    }

    func testATrailingCommaInAnArrayIsRejected() {
        expectEqual(issue("[1, 2,]")?.0, "trailing comma before ']'")
    }

    func testDuplicateKeysAreReportedAtTheSecondKey() throws {
        let parsed = try JSONParser.parse("{\"a\": 1,\n \"a\": 2}")
        expectEqual(parsed.duplicateKeys.count, 1)
        let position = SourceText(path: "t", bytes: Array("{\"a\": 1,\n \"a\": 2}".utf8)).position(
            of: parsed.duplicateKeys[0].offset)
        expectEqual(position, SourcePosition(line: 2, column: 2))
    }

    func testColumnsCountCharactersNotBytes() {
        let found = issue("{\"æøå\": tru}")
        expectEqual(found?.1, SourcePosition(line: 1, column: 9))
    }

    func testCommentsLeadingZerosAndSingleQuotesAreRejected() {
        expectEqual(issue("// x\n{}")?.0, "comments are not allowed in JSON")
        expectEqual(issue("[07]")?.0, "numbers may not have leading zeros")
        expectEqual(issue("['a']")?.0, "strings must use double quotes")
    }

    func testBytesThatAreNotUTF8AreReportedWhereTheyAre() {
        func firstBad(_ bytes: [UInt8]) -> Int? { UTF8Check.firstInvalidOffset(bytes) }
        // Latin-1 'ø' (0xF8) after 19 bytes ending in a valid 'æ': the offset is exact, not the string's start.
        let latin1: [UInt8] = Array("{\"title\": \"xxxxxxæ".utf8) + [0xF8] + Array("\"}".utf8)
        do throws(JSONSyntaxIssue) {
            _ = try JSONParser.parse(latin1)
            reportFailure("accepted Latin-1")
        } catch {
            expectEqual(error.message, "the file is not valid UTF-8 (byte 0xF8)")
            expectEqual(error.offset, 19)
        }
        expectTrue(firstBad(Array("plain ASCII, then æøå ÆØÅ 😀".utf8)) == nil)
        expectEqual(firstBad([0xC0, 0xAF]), 0) // overlong '/'
        expectEqual(firstBad([0x61, 0xED, 0xA0, 0x80]), 1) // a UTF-16 surrogate written as UTF-8
        expectEqual(firstBad([0xF4, 0x90, 0x80, 0x80]), 0) // past U+10FFFF
        expectEqual(firstBad([0x61, 0x62, 0xE2, 0x82]), 2) // cut short at the end
    }

    func testABadByteIsFoundAfterAnyNumberOfASCIIBytes() {
        // Plain ASCII is skipped 32 bytes at a time: the bad byte sits before, inside and after such a run.
        for prefix in 0..<70 {
            let ascii = [UInt8](repeating: 0x61, count: prefix)
            expectEqual(UTF8Check.firstInvalidOffset(ascii + [0xFF] + ascii), prefix)
            expectEqual(UTF8Check.firstInvalidOffset(ascii + [0xE2, 0x82] + ascii), prefix)
            expectTrue(UTF8Check.firstInvalidOffset(ascii + Array("æ€😀".utf8) + ascii) == nil)
        }
    }

    func testMultiByteCharactersAreCheckedAtEveryOffsetInAString() throws {
        for prefix in 0..<17 {
            let head = String(repeating: "a", count: prefix)
            try expectEqual(
                try JSONParser.parse("[\"\(head)ø\(head)€😀\"]").root.value, [.string(head + "ø" + head + "€😀")])
            // A Latin-1 'ø' (0xF8) inside the string, and a UTF-8 'ø' cut short before the closing quote.
            for bad in [[0xF8], [0xC3]] as [[UInt8]] {
                let bytes = Array("[\"\(head)".utf8) + bad + Array("bbbbbbbbbbbbbbbbbbb\"]".utf8)
                do throws(JSONSyntaxIssue) {
                    _ = try JSONParser.parse(bytes)
                    reportFailure("accepted byte \(bad) after \(prefix) bytes")
                } catch {
                    expectEqual(
                        error.message,
                        "the file is not valid UTF-8 (byte 0x\(String(bad[0], radix: 16, uppercase: true)))")
                    expectEqual(error.offset, 2 + prefix)
                }
            }
        }
    }

    func testATypographicQuoteWhereJSONNeedsAStraightOneSaysSoWhereItIs() throws {
        for (a0, a1, a2, a3) in [
            (#"{“id”: 1}"#, "“", 1, 2),
            (#"{"id": “x”}"#, "“", 1, 8),
            (#"{"id": ”x”}"#, "”", 1, 8),
            (#"{"id”: "x"}"#, "”", 1, 5),
            (#"{"id": "x”, "b": 1}"#, "”", 1, 10),
            ("{\"id\": \"x”,\n \"b\": 1}", "”", 1, 10),
            (#"["a”, "b"]"#, "”", 1, 4),
            (#"{"id": "x"”}"#, "”", 1, 11),
            (#"{"id": ‘x’}"#, "‘", 1, 8),
            (#"{"id": «x»}"#, "«", 1, 8),
            (#"{"id": 1}”"#, "”", 1, 10),
        ] {
            try withCase("\(a0), \(a1), \(a2), \(a3)") {
                try aTypographicQuoteWhereJSONNeedsAStraightOneSaysSoWhereItIs(
                    text: a0, quote: a1, line: a2, column: a3)
            }
        }
    }

    func aTypographicQuoteWhereJSONNeedsAStraightOneSaysSoWhereItIs(
        text: String, quote: String, line: Int, column: Int
    ) throws {
        let (message, position) = try require(issue(text))
        expectEqual(message, "use a straight quote (\") instead of \(quote) (a typographic quote)")
        expectEqual(position, SourcePosition(line: line, column: column))
    }

    func testTypographicQuotesInsideTextAreText() throws {
        let parsed = try JSONParser.parse(#"{"source": "3 Genomförande (”Efter 4 timmar”)", "t": "«SiV» “x” ‘y’"}"#)
        expectEqual(parsed.root.value["source"], .string("3 Genomförande (”Efter 4 timmar”)"))
        expectEqual(parsed.root.value["t"], .string("«SiV» “x” ‘y’"))
        // A real mistake after a text that has them is reported as what it is.
        expectEqual(issue(#"{"a": "(”x”)" "b": 1}"#)?.0, "expected ',' or '}' after the value of 'a', found '\"'")
    }

    /// Issue 29: a non-breaking space pasted between values was "found byte 0xC2". It is named, as a typographic
    /// quote is, at the space; inside a string it is text.
    func testASpaceOtherThanTheOrdinaryOneIsNamedWhereItIs() throws {
        for (a0, a1, a2, a3) in [
            ("{\"id\":\u{00A0}\"x\"}", "a non-breaking space (U+00A0)", 1, 7),
            ("{\"id\": \"x\"\u{00A0}}", "a non-breaking space (U+00A0)", 1, 11),
            ("{\u{00A0}\"id\": 1}", "a non-breaking space (U+00A0)", 1, 2),
            ("[1,\n\u{202F}2]", "a narrow non-breaking space (U+202F)", 2, 1),
            ("[1\u{2009}, 2]", "a thin space (U+2009)", 1, 3),
            ("[1, 2]\u{3000}", "an ideographic space (U+3000)", 1, 7),
            ("{\"a\"\u{2005}: 1}", "a four-per-em space (U+2005)", 1, 5),
            ("\u{FEFF}[\u{FEFF}1]", "a byte order mark (U+FEFF)", 1, 3),
        ] {
            try withCase("\(a0), \(a1), \(a2), \(a3)") {
                try aSpaceOtherThanTheOrdinaryOneIsNamedWhereItIs(text: a0, name: a1, line: a2, column: a3)
            }
        }
    }

    func aSpaceOtherThanTheOrdinaryOneIsNamedWhereItIs(text: String, name: String, line: Int, column: Int) throws {
        let (message, position) = try require(issue(text))
        expectEqual(message, "\(name) where JSON allows only an ordinary space")
        expectTrue(!message.contains("byte 0x"))
        expectEqual(position, SourcePosition(line: line, column: column))
        // In a string it is text.
        let parsed = try JSONParser.parse("{\"a\": \"1\u{00A0}000\"}")
        expectEqual(parsed.root.value["a"], .string("1\u{00A0}000"))
    }

    func testANonASCIIByteOutsideAStringIsASyntaxErrorOrNotUTF8() {
        // Well-formed UTF-8 where a value belongs is a syntax error; a byte that is not UTF-8 is reported as such.
        expectEqual(issue("[1, æ]")?.0, "expected a value, found 'æ'")
        expectEqual(issue("[1, \u{200B}]")?.0, "a zero-width space (U+200B) where JSON allows only an ordinary space")
        do throws(JSONSyntaxIssue) {
            _ = try JSONParser.parse([0x5B, 0x31, 0x2C, 0xFF, 0x5D] as [UInt8])
            reportFailure("accepted 0xFF")
        } catch {
            expectEqual(error.message, "the file is not valid UTF-8 (byte 0xFF)")
            expectEqual(error.offset, 3)
        }
    }

    func testLongStringsEndEscapeAndFailAtTheRightByte() throws {
        // The quote, escape or control byte after 0 to 16 plain bytes.
        for prefix in 0..<17 {
            let head = String(repeating: "a", count: prefix)
            try expectEqual(try JSONParser.parse("[\"\(head)\"]").root.value, [.string(head)])
            try expectEqual(
                try JSONParser.parse("[\"\(head)\\n\(head)æ\"]").root.value, [.string(head + "\n" + head + "æ")])
            let tab = issue("[\"\(head)\tbbbbbbbbbbbbbbbb\"]")
            expectEqual(tab?.0, "control character 0x9 inside a string")
            expectEqual(tab?.1, SourcePosition(line: 1, column: 3 + prefix))
        }
    }

    func testEscapesAndSurrogatePairsDecode() throws {
        let value = try JSONParser.parse(#"["\u00e6\n", "\ud83d\ude00"]"#).root.value
        expectEqual(value, ["æ\n", "😀"])
    }

    func testNumbersKeepTheirExactText() throws {
        guard case .number(let text) = try JSONParser.parse("2884000").root.kind else {
            reportFailure("not a number")
            return
        }
        expectEqual(text, "2884000")
    }

    func testWritingRoundTripsKeyOrderAndEscapes() throws {
        let text = #"{"b":1,"a":[true,null,"x\"y"],"c":1.5}"#
        try expectEqual(JSONWriter.compact(try JSONParser.parse(text).root.value), text)
    }
}
