import CLIKit
import TestSupport
import XCTest

/// Command lines that must fail before any command runs: each with the message and hint it gets, and exit 64.
final class WrongCommandLineTests: XCTestCase {
    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var message: String
        var hint: String?
        var description: String { line }

        init(_ line: String, _ message: String, hint: String? = nil) {
            self.line = line
            self.message = message
            self.hint = hint
        }
    }

    static let cases: [Case] = [
        Case(
            "report-urgent LVMS --description --department Blodbanken", "--description needs a value",
            hint: "to give a value that starts with '-', write --description=-x"),
        Case(
            "report-urgent LVMS --description LVMS svarer ikke", "unexpected argument 'svarer'",
            hint: "did you mean --description 'LVMS svarer ikke'? quote values that have spaces"),
        Case(
            "report-urgent LVMS --description=LVMS svarer", "unexpected argument 'svarer'",
            hint: "did you mean --description='LVMS svarer'? quote values that have spaces"),
        Case(
            "who-owns Sesam LMN", "unexpected argument 'LMN'",
            hint: "did you mean 'Sesam LMN'? quote names that have spaces"),
        Case(
            "reserve-status Sesam LMN --format nagios", "unexpected argument 'LMN'",
            hint: "did you mean 'Sesam LMN'? quote names that have spaces"),
        Case(
            "who-owns Sesam XYZ", "unexpected argument 'XYZ'",
            hint: "'who-owns' takes [SYSTEM]; quote a name that has spaces"),
        Case(
            "list extra", "unexpected argument 'extra'",
            hint: "'govctl list' takes no arguments; see 'govctl list --help'"),
        Case(
            "list --now yesterday", "'--now yesterday' is not a time",
            hint: "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z"),
        Case(
            "reserve-status X --prognosis soon", "'--prognosis soon' is not a time",
            hint: "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z"),
        Case(
            "reserve-status X --stat log.jsonl", "unknown option '--stat'",
            hint: "did you mean '--state'? see 'govctl reserve-status --help'"),
        Case(
            "list --lang de", "'--lang de' is not one of nb, sv, en", hint: "e.g. --lang nb"),
        Case("list --format nagios", "'--format nagios' is not one of text, json", hint: "e.g. --format text"),
        Case("list --lang", "--lang needs a value", hint: "write --lang LANG"),
        Case("list --now", "--now needs a value", hint: "write --now TIME"),
        Case("list --format json --format text", "--format is given twice", hint: "give it once"),
        Case("--format json list --format text", "--format is given twice", hint: "give it once"),
        Case("validate --strict --strict", "--strict is given twice", hint: "give it once"),
        Case("validate --strict=yes", "--strict takes no value", hint: "write --strict alone"),
        Case(
            "reserve-status X --prognosis 2026-11-21T14:00 --no-prognosis",
            "give --prognosis or --no-prognosis, not both", hint: "choose the one that is true"),
        Case("budget websesam --shared", "--shared goes with --adaptation", hint: "e.g. --adaptation 40000 --shared"),
        Case("budget websesam --adaptation lots", "'--adaptation lots' is not a whole number"),
        Case(
            "report-urgent X --criticality 9", "'--criticality 9' is not between 1 and 5"),
        Case(
            "report-urgent X --fact nokey", "'--fact nokey' is not KEY=VALUE", hint: "write e.g. name=value"),
        Case("report-urgent", "'report-urgent' needs APPLICATION", hint: "e.g. govctl report-urgent LVMS"),
        Case("who-owns", "'who-owns' needs SYSTEM or --person", hint: "e.g. govctl who-owns CMS"),
        Case("lsit", "unknown command 'lsit'", hint: "did you mean 'list'? see 'govctl --help'"),
        Case("", "no command given", hint: "see 'govctl --help'"),
        Case("outage", "'outage' needs a subcommand", hint: "start, prognosis or end; see 'govctl outage --help'"),
        Case(
            "outage strat X", "unknown subcommand 'strat' of 'outage'",
            hint: "did you mean 'start'? 'govctl outage' takes start, prognosis or end"),
        Case("outage prognosis X", "'outage prognosis' needs --eta", hint: "e.g. --eta 2026-11-21T14:00"),
        Case(
            "list --description x", "unknown option '--description'",
            hint: "--description belongs to 'report-urgent'; see 'govctl list --help'"),
        Case(
            "--description x report-urgent LVMS", "unknown option '--description'",
            hint: "--description belongs to 'report-urgent', after its name; see 'govctl --help'"),
        Case("lsit --help", "unknown command 'lsit'", hint: "did you mean 'list'? see 'govctl --help'"),
        Case(
            "outage strat -h", "unknown subcommand 'strat' of 'outage'",
            hint: "did you mean 'start'? 'govctl outage' takes start, prognosis or end"),
        Case(
            "list -x", "unknown option '-x'",
            hint: "an argument that starts with '-' goes after '--'; see 'govctl list --help'"),
        Case("help guid", "unknown command 'guid'", hint: "did you mean 'guide'? see 'govctl --help'"),
        Case(
            "help list extra", "unexpected argument 'extra'",
            hint: "'govctl help' takes a command, e.g. govctl help list"),
    ]

    func testAWrongCommandLineIsAUsageErrorWithItsMessageAndHint() throws {
        for a0 in Self.cases {
            withCase("\(a0)") { aWrongCommandLineIsAUsageErrorWithItsMessageAndHint(a0) }
        }
    }

    func aWrongCommandLineIsAUsageErrorWithItsMessageAndHint(_ wrong: Case) {
        do {
            let invocation = try Fixture.parse(wrong.line)
            reportFailure("parsed to \(invocation)")
        } catch {
            expectEqual(error.message, wrong.message)
            if let hint = wrong.hint { expectEqual(error.hint, hint) }
            expectEqual(error.kind, .usage)
            expectEqual(error.exitCode, 64)
        }
    }

    func testTheRequestedFormatIsKnownEvenWhenParsingFails() {
        for line in [
            "reserve-status Sesam LMN --format nagios", "reserve-status X --bogus --format nagios",
            "reserve-status --format=nagios X --since", "--format nagios reserve-status X --now never",
        ] {
            expectThrows(CLIError.self) { try Fixture.parse(line) }
            do {
                _ = try Fixture.parse(line)
            } catch {
                expectEqual(error.rawValue(of: "format"), "nagios", "\(line)")
                expectEqual(error.commandPath, ["reserve-status"], "\(line)")
                expectEqual(error.rawArguments.first, (line.contains("Sesam") ? "Sesam" : "X"), "\(line)")
            }
        }
    }

    func testAnErrorReadsAsOneLine() {
        let error = CLIError.usage("unknown option '--stat'", hint: "did you mean '--state'?")
        expectEqual(error.description, "unknown option '--stat'; did you mean '--state'?")
        expectEqual(
            error.rendered(program: "govctl"), "govctl: error: unknown option '--stat'; did you mean '--state'?\n")
    }
}
