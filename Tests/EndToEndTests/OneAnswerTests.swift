import Foundation
import TestSupport
import XCTest

/// Issue 23, "One answer, every face": each example under "What was seen", as a test. Every face renders the one
/// answer GovKit computed (contacts, times, the missing list, the case fields); none works its answer out again.
final class OneAnswerTests: XCTestCase {
    static let now = ["--now", "2026-11-21T03:00"]
    /// The three questions of the hastesak definition (BAKGRUNN), answered.
    static let definition = [
        "--fact", "affectsOperations=ja", "--fact", "needsAdHocHelp=ja", "--fact", "cannotBePlanned=ja",
    ]

    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "govctl-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// The rows of a checklist (`<tr>…</tr>`) whose "who" cell names `role`.
    static func rows(_ html: String, role: String) -> [String] {
        html.components(separatedBy: "<tr>").filter { $0.contains("Roll: \(role) ") || $0.contains("Roll: \(role)<") }
    }

    /// The ids of a guide's steps that name `role`, read from the bundled procedure file.
    static func steps(withRole role: String, guide: String) throws -> [String] {
        let directory = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: directory.appending(path: name))
            let procedure = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for g in procedure["guides"] as? [[String: Any]] ?? [] where g["id"] as? String == guide {
                let steps = g["steps"] as? [[String: Any]] ?? []
                return steps.filter { $0["role"] as? String == role }.compactMap { $0["id"] as? String }
            }
        }
        return []
    }

    // MARK: The printed checklist gives a role only its own contact

    func testThePrintedChecklistGivesKundserviceNoOtherRolesNumber() throws {
        let r = try Binary.run(["print", "sesam-lmn-reservrutin"] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        // The guide's steps for Kundservice, by the procedure file.
        let rows = Self.rows(r.stdout, role: "Kundservice")
        try expectEqual(rows.count, (try Self.steps(withRole: "kundservice", guide: "sesam-lmn-reservrutin")).count)
        for row in rows {
            // The step's own text may quote the source's number ("kontakta 30 000"); the role's contact may not.
            let contact = row.components(separatedBy: "Roll: Kundservice").last ?? row
            expectTrue(!contact.contains("30 000"), "\(row)")
            expectTrue(!contact.contains("Ritz"), "\(row)")
            expectTrue(contact.contains("kontakt: anges inte i källan"), "\(row)")
        }
    }

    func testTheSitesChecklistAndGuidePageGiveKundserviceNoOtherRolesNumber() throws {
        let directory = try Self.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try Binary.run(["site", directory.path] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        for page in ["checklist-sesam-lmn-reservrutin.html", "guide-sesam-lmn-reservrutin.html"] {
            let html = try String(contentsOf: directory.appending(path: page), encoding: .utf8)
            let steps =
                html.components(separatedBy: "<li id=\"step-").dropFirst()
                + html.components(separatedBy: "<tr>").dropFirst()
            // "Roll: Kundservice" on the checklist, "roll: Kundservice (kontakt: …)" on the guide's page, as in text.
            let kundservice = steps.filter { $0.contains("oll: Kundservice") }
            expectTrue(!kundservice.isEmpty, "\(page)")
            for step in kundservice {
                let upToNext = step.components(separatedBy: "</li>").first ?? step
                // The step's own text may quote the source's number ("kontakta 30 000"); the role's contact may not.
                let contact = upToNext.components(separatedBy: "oll: Kundservice").last ?? upToNext
                expectTrue(!contact.contains("30 000"), "\(page): \(upToNext)")
                expectTrue(contact.contains("kontakt: anges inte i källan"), "\(page): \(upToNext)")
            }
        }
    }

    // MARK: print and site read times in the procedure's zone

    func testPrintReadsNowInTheProceduresZone() throws {
        forEachCase(["UTC", "America/New_York", "Europe/Oslo"]) { a0 in
            try Self.printReadsNowInTheProceduresZone(machineZone: a0)
        }
    }

    static func printReadsNowInTheProceduresZone(machineZone: String) throws {
        let r = try Binary.run(
            ["print", "cms-hastesak", "--system", "CMS", "--now", "2026-11-22T10:30"],
            environment: ["TZ": machineZone])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("Klokken er 10:30: innenfor tidsrommet 09:00–15:00"), "\(machineZone)")
        expectTrue(!r.stdout.contains("11:30"))
        // The step for outside the hours does not apply at 10:30: its time is left to write by hand.
        expectTrue(!r.stdout.contains("Klokken er 10:30: det er utenfor"))
        // The footer's date is the procedure's day too.
        expectTrue(r.stdout.contains("2026-11-22"))
    }

    func testAPrintedChecklistDatesItselfInTheProceduresZone() throws {
        // 23:30 UTC is already the next day in Oslo.
        let r = try Binary.run(
            ["print", "cms-hastesak", "--system", "CMS", "--now", "2026-11-22T23:30Z"], environment: ["TZ": "UTC"])
        expectTrue(r.stdout.contains("2026-11-23"), "\(r.stdout.suffix(400))")
    }

    func testTheSiteBakesNoClockTimeIntoItsPages() throws {
        let directory = try Self.temporaryDirectory("site-clock")
        defer { try? FileManager.default.removeItem(at: directory) }
        let r = try Binary.run(["site", directory.path, "--now", "2026-11-21T08:00"], environment: ["TZ": "UTC"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        for page in ["checklist-cms-hastesak.html", "guide-cms-hastesak.html"] {
            let html = try String(contentsOf: directory.appending(path: page), encoding: .utf8)
            expectTrue(!html.contains("Klokken er 09:00"), "\(page)")
            expectTrue(!html.contains("Klokken er 08:00"), "\(page)")
            expectTrue(html.contains("Klokken er <span class=\"blank\">Tidspunkt</span>"), "\(page)")
        }
    }

    // MARK: one clock

    func testEveryFaceDatesTheDocumentInTheProceduresZone() throws {
        // D29653 is valid until 2024-12-07. At 23:30 UTC on that day it is already the 8th in Oslo: expired,
        // whatever this machine's zone, in the guide and in list and show alike.
        let now = ["--now", "2024-12-07T23:30Z"]
        let environment = ["TZ": "UTC"]
        let guide = try Binary.run(["report-urgent", "LVMS"] + now, environment: environment)
        expectTrue(guide.stdout.contains("gyldig til 2024-12-07 (utløpt)"), "\(guide.stdout.prefix(400))")
        let show = try Binary.run(["show", "sshf-hastesaker"] + now, environment: environment)
        expectTrue(show.stdout.contains("Status: utløpt"), "\(show.stdout.prefix(600))")
        let list = try Binary.run(["list", "--format", "json"] + now, environment: environment)
        expectTrue(list.stdout.contains("\"status\": \"expired\""))
        let valid = try Binary.run(["show", "sshf-hastesaker", "--now", "2024-12-07T22:30Z"], environment: environment)
        expectTrue(valid.stdout.contains("Status: gyldig") && !valid.stdout.contains("utløpt"), "\(valid.stdout)")
    }

    // MARK: case and mail run the same checks as text

    func testCaseAndMailRefuseAnUnansweredDefinition() throws {
        forEachCase(["case", "email"]) { a0 in
            try Self.caseAndMailRefuseAnUnansweredDefinition(format: a0)
        }
    }

    static func caseAndMailRefuseAnUnansweredDefinition(format: String) throws {
        let mail = format == "email" ? ["--to", "ikt@example.org", "--from", "vakt@sshf.example"] : []
        let r = try Binary.run(
            ["report-urgent", "LVMS", "--format", format] + mail + GoldenOutputTests.completeCaseFacts + Self.now)
        expectEqual(r.exitCode, 65, "\(r.stdout)")
        expectTrue(r.stdout.isEmpty)
        expectTrue(r.stderr.contains("--fact affectsOperations=…"), "\(r.stderr)")
        expectTrue(r.stderr.contains("--fact needsAdHocHelp=…"))
        expectTrue(r.stderr.contains("--fact cannotBePlanned=…"))
        expectTrue(r.stderr.contains("--allow-missing"))
        // The text face lists the same facts as missing.
        let text = try Binary.run(["report-urgent", "LVMS"] + GoldenOutputTests.completeCaseFacts + Self.now)
        expectTrue(text.stdout.contains("(--fact affectsOperations=…)"))
        let answered = try Binary.run(
            ["report-urgent", "LVMS", "--format", format] + mail + GoldenOutputTests.completeCaseFacts
                + Self.definition + Self.now)
        expectEqual(answered.exitCode, 0, "\(answered.stderr)")
    }

    // MARK: JSON carries the case fields one by one

    func testJsonCarriesWhatTheUserGaveAndNullForTheRest() throws {
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "json", "--description", "LVMS svarer ikke", "--department",
                "Blodbanken", "--contact", "Kari Nordmann", "--mobile", "900 00 000",
            ] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        let facts = json["facts"] as? [String: Any] ?? [:]
        expectTrue(facts["description"] as? String == "LVMS svarer ikke")
        expectTrue(facts["department"] as? String == "Blodbanken")
        expectTrue(facts["contact"] as? String == "Kari Nordmann")
        expectTrue(facts["mobile"] as? String == "900 00 000")
        for absent in ["users", "pcs", "servers", "competence", "affectsOperations"] {
            expectTrue(facts.keys.contains(absent), "\(absent)")
            expectTrue(facts[absent] is NSNull, "\(absent)")
        }
        let missing = (json["missing"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        expectTrue(missing.contains("users"))
        expectTrue(!missing.contains("description"))
    }

    // MARK: --format case keeps the follow-up call

    func testTheCaseFormatWritesTheFollowUpCallOnStderr() throws {
        let r = try Binary.run(
            ["report-urgent", "LVMS", "--format", "case"] + GoldenOutputTests.completeCase + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(!r.stdout.contains("Ring Brukerstøtte"))
        expectTrue(
            r.stderr.contains("govctl: note: Oppfølging: Ring Brukerstøtte når saken er registrert."), "\(r.stderr)")
    }

    // MARK: one sender policy for every mail

    func testEveryMailTakesItsSenderFromTheSamePolicy() throws {
        let directory = try Self.temporaryDirectory("sender")
        defer { try? FileManager.default.removeItem(at: directory) }
        let unconfigured = directory.appending(path: "none.json")
        try #"{"mail": {"from": null, "to": ["kundservice@example.org"]}}"#.write(
            to: unconfigured, atomically: true, encoding: .utf8)
        let configured = directory.appending(path: "from.json")
        try #"{"mail": {"from": "govctl@example.org", "to": ["kundservice@example.org"]}}"#.write(
            to: configured, atomically: true, encoding: .utf8)
        let status = [
            "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00",
            "--format", "email",
        ]
        let urgent = ["report-urgent", "LVMS", "--format", "email"] + GoldenOutputTests.completeCase + Self.now
        let guide =
            [
                "guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable", "--format", "email",
            ] + Self.now
        func from(_ r: Binary.Result) -> String? { CaseInOneGoTests.header("From", r.stdout) }
        let home = ["HOME": directory.path, "XDG_CONFIG_HOME": directory.path]
        // The configured sender, in every mail.
        for arguments in [status, urgent, guide] {
            let r = try Binary.run(arguments, environment: home.merging(["GOVCTL_CONFIG": configured.path]) { $1 })
            expectEqual(from(r), "govctl@example.org", "\(arguments[0]): \(r.stderr)")
        }
        // --from wins.
        let given = try Binary.run(
            status + ["--from", "vakt@example.org"],
            environment: home.merging(["GOVCTL_CONFIG": configured.path]) { $1 })
        expectEqual(from(given), "vakt@example.org")
        // No sender configured: the same answer from every command (user@FQDN, or the same refusal), never an
        // invented domain.
        let results = try [status, urgent, guide].map { arguments in
            try Binary.run(arguments, environment: home.merging(["GOVCTL_CONFIG": unconfigured.path]) { $1 })
        }
        for r in results {
            expectTrue(!r.stdout.contains("localdomain"), "\(r.stdout.prefix(300))")
            expectEqual(r.exitCode, results[1].exitCode, "\(r.stderr)")
            expectEqual(from(r), from(results[1]))
            if r.exitCode != 0 {
                expectTrue(r.stderr.contains("no fully qualified name"), "\(r.stderr)")
            }
        }
    }

    // MARK: one Nagios error path, one place deciding exit codes, no `default:` in a format switch

    static func source(_ path: String) throws -> String {
        try String(contentsOf: Binary.root.appending(path: path), encoding: .utf8)
    }

    static func executableSources() throws -> [(name: String, text: String)] {
        let directory = Binary.root.appending(path: "Sources/govctl")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().filter {
            $0.hasSuffix(".swift")
        }.map { ($0, try String(contentsOf: directory.appending(path: $0), encoding: .utf8)) }
    }

    func testOneNagiosErrorPath() throws {
        let makers = try Self.executableSources().filter { $0.text.contains("nagiosUnknown(") }.map(\.name)
        expectEqual(makers, ["Failure.swift"], "UNKNOWN lines are made in \(makers)")
        try expectTrue(!(try Self.source("Sources/govctl/Renderers.swift")).contains("monitorCheck"))
        // Errors of every kind come out as one UNKNOWN line with the system's display name, exit 3.
        for arguments in [
            ["reserve-status", "sesam-lmn", "--since", "2026-11-22T08:00", "--now", "2026-11-21T08:00"],
            ["reserve-status", "nosuch"],
            ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--prognosis", "2026-02-30T08:00"],
        ] {
            let r = try Binary.run(arguments + ["--format", "nagios", "--state", "/nonexistent/outages.jsonl"])
            expectEqual(r.exitCode, 3, "\(arguments)")
            expectEqual(r.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count, 1, "\(r.stdout)")
            expectTrue(r.stdout.contains(" UNKNOWN - "), "\(r.stdout)")
        }
    }

    func testExitCodesAreDecidedInOnePlace() throws {
        for (name, text) in try Self.executableSources() where name != "Output.swift" {
            expectTrue(!text.contains("exitCode: 1"), "\(name)")
            expectTrue(!text.contains("? 0 : 1"), "\(name)")
            expectTrue(!text.contains(".exitCode ?? "), "\(name)")
        }
    }

    func testNoFormatSwitchHasADefault() throws {
        let renderers = try Self.source("Sources/govctl/Renderers.swift")
        expectTrue(!renderers.contains("default:"))
        expectTrue(!renderers.contains("func unsupported"))
    }

    func testTodayIsWorkedOutInOnePlace() throws {
        for (name, text) in try Self.executableSources() {
            expectTrue(!text.contains("?? 2026"), "\(name)")
            expectTrue(!text.contains("TimeZone.current"), "\(name)")
            expectTrue(!text.contains("Date()") || name == "Context.swift", "\(name)")
        }
    }
}
