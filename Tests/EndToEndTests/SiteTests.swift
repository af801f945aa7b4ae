import Foundation
import TestSupport
import XCTest

/// `govctl site DIR` and `govctl print GUIDE`: the pages, their frame, escaping and reproducibility. The real
/// browser checks (screenshots, PDF page counts, search, phone width, HTML validation) are scripts/test-browser.py.
final class SiteTests: XCTestCase {
    static let now = ["--now", "2026-11-21T08:00"]

    /// Generates the site into a new temporary directory and returns its files by name.
    static func site(_ extra: [String] = []) throws -> [String: String] {
        let parent = try TemporaryDirectory.make("site")
        defer { TemporaryDirectory.remove(parent) }
        let directory = parent.appending(path: "site")
        let r = try Binary.run(["site", directory.path] + now + extra)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        var files: [String: String] = [:]
        // `.govctl-site` marks the directory as govctl's (SiteDirectoryTests); it is no page.
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name != ".govctl-site" {
            files[name] = try String(contentsOf: directory.appending(path: name), encoding: .utf8)
        }
        expectEqual(r.stdout.split(separator: "\n").count, files.count)
        return files
    }

    func testTheSiteHasAnIndexOwnershipSearchAndAPagePerProcedureGuideAndChecklist() throws {
        let files = try Self.site()
        for name in [
            "index.html", "index.nb.html", "index.sv.html", "ownership.html", "search.html",
            "procedure-sshf-hastesaker.html", "procedure-sshf-hastesaker.en.html",
            "procedure-skane-sesam-lmn-reservrutin.html", "guide-sesam-lmn-reservrutin.html",
            "checklist-sesam-lmn-reservrutin.html", "checklist-sesam-lmn-reservrutin.en.html",
            "guide-hastesak-sykehuspartner.en.html",
        ] {
            expectTrue(files[name] != nil, "no \(name)")
        }
        // 3 languages × (index, ownership, search), and per procedure and language its page and each guide's two
        let catalog = try Procedures.catalog()
        let perProcedure = catalog.procedures.map { ($0.document.language == .en ? 1 : 2) * (1 + 2 * $0.guides.count) }
        expectEqual(files.count, 9 + perProcedure.reduce(0, +))
    }

    func testTheIndexMatchesItsGoldenFile() throws {
        let files = try Self.site()
        let (expected, actual) = try Golden.compare("site-index.html", files["index.html"] ?? "")
        expectTrue(expected != nil, "record with `make golden`")
        expectEqual(actual, expected)
    }

    func testTheSesamChecklistPrintedAloneMatchesItsGoldenFile() throws {
        let r = try Binary.run(["print", "sesam-lmn-reservrutin"] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        let (expected, actual) = try Golden.compare("print-sesam-lmn-reservrutin.html", r.stdout)
        expectTrue(expected != nil, "record with `make golden`")
        expectEqual(actual, expected)
    }

    func testPrintWritesToAFileWithOutputAndNamesTheSystem() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "govctl-print-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try Binary.run(
            ["print", "hastesak-sykehuspartner", "--system", "LVMS", "--lang", "en", "--output", file.path] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.isEmpty)
        let page = try String(contentsOf: file, encoding: .utf8)
        expectTrue(page.contains("<html lang=\"en\">"))
        expectTrue(page.contains("System: LVMS"))
        expectTrue(page.contains("Prognosis received at"))
    }

    func testPrintOfAnUnknownGuideExits66WithADidYouMean() throws {
        let r = try Binary.run(["print", "sesam-lmn-reservrutn"] + Self.now)
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("sesam-lmn-reservrutin"))
    }

    func testEveryPageHasLanguageSkipLinkViewportFooterAndNoExternalAsset() throws {
        let pages = try Self.site()
        expectTrue(pages["index.html"] != nil, "no pages: \(pages.keys.sorted())")
        for (name, page) in pages {
            expectTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\""), "\(name)")
            expectTrue(page.contains("<a class=\"skip\" href=\"#main\">"), "\(name)")
            expectTrue(page.contains("<main id=\"main\">"), "\(name)")
            expectTrue(page.contains("name=\"viewport\""), "\(name)")
            expectTrue(page.contains("govctl 0.1.0"), "\(name)")
            expectTrue(page.contains("2026-11-21"), "\(name)")
            expectTrue(page.contains("@page { size: A4"), "\(name)")
            expectTrue(!page.contains("src="), "\(name)")
            expectTrue(!page.contains("href=\"http"), "\(name)")
            expectTrue(!page.contains("<th>"), "\(name): a header cell without scope")
        }
    }

    func testSourceLanguagePagesAndTheirEnglishAlternatesLinkToEachOther() throws {
        let files = try Self.site()
        let sv = try require(files["procedure-skane-sesam-lmn-reservrutin.html"])
        let en = try require(files["procedure-skane-sesam-lmn-reservrutin.en.html"])
        expectTrue(sv.contains("<html lang=\"sv\">"))
        expectTrue(
            sv.contains(
                "<link rel=\"alternate\" hreflang=\"en\" href=\"procedure-skane-sesam-lmn-reservrutin.en.html\">"))
        expectTrue(sv.contains("hreflang=\"en\" lang=\"en\">English</a>"))
        expectTrue(en.contains("<html lang=\"en\">"))
        expectTrue(
            en.contains("<link rel=\"alternate\" hreflang=\"sv\" href=\"procedure-skane-sesam-lmn-reservrutin.html\">"))
        expectTrue(en.contains("Reserve routine for Sesam LMN"))
    }

    func testTheIndexSaysWhichDocumentsAreValidExpiredOrWithoutADate() throws {
        let index = try require(try Self.site()["index.html"])
        expectTrue(index.contains("status-expired\">expired (valid until 2024-12-07)"))
        expectTrue(index.contains("status-expired\">expired (valid until 2021-12-31)"))
        expectTrue(index.contains("status-notStated\">valid until: not stated in the source"))
    }

    func testTheSameNowGivesTheSameSite() throws {
        try expectEqual(try Self.site(), Self.site())
    }

    func testTextFromTheDataIsEscapedOnEveryPage() throws {
        let directory = try TemporaryDirectory.make("evil")
        defer { TemporaryDirectory.remove(directory) }
        let original = try String(
            contentsOf: Binary.root.appending(path: "procedures/skane-sesam-lmn-reservrutin.json"), encoding: .utf8)
        let evil = original.replacingOccurrences(
            of: "\"Kontakt ska även tas med systemleverantör.\"",
            with: "\"Kontakt <script>alert(1)</script> & \\\"x\\\" </script><!--\"")
        expectTrue(evil != original)
        try Data(evil.utf8).write(to: directory.appending(path: "sesam.json"))
        let files = try Self.site(["--procedures", directory.path])
        for (name, page) in files {
            expectTrue(!page.contains("<script>alert"), "\(name)")
            expectEqual(
                page.components(separatedBy: "</script>").count - 1,
                page.components(separatedBy: "<script").count
                    - 1, "\(name)")
        }
        expectEqual(
            files["guide-sesam-lmn-reservrutin.html"]?.contains(
                "Kontakt &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), true)
        expectEqual(files["search.html"]?.contains("\\u003cscript>alert(1)\\u003c/script>"), true)
    }
}
