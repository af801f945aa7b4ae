import Foundation
import TestSupport
import XCTest

/// Issue 15, "a case in one go at 3 a.m.": each defect found by a super user with LVMS down, as a test. The questions
/// at a terminal are tested under a pseudo-terminal by scripts/test-prompts.py, and the mail through msmtp by
/// scripts/test-mail.py (scripts/system-tests.sh prompts mail, both run by make test).
final class CaseInOneGoTests: XCTestCase {
    static let now = ["--now", "2026-11-21T03:00"]
    static let complete = GoldenOutputTests.completeCase
    static let mail = ["--format", "email", "--to", "ikt@example.org", "--from", "vakt@sshf.example"]

    /// The case text's first line, as the procedure file states it.
    static func requiredFirstLine() throws -> String {
        let data = try Data(contentsOf: Binary.root.appending(path: "procedures/sshf-hastesaker.json"))
        let procedure = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let guides = procedure["guides"] as? [[String: Any]] ?? []
        let texts = guides.first?["texts"] as? [[String: Any]] ?? []
        let description = texts.first { $0["id"] as? String == "description" }
        let text = (description?["text"] as? [String: String])?["nb"] ?? ""
        return String(text.split(separator: "\n").first ?? "")
    }

    /// The body of a message, decoded from quoted-printable (as a mail reader does).
    static func body(_ message: String) -> String {
        guard let range = message.range(of: "\n\n") else { return "" }
        var bytes: [UInt8] = []
        var rest = Substring(message[range.upperBound...]).utf8[...]
        while let byte = rest.first {
            rest = rest.dropFirst()
            guard byte == UInt8(ascii: "=") else {
                bytes.append(byte)
                continue
            }
            if rest.first == UInt8(ascii: "\n") {
                rest = rest.dropFirst()
                continue
            }
            let hex = String(decoding: rest.prefix(2), as: UTF8.self)
            rest = rest.dropFirst(2)
            bytes.append(UInt8(hex, radix: 16) ?? 0)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func header(_ name: String, _ message: String) -> String? {
        message.components(separatedBy: "\n\n").first?.components(separatedBy: "\n").first {
            $0.hasPrefix(name + ": ")
        }.map { String($0.dropFirst(name.count + 2)) }
    }

    func testTheStillMissingHintsNameTheFlagAPersonTypes() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--department", "Blodbanken"] + Self.now)
        expectTrue(r.stdout.contains("  - Brukere (--users)\n"))
        expectTrue(r.stdout.contains("  - Kompetanse som trengs (--competence)\n"))
        expectTrue(!r.stdout.contains("--fact users"))
        let json = try Binary.run(["report-urgent", "LVMS", "--format", "json"] + Self.now)
        expectTrue(json.stdout.contains("\"flag\": \"--users\""))
    }

    func testAChoiceMatchesWithoutRegardToCaseSpacesOrHyphens() throws {
        forEachCase(["Servergruppe", "SERVERGRUPPE", "server-gruppe", "servergruppe"]) { a0 in
            try Self.aChoiceMatchesWithoutRegardToCaseSpacesOrHyphens(a0)
        }
    }

    static func aChoiceMatchesWithoutRegardToCaseSpacesOrHyphens(_ typed: String) throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--competence", typed] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("Kompetanse som trengs: servergruppe\n"))
    }

