import Foundation
import TestSupport
import XCTest

/// `govctl who-owns`: roles for every system, role names in any language, tasks, people.
final class WhoOwnsTests: XCTestCase {
    static let systems = [
        "CMS", "DIPS", "LVMS", "Miclis", "Prosang", "SAMSA", "Samvy", "Sesam LMN", "Unilab", "webSesam",
    ]
    static let now = ["--now", "2026-11-21T03:00"]

    static func goldenName(_ system: String, _ ext: String) -> String {
        "who-owns-" + system.lowercased().replacingOccurrences(of: " ", with: "-") + "." + ext
    }

    func testEverySystemMatchesItsGoldenFilesInTextAndJSON() throws {
        forEachCase(Self.systems) { a0 in
            try Self.everySystemMatchesItsGoldenFilesInTextAndJSON(system: a0)
        }
    }

    static func everySystemMatchesItsGoldenFilesInTextAndJSON(system: String) throws {
        for (format, ext) in [("text", "txt"), ("json", "json")] {
            let r = try Binary.run(["who-owns", system, "--format", format] + Self.now)
            expectEqual(r.exitCode, 0, "\(r.stderr)")
            let (expected, actual) = try Golden.compare(Self.goldenName(system, ext), r.stdout)
            expectTrue(expected != nil, "record with `make golden`")
            expectEqual(actual, expected)
        }
    }

    func testARoleIsFoundByItsNameInAnyLanguageOrAlias() throws {
        for (a0, a1) in [
            ("systemeier", "Jon Anders Takvam"), ("system-owner", "Jon Anders Takvam"),
            ("Systemansvarlig", "Marius-Ioan Taran"), ("system manager", "Marius-Ioan Taran"),
            ("TEKNISK FORVALTNING", "e-helse"), ("super users", "superbruker"),
        ] {
            try withCase("\(a0), \(a1)") { try aRoleIsFoundByItsNameInAnyLanguageOrAlias(role: a0, holder: a1) }
        }
    }

    func aRoleIsFoundByItsNameInAnyLanguageOrAlias(role: String, holder: String) throws {
        let r = try Binary.run(["who-owns", "cms", "--role", role])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains(holder))
        expectTrue(r.stdout.components(separatedBy: "  [").count >= 2)
    }

    func testAnUnknownRoleSuggestsTheClosest() throws {
        let r = try Binary.run(["who-owns", "cms", "--role", "systemeir"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("did you mean 'systemeier'?"))
    }

    func testATaskKeywordFindsTheRoute() throws {
        for (a0, a1, a2) in [
            ("CMS", "tilganger", "32 23 53 30"), ("CMS", "access", "32 23 53 30"), ("CMS", "avvik", "EQS"),
            ("CMS", "deviations", "linjeleder"), ("CMS", "endringsønsker", "DIPS og kliniske systemer"),
            ("CMS", "technical", "Klinisk IKT"), ("CMS", "urgent", "vakttelefon"),
            ("CMS", "opplæring", "Mona Lise Rokke"),
            ("LVMS", "hastesak", "OK skal hjelpe"), ("Sesam LMN", "drift", "30 000"), ("Sesam LMN", "outage", "Ritz"),
            ("webSesam", "budget", "Ledningsråd"), ("webSesam", "driftstopp", "VGR IT"),
            ("webSesam", "support", "fyra supportnivåer"), ("webSesam", "access", "AM system (Regionservice/HMC)"),
            ("CMS", "tilganger", "Bestille tilganger"), ("CMS", "access", "ikt@siv.no"),
            ("SAMSA", "behörighet", "KB0031629"), ("Samvy", "training", "lathundar"),
        ] {
            try withCase("\(a0), \(a1), \(a2)") { try aTaskKeywordFindsTheRoute(system: a0, task: a1, expected: a2) }
        }
    }

    func aTaskKeywordFindsTheRoute(system: String, task: String, expected: String) throws {
        let r = try Binary.run(["who-owns", system, "--task", task])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains(expected), "\(r.stdout)")
    }

    func testATaskWithNoRouteSaysSoAndListsTheTasks() throws {
        let r = try Binary.run(["who-owns", "CMS", "--task", "budget"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("the sources name no route for 'budget' for CMS"))
    }

    func testARoleWithNoHolderSaysSo() throws {
        let r = try Binary.run(["who-owns", "sesam-lmn", "--role", "systemansvarig", "--lang", "en"])
        expectTrue(r.stdout.contains("System manager (SA): (the source names no holder)"))
        let json = try Binary.run(["who-owns", "sesam-lmn", "--role", "SA", "--format", "json"])
        expectTrue(json.stdout.contains("\"holderStated\": false"))
    }

    func testARoutesRoleKeepsItsOwnContactsApartFromTheRoutes() throws {
        // Kundservice has no contact in the source; the service desk's 30 000 and Ritz are the route's.
        let r = try Binary.run(["who-owns", "sesam-lmn", "--task", "drift"])
        expectTrue(r.stdout.contains("  Kundservice: Kundservice\n    kontakt: anges inte i källan\n  telefon: 30 000"))
        let markdown = try Binary.run(["who-owns", "sesam-lmn", "--task", "drift", "--format", "markdown"])
        expectTrue(markdown.stdout.contains("- **Kundservice:** Kundservice\n  - **Kontakt:** anges inte i källan\n"))
        // A role with contacts has them under it.
        let cms = try Binary.run(["who-owns", "CMS", "--task", "tilganger"])
        expectTrue(cms.stdout.contains("  Teknisk forvaltning: e-helse\n    e-post: ikt@siv.no\n"))
    }

    func testAPersonsRolesAreListedAcrossProcedures() throws {
        let r = try Binary.run(["who-owns", "--person", "marius-ioan taran"])
        expectEqual(r.exitCode, 0)
        for role in ["MKB-Fagansvarlig", "Representant til regionalt fagnettverk", "Systemansvarlig"] {
            expectTrue(r.stdout.contains(role))
        }
        let unit = try Binary.run(["who-owns", "--person", "VGR IT", "--format", "json"])
        expectTrue(unit.stdout.contains("\"procedure\": \"vgr-websesam\""))
    }

    func testAnUnknownPersonSuggestsTheClosest() throws {
        let r = try Binary.run(["who-owns", "--person", "Mona Lisa Roke"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("did you mean 'Mona Lise Rokke'?"))
    }

    func testAnUnknownSystemSuggestsTheClosest() throws {
        let r = try Binary.run(["who-owns", "CSM"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("did you mean 'CMS'?"))
    }
}
