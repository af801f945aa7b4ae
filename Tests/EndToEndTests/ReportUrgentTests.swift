import Foundation
import TestSupport
import Testing

/// `govctl report-urgent` as the lab engineer at 3 a.m. runs it.
@Suite struct ReportUrgentTests {
    static let now = ["--now", "2026-11-21T03:00"]

    @Test func theCaseTextFollowsTheProcedure() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.now)
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("\nEmne (skilletegnet « – » er govctls)\n  LVMS – OK skal hjelpe\n"))
        #expect(r.stdout.contains("\nSaksbeskrivelse\n  Saken skal distribueres av OK.\n"))
        #expect(r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): ja"))
        #expect(r.stdout.contains("Hastesak etter definisjonen i BAKGRUNN: –"))
        #expect(r.stdout.contains("En hastesak er en sak som ikke kan planlegges."))
        #expect(r.stdout.contains("Mobil: [[MANGLER: Mobiltelefonnummer]]"))
        #expect(r.stdout.contains("  - Mobiltelefonnummer (--mobile)"))
        #expect(r.stdout.contains("  - Brukere (--users)"))
        #expect(!r.stdout.contains("--fact users"))
        #expect(r.stderr.contains("kildedokumentet gikk ut 2024-12-07 (D29653)"))
    }

    @Test func theCaseTextStaysNorwegianInEnglishOutput() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--lang", "en"] + Self.now)
        #expect(
            r.stdout.contains(
                "Subject (the « – » separator is govctl's) (in Norwegian, as the source wants it)\n  LVMS – OK skal hjelpe\n"
            ))
        #expect(
            r.stdout.contains("Description (in Norwegian, as the source wants it)\n  Saken skal distribueres av OK.\n"))
        #expect(r.stdout.contains("  Saken skal distribueres av OK.\n"))
        #expect(r.stdout.contains("Steps\n  1. An urgent case is an incident/fault that affects hospital operations"))
        #expect(r.stdout.contains("  2. The cases are to be reported via Min Sykehuspartner."))
    }

    @Test func anUnknownApplicationExits66WithASuggestion() throws {
        let r = try Binary.run(["report-urgent", "LVSM"])
        #expect(r.exitCode == 66)
        #expect(r.stderr.contains("did you mean 'LVMS'?"))
    }

    @Test func anUnlistedApplicationCanBeReportedWithCriticalityOne() throws {
        let r = try Binary.run(["report-urgent", "Nytt LIS", "--criticality", "1"] + Self.now)
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("Nytt LIS – OK skal hjelpe"))
        #expect(r.stderr.contains("warning: 'Nytt LIS' is not in the procedures' registry"))
        #expect(r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): nei"))
        #expect(r.stdout.contains("Nytt LIS står ikke i listen over kritikalitet 1-applikasjoner i BAKGRUNN"))
        #expect(r.stdout.contains("fordi du oppgir det (--criticality 1), ikke fordi kilden sier det"))
        let json = try Binary.run(["report-urgent", "Nytt LIS", "--criticality", "1", "--format", "json"] + Self.now)
        #expect(json.stdout.contains(#""listed": false"#))
        #expect(json.stdout.contains(#""criticality1": false"#))
    }

    @Test(arguments: ["", "   ", "\t"])
    func aBlankAnswerIsAMissingOneInEveryFace(_ blank: String) throws {
        var facts = GoldenOutputTests.completeCase
        facts[facts.firstIndex(of: "--users")! + 1] = blank
        let text = try Binary.run(["report-urgent", "LVMS"] + facts + Self.now)
        #expect(text.stdout.contains("Brukere: [[MANGLER: Brukere]]"))
        #expect(text.stdout.contains("  - Brukere (--users)"))
        for format in ["case", "email"] {
            let mail = format == "email" ? ["--to", "a@example.org", "--from", "b@example.org"] : []
            let r = try Binary.run(["report-urgent", "LVMS", "--format", format] + mail + facts + Self.now)
            #expect(r.exitCode == 65, "\(format): \(r.stdout)")
            #expect(r.stderr.contains("--users"), "\(format): \(r.stderr)")
        }
        let json = try Binary.run(["report-urgent", "LVMS", "--format", "json"] + facts + Self.now)
        #expect(json.stdout.contains(#""users": null"#), "\(json.stdout)")
    }

    @Test func aListedApplicationSaysTheSourceNamesIt() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.now)
        #expect(r.stdout.contains("Applikasjonen er nevnt som kritikalitet 1 (listen er ikke uttømmende, «mm»): ja"))
        #expect(!r.stdout.contains("fordi du oppgir det"))
    }

    @Test func anUnknownApplicationHintsAtCriticality() throws {
        let r = try Binary.run(["report-urgent", "Sectra"] + Self.now)
        #expect(r.exitCode == 66)
        #expect(r.stderr.contains("give --criticality N (e.g. --criticality 1)"))
    }

    @Test func cmsGetsItsOwnRouteAndTheOnCallHours() throws {
        let day = try Binary.run(["report-urgent", "cms", "--now", "2026-11-23T10:30"])
        #expect(day.stdout.contains("ring 32 23 53 30"))
        #expect(day.stdout.contains("innenfor tidsrommet 09:00–15:00 da vakttelefonen som hovedregel er bemannet"))
        #expect(day.stdout.contains("Prosedyren oppgir ikke hvilke dager"))
        let night = try Binary.run(["report-urgent", "cms", "--now", "2026-11-23T15:00"])
        #expect(night.stdout.contains("utenfor tidsrommet 09:00–15:00"))
    }

    @Test func aLineBreakInAHeaderValueIsRefused() throws {
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "email", "--to", "a@example.org\nBcc: x@example.org", "--from",
                "vakt@example.org",
            ] + GoldenOutputTests.completeCase)
        #expect(r.exitCode == 64)
        #expect(r.stdout.isEmpty)
    }

    @Test func theEmailParsesBackWithNorwegianLettersIntact() throws {
        guard let python = ToolRequirement.which("python3", for: "the case mail read back by Python's email package")
        else { return }
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "email", "--to", "ikt@example.org", "--from", "vakt@example.org",
            ] + GoldenOutputTests.completeCase.dropFirst(2) + ["--description", "Blodbanken får ikke svar – æøå ÆØÅ"]
                + Self.now)
        #expect(r.exitCode == 0)
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
        process.waitUntilExit()
        let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        #expect(parsed["subject"] as? String == "LVMS – OK skal hjelpe")
        #expect(parsed["to"] as? String == "ikt@example.org")
        #expect(parsed["type"] as? String == "text/plain")
        #expect(parsed["charset"] as? String == "utf-8")
        #expect(parsed["auto"] == nil || parsed["auto"] is NSNull)
        #expect(parsed["defects"] as? Int == 0)
        #expect((parsed["body"] as? String)?.contains("Feilbeskrivelse: Blodbanken får ikke svar – æøå ÆØÅ") == true)
    }

    @Test func aLongNonASCIISubjectIsEncodedInShortWords() throws {
        let r = try Binary.run(
            [
                "report-urgent", String(repeating: "Kjøkkenbenk ", count: 8), "--criticality", "1", "--format", "email",
                "--from", "a@example.org", "--to", "b@example.org", "--allow-missing",
            ] + Self.now)
        let subjectLines = r.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("Subject:") }.prefix {
            $0.hasPrefix("Subject:") || $0.hasPrefix(" ")
        }
        #expect(subjectLines.count > 1)
        #expect(subjectLines.allSatisfy { $0.count <= 78 })
    }
}

