import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The generic RFC 5322 message builder (Core/MailMessage), used by reserve-status and meant for report-urgent.
final class MailMessageTests: XCTestCase {
    let date = Date(timeIntervalSince1970: 1_795_258_800) // 2026-11-21T11:00:00Z

    func testEveryHeaderLineFitsSeventyEightColumnsAndNonASCIIIsEncoded() throws {
        let message = MailMessage(
            from: "Région Skåne IT <it@example.org>", to: ["a@example.org", "Kåre <b@example.org>"],
            subject: String(repeating: "Sesam LMN: reservrutinen för akuta förskrivningar är aktiverad ", count: 3),
            body: String(repeating: "å", count: 200) + "\n", date: date)
        let text = try message.render()
        expectTrue(text.split(separator: "\n").allSatisfy { $0.count <= 78 })
        expectTrue(text.unicodeScalars.allSatisfy { $0.isASCII })
        expectTrue(text.contains("\nDate: Sat, 21 Nov 2026 11:00:00 +0000\n"))
        expectTrue(text.contains("Message-ID: <"))
        expectTrue(text.hasPrefix("From: =?UTF-8?B?"))
    }

    func testQuotedPrintableEncodesEqualsTrailingSpaceAndUTF8() {
        expectEqual(MailMessage.quotedPrintable("a=b \nåter\n"), "a=3Db=20\n=C3=A5ter\n")
        let long = MailMessage.quotedPrintable(String(repeating: "x", count: 100))
        expectTrue(long.split(separator: "\n").allSatisfy { $0.count <= 76 })
        expectTrue(long.contains("=\n"))
    }

    func testControlCharactersAndMissingRecipientsAreRefused() {
        expectThrows(GovError.self) {
            try MailMessage(from: "a@example.org", to: [], subject: "s", body: "b", date: date).render()
        }
        expectThrows(GovError.self) {
            try MailMessage(
                from: "a@example.org\r\nBcc: x@y", to: ["b@example.org"], subject: "s", body: "b", date: date
            )
            .render()
        }
        expectThrows(GovError.self) {
            try MailMessage(from: "a@example.org", to: ["not an address"], subject: "s", body: "b", date: date).render()
        }
    }

    /// Every control character a header could be split or disguised with, in an address given as --to or --from.
    static let badAddresses: [(String, String)] = [
        ("", "is empty"), ("   ", "is empty"),
        ("a@example.org\nBcc: x@example.org", "U+000A"), ("a@example.org\r\nBcc: x@example.org", "U+000D"),
        ("a\u{1C}b@example.org", "U+001C"), ("a\u{1D}b@example.org", "U+001D"), ("a\u{1E}b@example.org", "U+001E"),
        ("a@example.org\u{0B}", "U+000B"), ("a@example.org\u{0C}", "U+000C"), ("a@example.org\u{7F}", "U+007F"),
        ("a@example.org\u{85}Bcc: x@example.org", "U+0085"), ("Kåre\u{2028} <a@example.org>", "U+2028"),
        ("a@example.org\u{2029}", "U+2029"), ("Eve\u{202E}gro.elpmaxe <a@example.org>", "U+202E"),
        ("\u{1B}[31mRed <a@example.org>", "U+001B"), ("a@example.org\u{0}", "U+0000"),
        (String(repeating: "x", count: 250) + "@example.org", "at most 254 characters"),
        ("a@example.org, b@example.org", "not an e-mail address"),
    ]

    func testEveryControlCharacterAndAnEmptyAddressAreRefusedNamingTheOption() throws {
        for (address, reason) in Self.badAddresses {
            let problem = try require(
                MailMessage.addressProblem(address, option: "--to"), "\(address.debugDescription)")
            expectTrue(problem.reason.contains(reason), "\(address.debugDescription): \(problem.reason)")
            expectThrows(GovError.self) {
                try MailMessage(from: "a@example.org", to: [address], subject: "s", body: "b", date: date).render()
            }
            expectThrows(GovError.self) {
                try MailMessage(from: address, to: ["a@example.org"], subject: "s", body: "b", date: date).render()
            }
        }
        for address in ["a@example.org", "Kåre Ås <b@example.org>", "\"Doe, Jane\" <j@example.org>"] {
            expectTrue(MailMessage.addressProblem(address, option: "--to") == nil)
        }
    }

