import Foundation
import TestSupport
import XCTest

/// Issue 23, "a poisoned procedure": every bundled procedure with markup, control characters and links appended to
/// every text it holds (names, titles, step texts, roles, holders, labels, notes, readings…), rendered through every
/// Markdown face and the site and printed checklist. Nothing is live: no tag, no `javascript:` link, no emphasis or
/// code span from the data, no control character and no line the data started.
final class PoisonedProcedureTests: XCTestCase {
    /// HTML, a script link, Markdown emphasis, a table cell, a code span, a line break and a colour change.
    static let poison =
        " <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) *emph* | `tick` \n\u{1B}[31m"

    /// The keys whose strings are text a face shows (a localized text, `{"nb": …, "en": …}`, is poisoned wherever
    /// it is). Ids, references, rules, times and the outline's titles (which citations name) stay as they are.
    static let textKeys: Set<String> = [
        "name", "title", "text", "label", "summary", "description", "organisation", "what", "owner", "author",
        "approvedBy", "notCarried", "rounding", "deadlineLabel", "members", "frequency", "convenedBy", "note", "notes",
    ]

    static func poisoned(_ value: Any, key: String? = nil) -> Any {
        if key == "outline" { return value }
        if let object = value as? [String: Any] {
            let languages: Set<String> = ["nb", "sv", "en"]
            if !object.isEmpty, Set(object.keys).isSubset(of: languages), object.values.allSatisfy({ $0 is String }) {
                return object.mapValues { ($0 as? String ?? "") + poison }
            }
            return Dictionary(uniqueKeysWithValues: object.map { ($0.key, poisoned($0.value, key: $0.key)) })
        }
        if let array = value as? [Any] { return array.map { poisoned($0, key: key) } }
        if let text = value as? String, let key, textKeys.contains(key) { return text + poison }
        return value
    }

