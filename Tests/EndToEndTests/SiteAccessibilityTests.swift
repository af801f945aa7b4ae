import Foundation
import TestSupport
import XCTest

/// Issue 29, the site: the focus ring's contrast (WCAG 2.1 SC 1.4.11), search without JavaScript, and the index's
/// validity on a phone. The real browser checks are scripts/test-browser.py.
final class SiteAccessibilityTests: XCTestCase {
    /// WCAG 2.1's contrast ratio of two colours written `#rrggbb`: (L1 + 0.05) / (L2 + 0.05) of their relative
    /// luminances.
    static func contrast(_ a: String, _ b: String) throws -> Double {
        func luminance(_ hex: String) throws -> Double {
            let digits = Array(hex.dropFirst())
            try require(hex.hasPrefix("#") && digits.count == 6, "not #rrggbb: \(hex)")
            let channels = try stride(from: 0, to: 6, by: 2).map { i -> Double in
                let value = try require(UInt8(String(digits[i..<(i + 2)]), radix: 16))
                let c = Double(value) / 255
                return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (x, y) = (try luminance(a), try luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    func testTheContrastRatioIsWCAGs() throws {
        try expectTrue(abs(try Self.contrast("#ffffff", "#000000") - 21) < 0.001)
        // The ring the issue measured: 1.64:1.
        try expectTrue(abs(try Self.contrast("#ffbf47", "#ffffff") - 1.64) < 0.01)
    }

    /// The stylesheet's `:root` variables, e.g. `--focus` → `#b35c00`.
    static func variables(_ css: String) -> [String: String] {
        guard let root = css.range(of: ":root {"), let end = css.range(of: "}", range: root.upperBound..<css.endIndex)
        else { return [:] }
        var found: [String: String] = [:]
        for part in css[root.upperBound..<end.lowerBound].split(separator: ";") {
            let pair = part.split(separator: ":", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if pair.count == 2 { found[pair[0]] = pair[1] }
        }
        return found
    }

    /// WCAG 2.1 SC 1.4.11: the keyboard focus ring (#ffbf47 on white was 1.64:1) has at least 3:1 against white and
    /// against the buttons' background.
    func testTheFocusRingHasAtLeastThreeToOneAgainstWhite() throws {
        let page = try Binary.run(["print", "sesam-lmn-reservrutin", "--now", "2026-11-21T08:00"]).stdout
        let variables = Self.variables(page)
        let rule = try require(
            page.split(separator: "\n").first { $0.hasPrefix("a:focus, button:focus, input:focus {") })
        let outline = try require(rule.split(separator: ";").first { $0.contains("outline:") })
        var colour = try require(outline.split(separator: " ").last.map(String.init))
        if colour.hasPrefix("var(") { colour = try require(variables[String(colour.dropFirst(4).dropLast())]) }
        try expectTrue(try Self.contrast(colour, "#ffffff") >= 3, "\(colour)")
        try expectTrue(try Self.contrast(colour, try require(variables["--soft"])) >= 3, "\(colour)")
        // No other outline in the stylesheet uses a colour of its own.
        expectEqual(page.components(separatedBy: "outline:").count, 2)
    }

    static func site() throws -> [String: String] {
        let directory = FileManager.default.temporaryDirectory.appending(path: "govctl-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try Binary.run(["site", directory.path, "--now", "2026-11-21T08:00"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try String(contentsOf: directory.appending(path: name), encoding: .utf8)
        }
        return files
    }

    /// Search is made by the page's script; without JavaScript the page said nothing. It says so and links the index,
    /// in each language.
    func testSearchWithoutJavaScriptSaysSoAndLinksTheIndex() throws {
        let files = try Self.site()
        for (page, index, words) in [
            ("search.html", "index.html", "Search needs JavaScript"),
            ("search.nb.html", "index.nb.html", "Søket trenger JavaScript"),
            ("search.sv.html", "index.sv.html", "Sökningen behöver JavaScript"),
        ] {
            let html = try require(files[page], "no \(page)")
            let start = try require(html.range(of: "<noscript>"), "\(page) has no <noscript>")
            let end = try require(html.range(of: "</noscript>", range: start.upperBound..<html.endIndex))
            let note = html[start.upperBound..<end.lowerBound]
            expectTrue(note.contains(words), "\(note)")
            expectTrue(note.contains("<a href=\"\(index)\">"), "\(note)")
            expectTrue(files[index] != nil)
        }
    }

    /// At 390 px the validity column ("expired") was the fifth of a table that scrolls sideways, out of sight. It is
    /// the cell beside the title, and on a phone the table is one block per document with each cell labelled.
    func testOnAPhoneTheIndexShowsExpiryUnderTheTitle() throws {
        let index = try require(try Self.site()["index.html"])
        let table = try require(
            index.components(separatedBy: "<table class=\"stack\">").dropFirst().first?.components(
                separatedBy: "</table>"
            ).first)
        expectTrue(table.contains("<th scope=\"col\">Title</th><th scope=\"col\">Validity</th>"))
        let rows = table.components(separatedBy: "<tr><td>").dropFirst()
        expectEqual(rows.count, 5)
        var expired = 0
        for row in rows {
            let cells = row.components(separatedBy: "</td>")
            expectTrue(cells.count > 2)
            expectTrue(cells[1].hasPrefix("<td data-label=\"Validity\"><span class=\"status status-"), "\(row)")
            if cells[1].contains("status-expired\">expired") { expired += 1 }
        }
        expectEqual(expired, 2)
        // The stylesheet stacks such a table below a width wider than a 390 px phone (1rem = 16px).
        let media = try require(index.range(of: "@media (max-width: "))
        let width = index[media.upperBound...].prefix { $0 != ")" }
        let pixels = width.hasSuffix("rem") ? (Double(width.dropLast(3)) ?? 0) * 16 : Double(width.dropLast(2)) ?? 0
        expectTrue(pixels >= 390, "\(width)")
        let block = index[media.upperBound...].prefix { $0 != "@" }
        expectTrue(block.contains("table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; }"))
        expectTrue(block.contains("table.stack td[data-label]::before { content: attr(data-label)"))
    }
}
