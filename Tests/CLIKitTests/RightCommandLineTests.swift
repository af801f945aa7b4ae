import CLIKit
import TestSupport
import XCTest

/// Command lines that parse, and what they parse to.
final class RightCommandLineTests: XCTestCase {
    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var path: [String]
        var strings: [String: [String]] = [:]
        var flags: [String] = []
        var arguments: [String: [String]] = [:]
        var description: String { line }
    }

    static let cases: [Case] = [
        Case(
            line: "report-urgent LVMS --description 'LVMS svarer ikke' --department Blodbanken",
            path: ["report-urgent"],
            strings: ["description": ["LVMS svarer ikke"], "department": ["Blodbanken"], "format": ["text"]],
            arguments: ["APPLICATION": ["LVMS"]]),
        Case(
            line: "report-urgent LVMS --description=-x", path: ["report-urgent"],
            strings: ["description": ["-x"]], arguments: ["APPLICATION": ["LVMS"]]),
        Case(
            line: "report-urgent LVMS --description=--department", path: ["report-urgent"],
            strings: ["description": ["--department"]], arguments: ["APPLICATION": ["LVMS"]]),
        Case(
            line: "report-urgent -- -x", path: ["report-urgent"], arguments: ["APPLICATION": ["-x"]]),
        Case(
            line: "report-urgent LVMS --fact a=1 --fact b=2 --to a@example.org --to b@example.org",
            path: ["report-urgent"], strings: ["fact": ["a=1", "b=2"], "to": ["a@example.org", "b@example.org"]],
            arguments: ["APPLICATION": ["LVMS"]]),
        Case(
            line: "who-owns 'Sesam LMN'", path: ["who-owns"], arguments: ["SYSTEM": ["Sesam LMN"]]),
        Case(
            line: "who-owns --person 'Marius-Ioan Taran'", path: ["who-owns"],
            strings: ["person": ["Marius-Ioan Taran"]]),
        Case(
            line: "--format json --lang EN list --now 2026-11-21T03:00", path: ["list"],
            strings: ["format": ["json"], "lang": ["en"], "now": ["2026-11-21T03:00"]]),
        Case(line: "list", path: ["list"], strings: ["format": ["text"]]),
        Case(
            line: "--format nagios reserve-status sesam-lmn", path: ["reserve-status"],
            strings: ["format": ["nagios"]], arguments: ["SYSTEM": ["sesam-lmn"]]),
        Case(
            line: "reserve-status sesam-lmn --no-prognosis --since 2026-10-25T00:30", path: ["reserve-status"],
            strings: ["since": ["2026-10-25T00:30"]], flags: ["no-prognosis"], arguments: ["SYSTEM": ["sesam-lmn"]]),
        Case(
            line: "budget websesam --adaptation 40000 --shared", path: ["budget"],
            strings: ["adaptation": ["40000"]], flags: ["shared"], arguments: ["SYSTEM": ["websesam"]]),
        Case(
            line: "outage --state log.jsonl start 'Sesam LMN' --note 'Servern svarar inte'", path: ["outage", "start"],
            strings: ["state": ["log.jsonl"], "note": ["Servern svarar inte"]], arguments: ["SYSTEM": ["Sesam LMN"]]),
        Case(
            line: "outage prognosis sesam-lmn --eta 2026-11-21T14:00 --state log.jsonl", path: ["outage", "prognosis"],
            strings: ["eta": ["2026-11-21T14:00"], "state": ["log.jsonl"]], arguments: ["SYSTEM": ["sesam-lmn"]]),
        Case(line: "validate", path: ["validate"]),
        Case(
            line: "validate a.json b/ -- -odd.json", path: ["validate"],
            arguments: ["PATH": ["a.json", "b/", "-odd.json"]]),
    ]

    func testARightCommandLineParsesToItsValues() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try aRightCommandLineParsesToItsValues(a0) }
        }
    }

    func aRightCommandLineParsesToItsValues(_ right: Case) throws {
        guard case .run(let parsed) = try Fixture.parse(right.line) else {
            reportFailure("not a command to run")
            return
        }
        expectEqual(parsed.path, right.path)
        for (name, texts) in right.strings { expectEqual(parsed.strings(name), texts, "--\(name)") }
        for name in right.flags { expectTrue(parsed.flag(name), "--\(name)") }
        for (name, texts) in right.arguments { expectEqual(parsed.arguments(name), texts, "\(name)") }
    }

    func testTypedValuesComeBackTyped() throws {
        let line = "report-urgent X --criticality 2 --fact a=1 --now 2026-11-21T03:00"
        let invocation = try Fixture.parse(line)
        guard case .run(let parsed) = invocation else {
            reportFailure("not a command to run: \(invocation.summary)")
            return
        }
        expectEqual(parsed.value("criticality", as: Int.self), 2)
        expectEqual(parsed.values("fact", as: KeyValue.self), [KeyValue(key: "a", value: "1")])
        expectEqual(parsed.value("now", as: Fixture.Time.self), Fixture.Time(text: "2026-11-21T03:00"))
        expectEqual(parsed.value("format", as: String.self), "text")
        expectTrue(!parsed.isGiven("format"))
        expectTrue(parsed.isGiven("criticality"))
        expectEqual(parsed.argument("APPLICATION"), "X")
    }

    func testHelpAndVersionWinAnywhereBeforeTheDoubleDash() throws {
        try expectEqual(try Fixture.parse("--version").summary, "version: govctl 0.1.0\n")
        try expectEqual(try Fixture.parse("list -V").summary, "version: govctl 0.1.0\n")
        let help = try Fixture.parse("help report-urgent").summary
        expectTrue(help.hasPrefix("help: govctl report-urgent — "))
        try expectEqual(try Fixture.parse("report-urgent --bogus --help").summary, help)
        try expectEqual(try Fixture.parse("report-urgent LVMS --description -h").summary, help)
    }

    func testTheCompleteCommandNamesTheKindAsked() throws {
        try expectEqual(try Fixture.parse("__complete system").summary, "complete: system")
    }
}

extension Invocation {
    /// What kind of invocation and its text, to compare outcomes in tests.
    var summary: String {
        switch self {
        case .help(let text): return "help: " + text
        case .version(let text): return "version: " + text
        case .complete(let kind): return "complete: " + kind
        case .completionScript(let text): return "script: " + text
        case .run(let parsed): return "run: " + parsed.commandName
        }
    }
}
