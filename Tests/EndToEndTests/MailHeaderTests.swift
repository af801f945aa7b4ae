import Foundation
import TestSupport
import XCTest

/// Issue 18, "To: and From: refuse every control character and are folded at 78 columns. An empty --to is an error":
/// the command lines that tried, against the built binary.
final class MailHeaderTests: XCTestCase {
    static let commands: [[String]] = [
        [
            "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T09:00", "--format",
            "email",
        ],
        ["report-urgent", "LVMS", "--no-input", "--format", "email"],
    ]

    /// A value, and what the error says about it.
    static let values: [(String, String)] = [
        ("", "is empty"), (" ", "is empty"), ("a@example.org\nBcc: x@example.org", "(U+000A)"),
        ("a@example.org\r\nBcc: x@example.org", "(U+000D)"), ("a\u{1C}b@example.org", "(U+001C)"),
        ("a\u{1D}b@example.org", "(U+001D)"), ("a\u{1E}b@example.org", "(U+001E)"),
        ("a@example.org\u{85}Bcc: x@example.org", "(U+0085)"), ("a@example.org\u{2028}Bcc: x@example.org", "(U+2028)"),
        ("a@example.org\u{2029}", "(U+2029)"), ("a@example.org\u{7F}", "(U+007F)"),
        ("\u{1B}[31m <a@example.org>", "(U+001B)"),
    ]

    func testABadAddressIsAUsageErrorNamingTheOption() throws {
        for a0 in Self.commands {
            forEachCase(["to", "from"]) { a1 in
                try Self.aBadAddressIsAUsageErrorNamingTheOption(a0, a1)
            }
        }
    }

    static func aBadAddressIsAUsageErrorNamingTheOption(_ command: [String], _ option: String) throws {
        for (value, reason) in Self.values {
            let r = try Binary.run(
                command + (option == "to" ? [] : ["--to", "a@example.org"]) + ["--\(option)", value])
            expectEqual(r.exitCode, 64, "\(command[0]) --\(option) \(value.debugDescription): \(r.stderr)")
            expectTrue(r.stderr.hasPrefix("govctl: error: '--\(option) "), "\(r.stderr)")
            expectTrue(r.stderr.contains(reason), "\(value.debugDescription): \(r.stderr)")
            expectTrue(r.stdout.isEmpty)
            expectEqual(r.stderr.split(separator: "\n").count, 1)
            expectTrue(
                !r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }

    func testAToLineOfFiveThousandBytesIsFoldedAtSeventyEightColumns() throws {
        let to = (1...200).flatMap { ["--to", "recipient\($0)@example.org"] }
        let r = try Binary.run(Self.commands[0] + ["--from", "vakt@example.org"] + to)
        expectTrue(r.exitCode == 2 || r.exitCode == 1, "\(r.stderr)")
        let headers = try require(r.stdout.components(separatedBy: "\n\n").first)
        expectTrue(headers.split(separator: "\n").allSatisfy { $0.count <= 78 })
        let toLine = try require(
            headers.replacingOccurrences(of: "\n ", with: " ").split(separator: "\n").first { $0.hasPrefix("To: ") })
        expectTrue(toLine.utf8.count > 5_000)
        expectTrue(toLine.hasSuffix("recipient199@example.org, recipient200@example.org"))
    }
}