    func testAChoiceWithASpaceFindsTheDeclaredChoice() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--competence", "teknisk service"] + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("Kompetanse som trengs: teknisk service (uteservice)\n"))
        let label = try Binary.run(
            ["report-urgent", "LVMS", "--competence", "Kliniske fellesapplikasjoner"] + Self.now)
        expectTrue(label.stdout.contains("Kompetanse som trengs: kliniske fellesapplikasjoner\n"))
        let wrong = try Binary.run(["report-urgent", "LVMS", "--competence", "skriver"] + Self.now)
        expectEqual(wrong.exitCode, 65)
        expectTrue(wrong.stderr.contains("choices: teknisk-service, kliniske-fellesapplikasjoner, servergruppe"))
    }

    func testTheCaseFormatHoldsOnlyWhatGoesIntoThePortal() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--format", "case"] + Self.complete + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\n")
        expectEqual(lines.first, "LVMS – OK skal hjelpe")
        try expectEqual(lines.dropFirst(2).first, (try Self.requiredFirstLine()))
        expectTrue(lines.allSatisfy { !$0.hasPrefix(" ") })
        for operatorText in ["Steg", "kilde", "Sakene meldes inn", "Ring Brukerstøtte", "Mangler", "Dokument:"] {
            expectTrue(!r.stdout.contains(operatorText), "\(operatorText)")
        }
    }

    func testTheCaseFormatRefusesMissingFactsNamingTheirFlags() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--format", "case", "--users", "alle"] + Self.now)
        expectEqual(r.exitCode, 65)
        expectTrue(r.stdout.isEmpty)
        expectTrue(
            r.stderr.contains("give --fact affectsOperations=…, --fact needsAdHocHelp=…, --fact cannotBePlanned=…"))
        expectTrue(r.stderr.contains(", --description, --department, --pcs"))
        expectTrue(!r.stderr.contains("--users,"))
        let allowed = try Binary.run(
            ["report-urgent", "LVMS", "--format", "case", "--users", "alle", "--allow-missing"] + Self.now)
        expectEqual(allowed.exitCode, 0)
        expectTrue(allowed.stdout.contains("Avdeling: [[MANGLER: Avdeling]]"))
    }

    func testAllowMissingGoesWithTheCaseAndEmailFormatsOnly() throws {
        let r = try Binary.run(["report-urgent", "LVMS", "--allow-missing"])
        expectEqual(r.exitCode, 64)
        let auto = try Binary.run(["report-urgent", "LVMS", "--auto-submitted"])
        expectEqual(auto.exitCode, 64)
    }

    func testTheMailCarriesTheCaseAndTheFollowUpCallOnly() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.mail + Self.complete + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        let body = Self.body(r.stdout)
        try expectEqual(body.components(separatedBy: "\n").first, (try Self.requiredFirstLine()))
        expectTrue(body.contains("Feilbeskrivelse: Blodbanken får ikke svar – æøå\n"))
        expectTrue(body.contains("Oppfølging\nRing Brukerstøtte når saken er registrert."))
        for operatorText in ["[[MANGLER", "Mangler fortsatt", "--fact", "Steg\n", "kilde:", "Sakene meldes inn"] {
            expectTrue(!body.contains(operatorText), "\(operatorText)")
        }
        expectEqual(Self.header("Content-Transfer-Encoding", r.stdout), "quoted-printable")
        expectEqual(Self.header("Content-Type", r.stdout), "text/plain; charset=utf-8")
    }

    func testTheMailRefusesMissingFactsUnlessAllowed() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.mail + Self.now)
        expectEqual(r.exitCode, 65)
        expectTrue(r.stdout.isEmpty)
        expectTrue(r.stderr.contains("--users"))
        expectTrue(r.stderr.contains("--allow-missing"))
        let allowed = try Binary.run(["report-urgent", "LVMS", "--allow-missing"] + Self.mail + Self.now)
        expectEqual(allowed.exitCode, 0)
        expectTrue(Self.body(allowed.stdout).contains("[[MANGLER: Brukere]]"))
    }

    func testAutoSubmittedOnlyForAutomatedRuns() throws {
        // Binary.run pipes stdout, as '| sendmail -t' does: a person's case still goes without the header.
        let piped = try Binary.run(["report-urgent", "LVMS"] + Self.mail + Self.complete + Self.now)
        expectEqual(piped.exitCode, 0, "\(piped.stderr)")
        expectEqual(Self.header("From", piped.stdout), "vakt@sshf.example", "a message, without the header")
        expectTrue(Self.header("Auto-Submitted", piped.stdout) == nil)
        let automated = try Binary.run(
            ["report-urgent", "LVMS", "--auto-submitted"] + Self.mail + Self.complete + Self.now)
        expectEqual(Self.header("Auto-Submitted", automated.stdout), "auto-generated")
    }

    func testNonASCIIDisplayNamesAreEncoded() throws {
        let r = try Binary.run(
            [
                "report-urgent", "LVMS", "--format", "email", "--to", "Bjørn Ås <ikt@example.org>", "--from",
                "Kåre <vakt@sshf.example>",
            ] + Self.complete + Self.now)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectEqual(Self.header("To", r.stdout), "=?UTF-8?B?QmrDuHJuIMOFcw==?= <ikt@example.org>")
        expectEqual(Self.header("From", r.stdout)?.hasPrefix("=?UTF-8?B?"), true)
        let headers = r.stdout.components(separatedBy: "\n\n")[0]
        expectTrue(headers.unicodeScalars.allSatisfy { $0.isASCII })
    }

    func testTheSenderComesFromTheConfigurationElseAFullyQualifiedName() throws {
        let directory = try TemporaryDirectory.make("mail")
        defer { TemporaryDirectory.remove(directory) }
        let config = directory.appending(path: "govctl.json")
        try #"{"mail": {"from": "lab@sshf.example", "to": ["ikt@example.org"]}}"#.write(
            to: config, atomically: true, encoding: .utf8)
        let configured = try Binary.run(
            ["report-urgent", "LVMS", "--format", "email"] + Self.complete + Self.now,
            environment: ["GOVCTL_CONFIG": config.path])
        expectEqual(configured.exitCode, 0, "\(configured.stderr)")
        expectEqual(Self.header("From", configured.stdout), "lab@sshf.example")
        expectEqual(Self.header("To", configured.stdout), "ikt@example.org")
        // Neither --from nor mail.from: the user at the host's fully qualified name, or a refusal, never a bare host.
        let bare = try Binary.run(
            ["report-urgent", "LVMS", "--format", "email", "--to", "ikt@example.org"] + Self.complete + Self.now,
            environment: ["GOVCTL_CONFIG": "", "HOME": directory.path, "XDG_CONFIG_HOME": directory.path])
        if bare.exitCode == 0 {
            let from = Self.header("From", bare.stdout) ?? ""
            expectEqual(from.split(separator: "@").last?.contains("."), true, "\(from)")
        } else {
            expectEqual(bare.exitCode, 64)
            expectTrue(bare.stderr.contains("no fully qualified name"))
            expectTrue(bare.stderr.contains("--from"))
        }
    }

    func testAStepThatSendsTheReaderToARoleShowsItsContactsOrTheSourcesSilence() throws {
        let lvms = try Binary.run(["report-urgent", "LVMS"] + Self.now)
        expectTrue(lvms.stdout.contains("[rolle: Brukerstøtte (kontakt: ikke oppgitt i kilden); kilde: UTFØRELSE 7]"))
        let cms = try Binary.run(["guide", "cms-endringsonske", "--lang", "en"] + Self.now)
        expectTrue(cms.stdout.contains("phone: 91160548"))
    }

    func testWithoutATerminalNothingIsAsked() throws {
        let r = try Binary.run(["report-urgent", "LVMS"] + Self.now, stdin: "")
        expectEqual(r.exitCode, 0)
        expectTrue(!r.stdout.contains("Svar på spørsmålene"))
        let guide = try Binary.run(["guide", "hastesak-sykehuspartner", "--system", "LVMS"] + Self.now, stdin: "")
        expectEqual(guide.exitCode, 0, "\(guide.stderr)")
        expectTrue(guide.stdout.contains("LVMS"))
        expectTrue(!guide.stdout.contains("Svar på spørsmålene"))
    }
}
