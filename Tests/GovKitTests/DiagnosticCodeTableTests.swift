import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The table of diagnostic codes in docs/procedure-format.md is generated from `DiagnosticCode` (`make golden`
/// rewrites it), so the documented codes are exactly the enum's.
final class DiagnosticCodeTableTests: XCTestCase {
    static let document = "docs/procedure-format.md"
    static let begin = "<!-- diagnostic codes: generated from DiagnosticCode.swift by `make golden`; do not edit -->\n"
    static let end = "<!-- end of diagnostic codes -->\n"

    /// The Markdown table, one row per code.
    static var table: String {
        let rows = DiagnosticCode.allCases.map { code in
            let severity = code.severity == .warning ? " (warning)" : ""
            return "| `\(code.rawValue)`\(severity) | \(code.meaning) | \(code.fix) |\n"
        }
        return "| code | meaning | how to fix |\n|---|---|---|\n" + rows.joined()
    }

    func testTheDocumentedTableIsTheOneGeneratedFromTheEnum() throws {
        let url = Repository.url(Self.document)
        var text = try String(contentsOf: url, encoding: .utf8)
        let start = try require(text.range(of: Self.begin), "\(Self.document) lacks the begin marker")
        let stop = try require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        if ProcessInfo.processInfo.environment["GOVCTL_RECORD"] == "1" {
            text.replaceSubrange(start.upperBound..<stop.lowerBound, with: Self.table)
            try Data(text.utf8).write(to: url)
            return
        }
        expectEqual(String(text[start.upperBound..<stop.lowerBound]), Self.table, "run `make golden` and review")
    }

    func testTheDocumentedCodesAreExactlyTheEnumsCodes() throws {
        let text = try String(contentsOf: Repository.url(Self.document), encoding: .utf8)
        let start = try require(text.range(of: Self.begin))
        let stop = try require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let documented = text[start.upperBound..<stop.lowerBound].split(separator: "\n").dropFirst(2).compactMap {
            row in row.split(separator: "`").dropFirst().first.map(String.init)
        }
        expectEqual(documented, DiagnosticCode.allCases.map(\.rawValue))
    }

    func testEveryCodeHasAMeaningAndAFix() {
        for code in DiagnosticCode.allCases {
            expectTrue(!code.meaning.isEmpty && !code.fix.isEmpty && !code.meaning.contains("|"), "\(code)")
        }
    }
}
