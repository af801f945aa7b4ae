import CLIKit
import Foundation
import TestSupport
import XCTest

/// The manual page made from the declarations, rendered by the real tools.
final class ManPageTests: XCTestCase {
    static let page = ManPage.text(for: Fixture.program, date: "2026-11-28")

    /// Writes the page to a temporary file for `body`.
    private func withPage(_ body: (URL) throws -> Void) throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "govctl.1")
        try Self.page.write(to: file, atomically: true, encoding: .utf8)
        try body(file)
    }

    func testGroffReadsThePageWithoutAWarning() throws {
        guard let groff = ToolRequirement.which("groff", for: "groff's check of the man page") else {
            return
        }
        try withPage { file in
            let result = try Tool.run(groff, ["-ww", "-z", "-man", file.path])
            expectEqual(result.status, 0)
            expectEqual(result.stderr, "")
        }
    }

    func testManShowsEverySectionAndEachCommandWithItsOptions() throws {
        guard let man = ToolRequirement.which("man", for: "the man page rendered by man-db"),
            let col = ToolRequirement.which("col", for: "the man page rendered by man-db")
        else {
            return
        }
        try withPage { file in
            let rendered = try Tool.run(
                "/bin/sh", ["-c", "'\(man)' -l '\(file.path)' | '\(col)' -b"], environment: ["MANWIDTH": "80"])
            expectEqual(rendered.status, 0)
            let text = rendered.stdout
            for section in [
                "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES",
                "EXAMPLES",
            ] {
                expectTrue(text.contains("\n\(section)\n"), "\(section)")
            }
            expectTrue(text.hasPrefix("GOVCTL(1)"))
            expectTrue(text.contains("govctl - IT-governance procedures of Nordic hospitals"))
            for command in ["report-urgent", "reserve-status", "outage start", "outage prognosis", "who-owns"] {
                expectTrue(text.contains("\n   govctl \(command)\n"), "\(command)")
            }
            expectTrue(text.contains("govctl reserve-status SYSTEM [--since TIME]"))
            expectTrue(text.contains("--no-prognosis\n"))
            expectTrue(text.contains("output format (text, json or nagios; default: text)"))
            expectTrue(text.contains("\n       64     usage error"))
            expectTrue(text.contains("GOVCTL_PROCEDURES"))
            expectTrue(text.contains("$XDG_STATE_HOME/govctl/outages.jsonl"))
            expectTrue(text.contains("govctl reserve-status 'Sesam LMN' --format nagios"))
        }
    }

    func testRoffControlCharactersInTextAreEscaped() {
        var program = Fixture.program
        program.discussion = ".SH not a section\n'quoted line\nback\\slash and ø"
        let page = ManPage.text(for: program, date: "2026-11-28")
        expectTrue(page.contains("\n\\&.SH not a section\n"))
        expectTrue(page.contains("\n\\&'quoted line\n"))
        expectTrue(page.contains("back\\eslash and \\[u00F8]"))
    }
}