    func testALongToLineIsFoldedAtSeventyEightColumns() throws {
        let to = (1...300).map { "user\($0)@example.org" } + [String(repeating: "N", count: 300) + " <n@example.org>"]
        let text = try MailMessage(from: "a@example.org", to: to, subject: "s", body: "b", date: date).render()
        let headers = try require(text.components(separatedBy: "\n\n").first)
        expectTrue(headers.split(separator: "\n").allSatisfy { $0.count <= 78 })
        let unfolded = headers.replacingOccurrences(of: "\n ", with: " ")
        let toLine = try require(unfolded.split(separator: "\n").first { $0.hasPrefix("To: ") })
        expectTrue(toLine.contains("user1@example.org, user2@example.org,") && toLine.contains("user300@example.org"))
    }

    func testControlCharactersInTheSubjectAndBodyAreShownEscaped() throws {
        let text = try MailMessage(
            from: "a@example.org", to: ["b@example.org"], subject: "LVMS\u{1B}[2J\nBcc: x@example.org",
            body: "line\u{1B}[31m\nnext\u{85}\n", date: date
        )
        .render()
        expectTrue(text.contains("\nSubject: LVMS\\e[2J\\nBcc: x@example.org\n"))
        expectTrue(text.hasSuffix("\n\nline\\e[31m\nnext\\u{85}\n"))
    }

    func testAnASCIISubjectStaysReadable() throws {
        let text = try MailMessage(
            from: "a@example.org", to: ["b@example.org"], subject: "LVMS: OK", body: "", date: date
        )
        .render()
        expectTrue(text.contains("\nSubject: LVMS: OK\n"))
        expectTrue(text.contains("\nAuto-Submitted: auto-generated\n"))
    }
}

/// govctl.json: later files override earlier keys; unknown keys are errors with file:line:col.
final class ConfigTests: XCTestCase {
    func testLaterFilesOverrideEarlierKeys() throws {
        var config = Config()
        try config.merge(
            SourceText(
                path: "/etc/govctl/govctl.json",
                bytes: Array(
                    #"{"state": "/var/lib/govctl/outages.jsonl", "mail": {"from": "a@example.org", "to": ["b@example.org"]}}"#
                        .utf8)))
        try config.merge(SourceText(path: "user.json", bytes: Array(#"{"mail": {"to": ["c@example.org"]}}"#.utf8)))
        expectEqual(config.state, "/var/lib/govctl/outages.jsonl")
        expectEqual(config.mailFrom, "a@example.org")
        expectEqual(config.mailTo, ["c@example.org"])
        expectEqual(config.files, ["/etc/govctl/govctl.json", "user.json"])
    }

    func testThePackagesExampleConfigurationReads() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "packaging/debian/govctl.json")
        var config = Config()
        try config.merge(SourceText(path: url.path, bytes: [UInt8](try Data(contentsOf: url))))
        expectEqual(config.state, "/var/lib/govctl/outages.jsonl")
        expectTrue(config.mailFrom == nil)
    }

    func testUnknownKeysWrongTypesAndRelativeStateAreErrorsWithTheirPosition() {
        func error(_ text: String) -> String? {
            var config = Config()
            do throws(GovError) {
                try config.merge(SourceText(path: "c.json", bytes: Array(text.utf8)))
                return nil
            } catch {
                return error.message
            }
        }
        expectEqual(error("{\n  \"mial\": {}\n}"), "c.json:2:3: unknown key 'mial'")
        expectEqual(error("{\"mail\": {\"too\": []}}"), "c.json:1:11: unknown key 'mail.too'")
        expectEqual(error("{\"state\": 5}"), "c.json:1:11: 'state' must be a text in double quotes, found number")
        expectEqual(error("{\"state\": \"outages.jsonl\"}"), "c.json:1:11: 'state' must be an absolute path")
        expectEqual(error("{\"procedures\": \"/x\"}"), "c.json:1:16: 'procedures' must be an array of texts")
    }
}
