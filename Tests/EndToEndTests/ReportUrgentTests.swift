import Foundation
import TestSupport
import XCTest

/// `govctl report-urgent` as the lab engineer at 3 a.m. runs it.
final class ReportUrgentTests: XCTestCase {
    static let now = ["--now", "2026-11-21T03:00"]

    func testTheCaseTextFollowsTheProcedure() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.now)
        expectEqual(r.exitCode, 0)
        expectTrue(r.stdout.contains("\nEmne (skilletegnet « – » er govctls)\n  LVMS – OK skal hjelpe\n"))
        expectTrue(r.stdout.contains("\nSaksbeskrivelse\n  Saken skal distribueres av OK.\n"))
        expectTrue(r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): ja"))
        expectTrue(r.stdout.contains("Hastesak etter definisjonen i BAKGRUNN: –"))
        expectTrue(r.stdout.contains("En hastesak er en sak som ikke kan planlegges."))
        expectTrue(r.stdout.contains("Mobil: [[MANGLER: Mobiltelefonnummer]]"))
        expectTrue(r.stdout.contains("  - Mobiltelefonnummer (--mobile)"))
        expectTrue(r.stdout.contains("  - Brukere (--users)"))
        expectTrue(!r.stdout.contains("--fact users"))
        expectTrue(r.stderr.contains("kildedokumentet gikk ut 2024-12-07 (D29653)"))
    }

    func testTheCaseTextStaysNorwegianInEnglishOutput() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--lang", "en"] + Self.now)
        expectTrue(
            r.stdout.contains(
                "Subject (the « – » separator is govctl's) (in Norwegian, as the source wants it)\n  LVMS – OK skal hjelpe\n"
            ))
        expectTrue(
            r.stdout.contains("Description (in Norwegian, as the source wants it)\n  Saken skal distribueres av OK.\n"))
        expectTrue(r.stdout.contains("  Saken skal distribueres av OK.\n"))
        expectTrue(
            r.stdout.contains("Steps\n  1. An urgent case is an incident/fault that affects hospital operations"))
        expectTrue(r.stdout.contains("  2. The cases are to be reported via Min Sykehuspartner."))
    }

    func testAnUnknownApplicationExits66WithASuggestion() throws {
        let r = try Binary.run(["report-urgent", "LVSM"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("did you mean 'LVMS'?"))
    }

    func testAnUnlistedApplicationCanBeReportedWithCriticalityOne() throws {
        let r = try Binary.run(["report-urgent", "Nytt LIS", "--criticality", "1"] + Self.now)
        expectEqual(r.exitCode, 0)
        expectTrue(r.stdout.contains("Nytt LIS – OK skal hjelpe"))
        expectTrue(r.stderr.contains("warning: 'Nytt LIS' is not in the procedures' registry"))
        expectTrue(
            r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): nei"))
        expectTrue(r.stdout.contains("Nytt LIS står ikke i listen over kritikalitet 1-applikasjoner i BAKGRUNN"))
        expectTrue(r.stdout.contains("fordi du oppgir det (--criticality 1), ikke fordi kilden sier det"))
        let json = try Binary.run(["report-urgent", "Nytt LIS", "--criticality", "1", "--format", "json"] + Self.now)
        expectTrue(json.stdout.contains(#""listed": false"#))
        expectTrue(json.stdout.contains(#""criticality1": false"#))
    }

    func testABlankAnswerIsAMissingOneInEveryFace() throws {
        forEachCase(["", "   ", "\t"]) { a0 in
            try Self.aBlankAnswerIsAMissingOneInEveryFace(a0)
        }
    }

    static func aBlankAnswerIsAMissingOneInEveryFace(_ blank: String) throws {
        var facts = GoldenOutputTests.completeCase
        facts[facts.firstIndex(of: "--users")! + 1] = blank
        let text = try Binary.run(["report-urgent", "LVMS"] + facts + Self.now)
        expectTrue(text.stdout.contains("Brukere: [[MANGLER: Brukere]]"))
        expectTrue(text.stdout.contains("  - Brukere (--users)"))
        for format in ["case", "email"] {
            let mail = format == "email" ? ["--to", "a@example.org", "--from", "b@example.org"] : []
            let r = try Binary.run(["report-urgent", "LVMS", "--format", format] + mail + facts + Self.now)
            expectEqual(r.exitCode, 65, "\(format): \(r.stdout)")
            expectTrue(r.stderr.contains("--users"), "\(format): \(r.stderr)")
        }
        let json = try Binary.run(["report-urgent", "LVMS", "--format", "json"] + facts + Self.now)
        expectTrue(json.stdout.contains(#""users": null"#), "\(json.stdout)")
    }

    func testAListedApplicationSaysTheSourceNamesIt() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.now)
        expectTrue(r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): ja"))
        expectTrue(!r.stdout.contains("fordi du oppgir det"))
    }

    func testAnUnknownApplicationHintsAtCriticality() throws {
        let r = try Binary.run(["report-urgent", "Sectra"] + Self.now)
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("give --criticality N (e.g. --criticality 1)"))
    }

    func testCmsGetsItsOwnRouteAndTheOnCallHours() throws {
        let day = try Binary.run(["report-urgent", "cms", "--now", "2026-11-23T10:30"])
        expectTrue(day.stdout.contains("ring 32 23 53 30"))
        expectTrue(day.stdout.contains("innenfor tidsrommet 09:00–15:00 da vakttelefonen som hovedregel er bemannet"))
        expectTrue(day.stdout.contains("Prosedyren oppgir ikke hvilke dager"))
        let night = try Binary.run(["report-urgent", "cms", "--now", "2026-11-23T15:00"])
        expectTrue(night.stdout.contains("utenfor tidsrommet 09:00–15:00"))
    }

    func testALineBreakInAHeaderValueIsRefused() throws {
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "email", "--to", "a@example.org\nBcc: x@example.org", "--from",
                "vakt@example.org",
            ] + GoldenOutputTests.completeCase)
        expectEqual(r.exitCode, 64)
        expectTrue(r.stdout.isEmpty)
    }

    func testTheEmailParsesBackWithNorwegianLettersIntact() throws {
        guard let python = ToolRequirement.which("python3", for: "the case mail read back by Python's email package")
        else { return }
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "email", "--to", "ikt@example.org", "--from", "vakt@example.org",
            ] + GoldenOutputTests.completeCase.dropFirst(2) + ["--description", "Blodbanken får ikke svar – æøå ÆØÅ"]
                + Self.now)
        expectEqual(r.exitCode, 0)
        let parse = """
            import email, email.policy, json, sys
            m = email.message_from_string(sys.stdin.read(), policy=email.policy.default)
            print(json.dumps({"subject": str(m["Subject"]), "to": str(m["To"]), "type": m.get_content_type(),
                              "charset": m.get_content_charset(), "auto": m["Auto-Submitted"], "body": m.get_content(),
                              "defects": len(m.defects)}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", parse]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(r.stdout.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        expectTrue(parsed["subject"] as? String == "LVMS – OK skal hjelpe")
        expectTrue(parsed["to"] as? String == "ikt@example.org")
        expectTrue(parsed["type"] as? String == "text/plain")
        expectTrue(parsed["charset"] as? String == "utf-8")
        expectTrue(parsed["auto"] == nil || parsed["auto"] is NSNull)
        expectTrue(parsed["defects"] as? Int == 0)
        expectEqual((parsed["body"] as? String)?.contains("Feilbeskrivelse: Blodbanken får ikke svar – æøå ÆØÅ"), true)
    }

    func testALongNonASCIISubjectIsEncodedInShortWords() throws {
        let r = try Binary.run(
            [
                "report-urgent", String(repeating: "Kjøkkenbenk ", count: 8), "--criticality", "1", "--format", "email",
                "--from", "a@example.org", "--to", "b@example.org", "--allow-missing",
            ] + Self.now)
        let subjectLines = r.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("Subject:") }.prefix {
            $0.hasPrefix("Subject:") || $0.hasPrefix(" ")
        }
        expectTrue(subjectLines.count > 1)
        expectTrue(subjectLines.allSatisfy { $0.count <= 78 })
    }
}

/// The registry is data: adding an application is an edit of procedures/, with no Swift change.
final class RegistryIsDataTests: XCTestCase {
    func testAnApplicationAddedToTheJSONIsReportedAsUrgent() throws {
        let directory = try TemporaryDirectory.make("registry")
        defer { TemporaryDirectory.remove(directory) }
        let original = try String(
            contentsOf: Binary.root.appending(path: "procedures/sshf-hastesaker.json"), encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "\"systems\": [\n",
            with: """
                "systems": [
                    { "id": "labnytt", "name": "LabNytt", "criticality": 1, "source": "BAKGRUNN (test)" },

                """)
        expectTrue(edited != original)
        try edited.write(to: directory.appending(path: "sshf-hastesaker.json"), atomically: true, encoding: .utf8)
        let before = try Binary.run(["report-urgent", "LabNytt"])
        expectEqual(before.exitCode, 66)
        let after = try Binary.run(
            ["report-urgent", "labnytt", "--now", "2026-11-21T03:00"],
            environment: ["GOVCTL_PROCEDURES": directory.path])
        expectEqual(after.exitCode, 0, "\(after.stderr)")
        expectTrue(after.stdout.contains("LabNytt – OK skal hjelpe"))
    }

    func testAFlagAndAFactThatDisagreeAreAUsageError() throws {
        let r = try Binary.run([
            "report-urgent", "LVMS", "--contact", "Kari Nordmann", "--fact", "contact=Ola Nordmann", "--no-input",
        ])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("--contact 'Kari Nordmann' and --fact contact=Ola Nordmann disagree"))
        let same = try Binary.run([
            "report-urgent", "LVMS", "--contact", "Kari Nordmann", "--fact", "contact=Kari Nordmann", "--no-input",
        ])
        expectEqual(same.exitCode, 0, "\(same.stderr)")
    }
}