/// The registry is data: adding an application is an edit of procedures/, with no Swift change.
@Suite struct RegistryIsDataTests {
    @Test func anApplicationAddedToTheJSONIsReportedAsUrgent() throws {
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
        #expect(edited != original)
        try edited.write(to: directory.appending(path: "sshf-hastesaker.json"), atomically: true, encoding: .utf8)
        let before = try Binary.run(["report-urgent", "LabNytt"])
        #expect(before.exitCode == 66)
        let after = try Binary.run(
            ["report-urgent", "labnytt", "--now", "2026-11-21T03:00"],
            environment: ["GOVCTL_PROCEDURES": directory.path])
        #expect(after.exitCode == 0, "\(after.stderr)")
        #expect(after.stdout.contains("LabNytt – OK skal hjelpe"))
    }

    @Test func aFlagAndAFactThatDisagreeAreAUsageError() throws {
        let r = try Binary.run([
            "report-urgent", "LVMS", "--contact", "Kari Nordmann", "--fact", "contact=Ola Nordmann", "--no-input",
        ])
        #expect(r.exitCode == 64)
        #expect(r.stderr.contains("--contact 'Kari Nordmann' and --fact contact=Ola Nordmann disagree"))
        let same = try Binary.run([
            "report-urgent", "LVMS", "--contact", "Kari Nordmann", "--fact", "contact=Kari Nordmann", "--no-input",
        ])
        #expect(same.exitCode == 0, "\(same.stderr)")
    }
}
