import Foundation
import TestSupport
import XCTest

/// The paragraph coverage in docs/fidelity.md is generated from `govctl trace ID --format json --lang en` of each
/// bundled procedure (`make golden` rewrites it), so the page cannot drift from the data: per document, how many
/// paragraphs (and list items) are carried and how many are not, and the reasons of those that are not.
final class FidelityCoverageTableTests: XCTestCase {
    static let document = "docs/fidelity.md"
    static let begin =
        "<!-- paragraph coverage: generated from `govctl trace ID --format json` by `make golden`; do not edit -->\n"
    static let end = "<!-- end of paragraph coverage -->\n"
    static let procedures = [
        ("000", "siv-cms"), ("001", "sshf-hastesaker"), ("002", "vgr-websesam"), ("003", "skane-sesam-lmn-reservrutin"),
        ("004", "gits-samsa-samvy"),
    ]

    /// One procedure's trace as JSON.
    static func trace(_ id: String) throws -> [String: Any] {
        let r = try Binary.run(["trace", id, "--format", "json", "--lang", "en"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        return try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// The generated Markdown: the summary table, then per document its reasons with the paragraphs they cover.
    static func coverage() throws -> String {
        var summary = "| document | file | paragraphs and list items | carried | not carried | neither |\n"
        summary += "|---|---|---|---|---|---|\n"
        var details = ""
        for (number, id) in procedures {
            let json = try trace(id)
            let counts = try require((json["summary"] as? [String: Any])?["paragraphs"] as? [String: Int])
            summary +=
                "| \(number) | `\(id).json` | \(counts["total"] ?? 0) | \(counts["carried"] ?? 0) "
                + "| \(counts["notCarried"] ?? 0) | \(counts["neither"] ?? 0) |\n"
            // Reasons in the order they first occur, each with the paragraphs it covers.
            var reasons: [(reason: String, paragraphs: [String])] = []
            for section in try require(json["sections"] as? [[String: Any]]) {
                for paragraph in try require(section["paragraphs"] as? [[String: Any]])
                where paragraph["status"] as? String == "notCarried" {
                    let reason = paragraph["notCarried"] as? String ?? ""
                    let name = "\(section["id"] as? String ?? "?") \(paragraph["id"] as? String ?? "?")"
                    if let i = reasons.firstIndex(where: { $0.reason == reason }) {
                        reasons[i].paragraphs.append(name)
                    } else {
                        reasons.append((reason, [name]))
                    }
                }
            }
            details += "\n#### \(number) `\(id)`: \(counts["notCarried"] ?? 0) not carried\n\n"
            details += "| not carried because | paragraphs | count |\n|---|---|---|\n"
            for (reason, paragraphs) in reasons {
                let cell = reason.replacingOccurrences(of: "|", with: "\\|")
                details += "| \(cell) | \(paragraphs.joined(separator: ", ")) | \(paragraphs.count) |\n"
            }
        }
        return summary + details
    }

    func testTheDocumentedCoverageIsTheOneTraceGives() throws {
        let url = Binary.root.appending(path: Self.document)
        var text = try String(contentsOf: url, encoding: .utf8)
        let start = try require(text.range(of: Self.begin), "\(Self.document) lacks the begin marker")
        let stop = try require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let generated = try Self.coverage()
        if Golden.recording {
            text.replaceSubrange(start.upperBound..<stop.lowerBound, with: generated)
            try Data(text.utf8).write(to: url)
            return
        }
        expectEqual(String(text[start.upperBound..<stop.lowerBound]), generated, "run `make golden` and review")
    }
}
