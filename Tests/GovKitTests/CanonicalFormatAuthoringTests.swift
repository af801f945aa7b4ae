import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// `CanonicalFormat`: the layout that reproduces the bundled procedure files byte for byte.
final class CanonicalFormatAuthoringTests: XCTestCase {
    static let bundled = [
        "gits-samsa-samvy.json", "siv-cms.json", "skane-sesam-lmn-reservrutin.json", "sshf-hastesaker.json",
        "vgr-websesam.json",
    ]

    static func format(_ text: String) throws -> String {
        String(decoding: try CanonicalFormat.format(Array(text.utf8)), as: UTF8.self)
    }

    func testEveryBundledFileIsAlreadyInTheCanonicalLayout() throws {
        for a0 in Self.bundled {
            try withCase("\(a0)") { try everyBundledFileIsAlreadyInTheCanonicalLayout(name: a0) }
        }
    }

    func everyBundledFileIsAlreadyInTheCanonicalLayout(name: String) throws {
        let bytes = try Repository.bytes("procedures/\(name)")
        try expectEqual(try CanonicalFormat.format(bytes), bytes)
        expectTrue(CanonicalFormat.isCanonical(bytes))
    }

    func testTheTopTwoLevelsAreAlwaysOneMemberPerLine() throws {
        try expectEqual(
            try Self.format(#"{"id": "x", "systems": [{"id": "a"}, {"id": "b"}], "document": {"language": "nb"}}"#),
            """
            {
              "id": "x",
              "systems": [
                { "id": "a" },
                { "id": "b" }
              ],
              "document": {
                "language": "nb"
              }
            }

            """)
    }

    func testDeeperContainersKeepTheAuthorsLineBreaks() throws {
        let messy = """
            {"guides": [
               {"id":"g","when":{"if":[{"var":"a"},"yes",
               {"var":"b"},   "no",
               "else"]},"list":[  1 ,2]}
            ]}
            """
        try expectEqual(
            try Self.format(messy),
            """
            {
              "guides": [
                {
                  "id": "g",
                  "when": {
                    "if": [
                      { "var": "a" }, "yes",
                      { "var": "b" }, "no",
                      "else"
                    ]
                  },
                  "list": [1, 2]
                }
              ]
            }

            """)
    }

    func testStringsNumbersAndKeyOrderKeepTheirExactBytes() throws {
        let text = #"{"y": {"z": {"b": "\u00f8 ø \"q\" \/", "a": [1.50, -0.0, 2E+3, true, false, null]}}}"#
        let formatted = try Self.format(text)
        expectTrue(formatted.contains(#"{ "b": "\u00f8 ø \"q\" \/", "a": [1.50, -0.0, 2E+3, true, false, null] }"#))
    }

    func testEmptyContainersAreWrittenShutAndTheFormatIsIdempotent() throws {
        let once = try Self.format("{\"a\": [\n], \"b\": {  }, \"c\": [[ ], {\n}]}")
        expectEqual(once, "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    [],\n    {}\n  ]\n}\n")
        try expectEqual(try Self.format(once), once)
    }

    func testAFileThatIsNotJSONIsTheParsersErrorWithItsOffset() {
        expectThrows(JSONSyntaxIssue.self) { try CanonicalFormat.format(Array("{\"a\": 1,}".utf8)) }
    }
}
