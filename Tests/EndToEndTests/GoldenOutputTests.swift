import Foundation
import TestSupport
import XCTest

/// Commands run as a user would, their stdout compared with golden files and their exit codes checked.
final class GoldenOutputTests: XCTestCase {
    struct Case: CustomStringConvertible, Sendable {
        let golden: String
        let arguments: [String]
        let exitCode: Int32
        var description: String { golden }
    }

    static let now = ["--now", "2026-11-21T03:00"]
    /// The case's fields on one command line, as a script gives them (the competence typed as a person would).
    static let completeCaseFacts = [
        "--description", "Blodbanken får ikke svar – æøå", "--department", "Blodbanken", "--users", "alle",
        "--pcs", "alle", "--servers", "ukjent", "--competence", "Servergruppe", "--contact", "Kari Nordmann",
        "--mobile", "900 00 000",
    ]
    /// A whole case: its fields and the answers to the definition's three questions.
    static let completeCase = completeCaseFacts + OneAnswerTests.definition

    static let cases: [Case] = [
        Case(golden: "report-urgent-lvms.txt", arguments: ["report-urgent", "LVMS"] + now, exitCode: 0),
        Case(
            golden: "report-urgent-lvms-complete.txt",
            arguments: [
                "report-urgent", "lvms", "--description", "LVMS svarer ikke; blodbanken står", "--department",
                "Blodbanken",
                "--users", "alle på Blodbanken", "--pcs", "alle", "--servers", "ukjent", "--competence", "servergruppe",
                "--contact", "Kari Nordmann", "--mobile", "900 00 000",
            ] + now, exitCode: 0),
        Case(
            golden: "report-urgent-sympathy-en.txt", arguments: ["report-urgent", "SymPathy", "--lang", "en"] + now,
            exitCode: 0),
        Case(
            golden: "report-urgent-dips.md",
            arguments: ["report-urgent", "dips", "--format", "markdown", "--competence", "teknisk-service"] + now,
            exitCode: 0),
        Case(
            golden: "report-urgent-unilab.json",
            arguments: ["report-urgent", "Unilab", "--format", "json", "--contact", "Ola"] + now, exitCode: 0),
        Case(
            golden: "report-urgent-lvms.eml",
            arguments: [
                "report-urgent", "LVMS", "--format", "email", "--to", "Bjørn Ås <ikt@example.org>", "--from",
                "vakt@sshf.example",
            ] + completeCase + now, exitCode: 0),
        Case(
            golden: "report-urgent-lvms-case.txt",
            arguments: ["report-urgent", "LVMS", "--format", "case"] + completeCase + now, exitCode: 0),
        Case(
            golden: "report-urgent-lvms-case-allow-missing.txt",
            arguments: ["report-urgent", "LVMS", "--format", "case", "--allow-missing", "--users", "alle"] + now,
            exitCode: 0),
        Case(
            golden: "report-urgent-cms-daytime.txt", arguments: ["report-urgent", "CMS", "--now", "2026-11-23T10:30"],
            exitCode: 0),
        Case(
            golden: "report-urgent-cms-night-en.txt",
            arguments: ["report-urgent", "Cytostatica Management System", "--lang", "en"] + now, exitCode: 0),
        Case(golden: "help-report-urgent.txt", arguments: ["report-urgent", "--help"], exitCode: 0),
        Case(golden: "budget-websesam.txt", arguments: ["budget", "webSesam"] + now, exitCode: 0),
        Case(golden: "budget-websesam-en.txt", arguments: ["budget", "websesam", "--lang", "en"] + now, exitCode: 0),
        Case(
            golden: "budget-websesam.csv",
            arguments: ["budget", "websesam", "--year", "2021", "--format", "csv"] + now, exitCode: 0),
        Case(golden: "budget-websesam.json", arguments: ["budget", "websesam", "--format", "json"] + now, exitCode: 0),
        Case(
            golden: "budget-websesam-adaptation-shared.txt",
            arguments: ["budget", "websesam", "--adaptation", "40000", "--shared"] + now, exitCode: 0),
        Case(
            golden: "budget-websesam-adaptation-silent.json",
            arguments: ["budget", "websesam", "--adaptation", "25000", "--shared", "--format", "json"] + now,
            exitCode: 0),
        Case(
            golden: "reserve-status-under-way.txt",
            arguments: ["reserve-status", "Sesam LMN", "--since", "2026-11-21T08:00", "--now", "2026-11-21T11:59"],
            exitCode: 1),
        Case(
            golden: "reserve-status-active-en.txt",
            arguments: [
                "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T12:00", "--lang",
                "en",
            ], exitCode: 2),
        Case(
            golden: "reserve-status-under-way.json",
            arguments: [
                "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T09:30", "--format",
                "json",
            ], exitCode: 1),
        Case(
            golden: "reserve-status-autumn-dst.nagios",
            arguments: [
                "reserve-status", "sesam-lmn", "--since", "2026-10-25T00:30", "--now", "2026-10-25T04:15", "--format",
                "nagios",
            ], exitCode: 2),
        Case(
            golden: "reserve-status-spring-dst.nagios",
            arguments: [
                "reserve-status", "sesam-lmn", "--since", "2026-03-29T00:30", "--now", "2026-03-29T04:15", "--format",
                "nagios",
            ], exitCode: 1),
        Case(
            golden: "reserve-status-no-outage.nagios",
            arguments: ["reserve-status", "sesam-lmn", "--format", "nagios", "--state", emptyLog] + now, exitCode: 0),
        Case(
            golden: "reserve-status-telephony.txt",
            arguments: [
                "reserve-status", "sesam-lmn", "--scenario", "telephony-disruption", "--since", "2026-11-21T02:00",
            ] + now, exitCode: 1),
        Case(golden: "list.txt", arguments: ["list"] + now, exitCode: 0),
        Case(golden: "list.json", arguments: ["list", "--format", "json"] + now, exitCode: 0),
        Case(golden: "show-sshf-hastesaker.txt", arguments: ["show", "sshf-hastesaker"] + now, exitCode: 0),
        Case(golden: "show-d29653-en.txt", arguments: ["show", "D29653", "--lang", "en"] + now, exitCode: 0),
        Case(golden: "show-siv-cms.json", arguments: ["show", "siv-cms", "--format", "json"] + now, exitCode: 0),
        Case(
            golden: "guide-hastesak-lvms.txt",
            arguments: ["guide", "hastesak-sykehuspartner", "--system", "LVMS"] + now, exitCode: 0),
        Case(
            golden: "guide-hastesak-lvms-en.json",
            arguments: [
                "guide", "hastesak-sykehuspartner", "--system", "lvms", "--lang", "en", "--format", "json",
                "--fact", "competence=servergruppe", "--fact", "description=Ingen svar fra LVMS – æøå",
            ] + now, exitCode: 0),
        Case(
            golden: "guide-cms-hastesak-daytime.txt",
            arguments: ["guide", "cms-hastesak", "--now", "2026-11-23T10:30"], exitCode: 0),
        Case(
            golden: "guide-cms-endringsonske-en.txt", arguments: ["guide", "cms-endringsonske", "--lang", "en"] + now,
            exitCode: 0),
        Case(
            golden: "guide-sesam-reserve-active.txt",
            arguments: [
                "guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable",
                "--fact", "since=2026-10-25T00:30", "--now", "2026-10-25T04:15",
            ], exitCode: 0),
        Case(golden: "validate.txt", arguments: ["validate"] + now, exitCode: 0),
        Case(golden: "test.txt", arguments: ["test"] + now, exitCode: 0),
        Case(golden: "help.txt", arguments: ["--help"], exitCode: 0),
        Case(golden: "help-guide.txt", arguments: ["guide", "--help"], exitCode: 0),
    ]

    /// Stands for an empty outage log made for the run (`/dev/null` is refused: a log is a regular file).
    static let emptyLog = "{empty-log}"

    func testOutputMatchesTheGoldenFile() throws {
        forEachCase(Self.cases) { a0 in
            try Self.outputMatchesTheGoldenFile(a0)
        }
    }

    static func outputMatchesTheGoldenFile(_ c: Case) throws {
        let directory = try TemporaryDirectory.make("golden")
        defer { TemporaryDirectory.remove(directory) }
        let log = directory.appending(path: "outages.jsonl")
        try Data().write(to: log)
        let result = try Binary.run(c.arguments.map { $0 == Self.emptyLog ? log.path : $0 })
        expectEqual(result.exitCode, c.exitCode, "stderr: \(result.stderr)")
        let (expected, actual) = try Golden.compare(c.golden, result.stdout)
        expectTrue(expected != nil, "no golden file \(c.golden); record it with `make golden` and review it")
        expectEqual(actual, expected)
    }
}
