import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// govctl's readings on the site: where the data reads more than the source says, the site's pages say so as
/// `show`, `who-owns` and `trace` do (they left them out before issue 23).
final class SiteReadingTests: XCTestCase {
    func testTheSitesProcedurePagesShowEveryReadingOfTheDocumentItsSystemsRolesDutiesAndRoutes() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-readings")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + ["--now", "2026-11-21T03:00"]).exitCode, 0)
        var checked = 0
        for p in try Procedures.catalog().procedures {
            let lang = p.document.language
            let page = try String(
                contentsOf: site.appending(path: SiteBuilder.procedurePath(p, lang)), encoding: .utf8)
            let readings =
                [p.document.interpretation] + p.systems.map(\.interpretation) + p.roles.map(\.interpretation)
                + p.roles.flatMap { $0.duties.map(\.interpretation) } + p.routes.map(\.interpretation)
            for reading in readings.compactMap({ $0 }) {
                let shown = HTML.escape(Interpretation.line(reading, lang, fallback: lang))
                expectTrue(page.contains("<p class=\"reading\">\(shown)</p>"), "\(p.id): \(shown)")
                checked += 1
            }
        }
        expectTrue(checked >= 13)
    }

    func testTheSitesGuidePagesShowTheReadingOfEveryFactTheyAskFor() throws {
        let files = try SiteTests.site()
        var checked = 0
        for p in try Procedures.catalog().procedures {
            let lang = p.document.language
            for g in p.guides {
                let page = try require(files[SiteBuilder.guidePath(g, p, lang)])
                for reading in g.facts.compactMap(\.interpretation) {
                    let shown = HTML.escape(Interpretation.line(reading, lang, fallback: lang))
                    expectTrue(page.contains("<span class=\"reading\">\(shown)</span>"), "\(g.id): \(shown)")
                    checked += 1
                }
            }
        }
        // 001's four facts asked as required where the source ends its list with "osv.".
        expectTrue(checked >= 4)
    }
}
