import Foundation
import TestSupport
import XCTest

/// `--format markdown` for who-owns, reserve-status, budget and show, compared with golden files.
final class MarkdownOutputTests: XCTestCase {
    static let now = ["--now", "2026-11-21T03:00"]

    static let cases: [GoldenOutputTests.Case] = [
        .init(golden: "who-owns-cms.md", arguments: ["who-owns", "CMS", "--format", "markdown"] + now, exitCode: 0),
        .init(
            golden: "who-owns-sesam-lmn-drift-en.md",
            arguments: ["who-owns", "Sesam LMN", "--task", "drift", "--lang", "en", "--format", "markdown"] + now,
            exitCode: 0),
        .init(
            golden: "who-owns-person.md",
            arguments: ["who-owns", "--person", "Marius-Ioan Taran", "--format", "markdown"] + now, exitCode: 0),
        .init(
            golden: "reserve-status-under-way.md",
            arguments: [
                "reserve-status", "Sesam LMN", "--since", "2026-11-21T08:00", "--now", "2026-11-21T11:59", "--format",
                "markdown",
            ], exitCode: 1),
        .init(
            golden: "budget-websesam.md", arguments: ["budget", "webSesam", "--format", "markdown"] + now, exitCode: 0),
        .init(
            golden: "budget-websesam-adaptation-en.md",
            arguments: [
                "budget", "websesam", "--adaptation", "40000", "--shared", "--lang", "en", "--format", "markdown",
            ] + now, exitCode: 0),
        .init(
            golden: "show-sshf-hastesaker.md", arguments: ["show", "sshf-hastesaker", "--format", "markdown"] + now,
            exitCode: 0),
        .init(
            golden: "show-vgr-websesam-en.md",
            arguments: ["show", "vgr-websesam", "--lang", "en", "--format", "markdown"] + now, exitCode: 0),
    ]

    func testMarkdownMatchesTheGoldenFile() throws {
        forEachCase(Self.cases) { a0 in
            try Self.markdownMatchesTheGoldenFile(a0)
        }
    }

    static func markdownMatchesTheGoldenFile(_ c: GoldenOutputTests.Case) throws {
        let result = try Binary.run(c.arguments)
        expectEqual(result.exitCode, c.exitCode, "stderr: \(result.stderr)")
        let (expected, actual) = try Golden.compare(c.golden, result.stdout)
        expectTrue(expected != nil, "no golden file \(c.golden); record it with `make golden` and review it")
        expectEqual(actual, expected)
    }

    func testTextFromTheDataIsEscapedInMarkdown() throws {
        let directory = try TemporaryDirectory.make("md")
        defer { TemporaryDirectory.remove(directory) }
        let original = try String(
            contentsOf: Binary.root.appending(path: "procedures/siv-cms.json"), encoding: .utf8)
        let changed = original.replacingOccurrences(of: "Jon Anders Takvam", with: "Jon *Anders* <b>Takvam</b>")
        try Data(changed.utf8).write(to: directory.appending(path: "siv-cms.json"))
        let r = try Binary.run(["who-owns", "CMS", "--format", "markdown", "--procedures", directory.path] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("Jon \\*Anders\\* \\<b\\>Takvam\\</b\\>"))
    }
}