    /// The bundled procedures, poisoned, in a new temporary directory (removed by the caller).
    static func procedures() throws -> URL {
        let directory = try TemporaryDirectory.make("poison")
        let bundled = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where name.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: bundled.appending(path: name)))
            try JSONSerialization.data(withJSONObject: poisoned(object)).write(to: directory.appending(path: name))
        }
        return directory
    }

    static let markdownFaces: [[String]] = [
        [
            "guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable", "--fact",
            "since=2026-11-21T08:00",
        ],
        ["report-urgent", "LVMS"],
        ["report-urgent", "CMS", "--lang", "en"],
        ["trace", "skane-sesam-lmn-reservrutin"],
        ["trace", "vgr-websesam"],
        ["who-owns", "CMS"],
        ["who-owns", "sesam-lmn", "--task", "drift"],
        ["show", "siv-cms"],
        ["show", "vgr-websesam"],
        ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00"],
        ["budget", "websesam", "--adaptation", "40000", "--shared"],
    ]

    func testNothingFromThePoisonedDataIsLiveInMarkdown() throws {
        forEachCase(Self.markdownFaces) { a0 in
            try Self.nothingFromThePoisonedDataIsLiveInMarkdown(a0)
        }
    }

    static func nothingFromThePoisonedDataIsLiveInMarkdown(_ arguments: [String]) throws {
        let directory = try Self.procedures()
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(
            arguments + ["--format", "markdown", "--procedures", directory.path, "--now", "2026-11-21T12:00"])
        expectTrue([0, 1, 2].contains(r.exitCode), "\(r.stderr)")
        expectTrue(r.stdout.contains("alert(1)"), "the poisoned data is not shown at all: \(r.stdout.prefix(300))")
        expectTrue(Self.liveInMarkdown(r.stdout).isEmpty, "\(Self.liveInMarkdown(r.stdout).prefix(5))")
    }

    func testNothingFromThePoisonedDataIsLiveOnTheSiteOrThePrintedChecklist() throws {
        let directory = try Self.procedures()
        defer { TemporaryDirectory.remove(directory) }
        let site = directory.appending(path: "site")
        let built = try Binary.run(
            ["site", site.path, "--procedures", directory.path, "--now", "2026-11-21T12:00"])
        expectEqual(built.exitCode, 0, "\(built.stderr)")
        var pages: [String: String] = [:]
        // Every page; not the list of them (`.govctl-site`), which is the site's own bookkeeping.
        for name in try FileManager.default.contentsOfDirectory(atPath: site.path) where !name.hasPrefix(".") {
            pages[name] = try String(contentsOf: site.appending(path: name), encoding: .utf8)
        }
        let printed = try Binary.run(
            ["print", "sesam-lmn-reservrutin", "--procedures", directory.path, "--now", "2026-11-21T12:00"])
        expectEqual(printed.exitCode, 0, "\(printed.stderr)")
        pages["print"] = printed.stdout
        expectTrue(pages.count > 10)
        for (name, html) in pages {
            expectTrue(
                html.contains("alert(1)") || name.hasSuffix(".js") || name.hasSuffix(".css") || name == "search.html")
            expectTrue(Self.liveInHTML(html).isEmpty, "\(name): \(Self.liveInHTML(html).prefix(5))")
        }
    }

    /// A checker that can fail: the poison as written is live in both forms.
    func testTheCheckersFindThePoisonWhenItIsLive() {
        expectTrue(!Self.liveInMarkdown("# Title" + Self.poison).isEmpty)
        expectTrue(!Self.liveInMarkdown("- **Role:** x [x](javascript:alert(1))").isEmpty)
        expectTrue(!Self.liveInHTML("<p>x <img src=x onerror=alert(1)></p>").isEmpty)
        expectTrue(
            Self.liveInMarkdown("- **Role:** x \\<script\\> \\[x\\](javascript:alert(1)) \\*emph\\* `id`").isEmpty)
        expectTrue(Self.liveInMarkdown("```text\n<script>alert(1)</script> `tick`\n```\n").isEmpty)
    }

    /// What of the poison is live in Markdown: outside fenced code blocks and code spans, once backslash escapes
    /// are read, a tag, a `javascript:` link, the emphasis or the code span; anywhere, a control character.
    static func liveInMarkdown(_ markdown: String) -> [String] {
        var live: [String] = []
        if markdown.unicodeScalars.contains(where: { $0 == "\u{1B}" || ($0.value < 0x20 && $0 != "\n") }) {
            live.append("a control character")
        }
        var fence: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let ticks = line.prefix { $0 == "`" }.count
            if let open = fence {
                if ticks >= open && line.allSatisfy({ $0 == "`" }) { fence = nil }
                continue
            }
            if ticks >= 3 {
                fence = ticks
                continue
            }
            let shown = withoutCodeSpans(withoutEscapes(String(line)))
            for bad in ["<script", "<img", "](javascript", "*emph*", "`tick`", "[31m"] where shown.contains(bad) {
                live.append("\(bad) in: \(line.prefix(160))")
            }
        }
        if fence != nil { live.append("a code block the data left open") }
        return live
    }

    /// What of the poison is live in HTML: a tag or an event attribute from the data, a `javascript:` link, a
    /// control character.
    static func liveInHTML(_ html: String) -> [String] {
        var live: [String] = []
        for bad in ["<script>alert", "<img src=x", "href=\"javascript", "\u{1B}"]
        where html.contains(bad) {
            live.append(bad == "\u{1B}" ? "ESC" : bad)
        }
        return live
    }

    /// A backslash and the ASCII punctuation it escapes, as one placeholder.
    static func withoutEscapes(_ line: String) -> String {
        var out = ""
        var escaped = false
        for c in line {
            if escaped {
                out += c.isASCII && c.isPunctuation || "<>|`*_[]()#+-.!~&=$^{}".contains(c) ? "·" : "\\\(c)"
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Code spans (a run of backticks up to the next run as long) as one placeholder.
    static func withoutCodeSpans(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let start = rest.firstIndex(of: "`") {
            out += rest[..<start]
            let run = rest[start...].prefix { $0 == "`" }
            let after = rest[run.endIndex...]
            guard let close = after.range(of: String(run)) else {
                out += rest[start...]
                return out
            }
            out += "«code»"
            rest = after[close.upperBound...]
        }
        return out + rest
    }
}
