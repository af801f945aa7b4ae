import Foundation
import TestSupport
import XCTest

/// Wrong and right govctl command lines, run through the built binary: a wrong one is a usage error (exit 64) with a
/// message and a hint in text and JSON, and one Nagios UNKNOWN line (exit 3) with `--format nagios`.
final class CommandLineTests: XCTestCase {
    struct Wrong: CustomStringConvertible, Sendable {
        let arguments: [String]
        let message: String
        var hint: String? = nil
        var description: String { "govctl " + arguments.joined(separator: " ") }
    }

    static let wrong: [Wrong] = [
        // The examples of issue 12.
        Wrong(
            arguments: ["report-urgent", "LVMS", "--description", "--department", "Blodbanken"],
            message: "--description needs a value", hint: "write --description=-x"),
        Wrong(
            arguments: ["report-urgent", "LVMS", "--description", "LVMS", "svarer", "ikke"],
            message: "unexpected argument 'svarer'", hint: "did you mean --description 'LVMS svarer ikke'?"),
        Wrong(
            arguments: ["who-owns", "Sesam", "LMN"], message: "unexpected argument 'LMN'",
            hint: "did you mean 'Sesam LMN'? quote names that have spaces"),
        Wrong(arguments: ["help", "gide"], message: "unknown command 'gide'", hint: "did you mean 'guide'?"),
        Wrong(
            arguments: ["list", "--now", "yesterday"], message: "'--now yesterday' is not a time",
            hint: "write a time, e.g. 02:40, kl. 2.40, i går 23:10"),
        Wrong(
            arguments: ["reserve-status", "sesam-lmn", "--stat", "/tmp/x"], message: "unknown option '--stat'",
            hint: "did you mean '--state'?"),
        Wrong(arguments: ["reserve-status", "sesam-lmn", "--since"], message: "--since needs a value"),
        Wrong(
            arguments: ["reserve-status", "sesam-lmn", "--lang", "de"], message: "'--lang de' is not one of nb, sv, en"),
        // Rules across options.
        Wrong(
            arguments: ["reserve-status", "sesam-lmn", "--prognosis", "2026-11-21T14:00", "--no-prognosis"],
            message: "give --prognosis or --no-prognosis, not both"),
        Wrong(arguments: ["budget", "websesam", "--shared"], message: "--shared goes with --adaptation"),
        Wrong(
            arguments: ["budget", "websesam", "--provider-specific"],
            message: "--provider-specific goes with --adaptation"),
        Wrong(
            arguments: ["budget", "websesam", "--adaptation", "40000", "--shared", "--provider-specific"],
            message: "give --shared or --provider-specific, not both"),
        Wrong(arguments: ["who-owns"], message: "'who-owns' needs SYSTEM or --person"),
        Wrong(
            arguments: ["report-urgent", "LVMS", "--to", "ikt@example.org"], message: "--to goes with --format email"),
        Wrong(arguments: ["who-owns", "CMS", "--person", "Kari"], message: "--person goes without a system"),
        Wrong(arguments: ["outage", "prognosis", "sesam-lmn"], message: "'outage prognosis' needs --eta"),
        // Typed values.
        Wrong(arguments: ["budget", "websesam", "--year", "last"], message: "'--year last' is not a whole number"),
        Wrong(
            arguments: ["budget", "websesam", "--adaptation", "40k"],
            message: "'--adaptation 40k' is not an amount"
        ),
        Wrong(
            arguments: ["report-urgent", "LVMS", "--criticality", "high"],
            message: "'--criticality high' is not a whole number"),
        Wrong(
            arguments: ["report-urgent", "LVMS", "--fact", "competence"],
            message: "'--fact competence' is not KEY=VALUE"),
        Wrong(
            arguments: ["reserve-status", "sesam-lmn", "--since", "8 am"], message: "'--since 8 am' is not a time"),
        Wrong(
            arguments: ["outage", "start", "sesam-lmn", "--at", "now"], message: "'--at now' is not a time"),
        Wrong(arguments: ["list", "--format", "yaml"], message: "'--format yaml' is not one of text, json"),
        Wrong(
            arguments: ["budget", "websesam", "--format", "email"],
            message: "'--format email' is not one of text, csv, json, markdown"),
        Wrong(arguments: ["completion", "tcsh"], message: "SHELL 'tcsh' is not a shell govctl completes"),
        // Commands, arguments and options.
        Wrong(arguments: [], message: "no command given"),
        Wrong(arguments: ["lsit"], message: "unknown command 'lsit'", hint: "did you mean 'list'?"),
        Wrong(
            arguments: ["report-urgent"], message: "'report-urgent' needs APPLICATION",
            hint: "e.g. govctl report-urgent LVMS"),
        Wrong(arguments: ["eval"], message: "'eval' needs RULE"),
        Wrong(
            arguments: ["list", "extra"], message: "unexpected argument 'extra'",
            hint: "'govctl list' takes no arguments"),
        Wrong(arguments: ["outage"], message: "'outage' needs a subcommand"),
        Wrong(arguments: ["outage", "begin", "sesam-lmn"], message: "unknown subcommand 'begin' of 'outage'"),
        Wrong(arguments: ["validate", "--strict=yes"], message: "--strict takes no value"),
        Wrong(
            arguments: ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--since", "2026-11-21T09:00"],
            message: "--since is given twice"),
        Wrong(arguments: ["--open", "outage", "list"], message: "unknown option '--open'", hint: "--open belongs to"),
    ]

    func testAWrongCommandLineIsAUsageError() throws {
        forEachCase(Self.wrong) { a0 in
            try Self.aWrongCommandLineIsAUsageError(a0)
        }
    }

    static func aWrongCommandLineIsAUsageError(_ wrong: Wrong) throws {
        let r = try Binary.run(wrong.arguments)
        expectEqual(r.exitCode, 64)
        expectEqual(r.stdout, "")
        expectTrue(r.stderr.hasPrefix("govctl: error: \(wrong.message)"))
        if let hint = wrong.hint { expectTrue(r.stderr.contains(hint)) }
        expectEqual(r.stderr.split(separator: "\n").count, 1)
    }

    func testWithFormatJSONTheErrorIsAlsoAnObjectOnStdout() throws {
        forEachCase(Self.wrong) { a0 in
            try Self.withFormatJSONTheErrorIsAlsoAnObjectOnStdout(a0)
        }
    }

    static func withFormatJSONTheErrorIsAlsoAnObjectOnStdout(_ wrong: Wrong) throws {
        let r = try Binary.run(wrong.arguments + ["--format", "json"])
        expectEqual(r.exitCode, 64)
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let error = try require(json["error"] as? [String: Any])
        expectTrue(error["type"] as? String == "usage")
        expectEqual(
            (error["message"] as? String)?.hasPrefix(wrong.message.components(separatedBy: " is not one of")[0]), true
        )
    }

    func testWithFormatNagiosTheErrorIsOneUnknownLineAndExit3() throws {
        forEachCase(Self.wrong) { a0 in
            try Self.withFormatNagiosTheErrorIsOneUnknownLineAndExit3(a0)
        }
    }

    static func withFormatNagiosTheErrorIsOneUnknownLineAndExit3(_ wrong: Wrong) throws {
        let r = try Binary.run(wrong.arguments + ["--format", "nagios"])
        expectEqual(r.exitCode, 3)
        expectEqual(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count, 2)
        expectTrue(r.stdout.contains(" UNKNOWN - "))
        expectTrue(!r.stdout.contains("|"))
        expectEqual(r.stderr, "")
    }

    func testTheUnknownLineNamesTheSystemAsTheCheckDoes() throws {
        let r = try Binary.run(["reserve-status", "sesam-lmn", "--stat", "/tmp/x", "--format", "nagios"])
        expectEqual(
            r.stdout,
            "SESAM LMN UNKNOWN - unknown option '--stat'; did you mean '--state'? see 'govctl reserve-status --help'\n"
        )
        let typo = try Binary.run(["reserve-status", "Sesam-LMM", "--lang", "de", "--format", "nagios"])
        expectTrue(typo.stdout.hasPrefix("SESAM-LMM UNKNOWN - '--lang de' is not one of nb, sv, en"))
        let noCommand = try Binary.run(["--format", "nagios"])
        expectTrue(noCommand.stdout.hasPrefix("GOVCTL UNKNOWN - no command given"))
        let missingValue = try Binary.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--since"])
        expectTrue(missingValue.stdout.hasPrefix("SESAM LMN UNKNOWN - --since needs a value"))
        expectEqual(missingValue.exitCode, 3)
    }

    struct Right: CustomStringConvertible, Sendable {
        let arguments: [String]
        var exitCode: Int32 = 0
        let stdout: String
        var description: String { "govctl " + arguments.joined(separator: " ") }
    }

    static let now = ["--now", "2026-11-21T09:00"]

    static let right: [Right] = [
        Right(
            arguments: ["report-urgent", "LVMS", "--description", "LVMS svarer ikke", "--department", "Blodbanken"]
                + now,
            stdout: "LVMS svarer ikke"),
        Right(arguments: ["report-urgent", "LVMS", "--description=--department"] + now, stdout: "--department"),
        Right(arguments: ["report-urgent", "lvms", "--fact", "competence=servergruppe"] + now, stdout: "servergruppe"),
        Right(arguments: ["report-urgent", "Unilab", "--criticality", "1"] + now, stdout: "Unilab"),
        Right(arguments: ["who-owns", "Sesam LMN"], stdout: "Sesam LMN"),
        Right(arguments: ["who-owns", "--person", "Marius-Ioan Taran"], stdout: "Marius-Ioan Taran"),
        Right(arguments: ["who-owns", "cms", "--role", "system-owner", "--lang", "EN"], stdout: "CMS"),
        Right(arguments: ["help", "guide"], stdout: "govctl guide — "),
        Right(arguments: ["help"], stdout: "COMMANDS"),
        Right(arguments: ["list"] + now, stdout: "sshf-hastesaker"),
        Right(arguments: ["--format", "json", "list"] + now, stdout: "["),
        Right(arguments: ["list", "--format=json"] + now, stdout: "["),
        Right(arguments: ["budget", "websesam", "--year", "2021", "--format", "csv"] + now, stdout: "2021"),
        Right(
            arguments: ["budget", "websesam", "--adaptation", "40000", "--provider-specific"] + now,
            stdout: "regional-budget"),
        Right(
            arguments: ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--format", "NAGIOS"] + now,
            exitCode: 1, stdout: "SESAM LMN WARNING - "),
        Right(
            arguments: ["reserve-status", "Sesam LMN", "--since", "2026-11-21T08:00", "--no-prognosis"] + now,
            exitCode: 1, stdout: "08:00"),
        Right(
            arguments: [
                "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00Z", "--prognosis", "2026-11-21T14:00",
            ]
                + now, exitCode: 1, stdout: "Prognos finns: ja"),
        Right(arguments: ["guide", "cms-hastesak", "--now", "2026-11-23T10:30"], stdout: "CMS"),
        Right(arguments: ["show", "D29653", "--lang", "en"] + now, stdout: "D29653"),
        Right(arguments: ["validate", "procedures/"] + now, stdout: "0 errors"),
        Right(arguments: ["eval", #"{"+": [1, 2]}"#, "--", "null"], stdout: "3\n"),
        Right(arguments: ["completion", "bash"], stdout: "complete -F"),
        Right(arguments: ["man"], stdout: ".TH \"GOVCTL\" 1"),
        Right(arguments: ["__complete", "system"], stdout: "LVMS\n"),
        Right(arguments: ["__complete", "nonsense"], stdout: ""),
        Right(arguments: ["-V"], stdout: "govctl 0."),
    ]

    func testARightCommandLineRuns() throws {
        forEachCase(Self.right) { a0 in
            try Self.aRightCommandLineRuns(a0)
        }
    }

    static func aRightCommandLineRuns(_ right: Right) throws {
        let r = try Binary.run(right.arguments)
        expectEqual(r.exitCode, right.exitCode, "\(r.stderr)")
        if right.stdout.isEmpty {
            expectEqual(r.stdout, "")
        } else {
            expectTrue(r.stdout.contains(right.stdout))
        }
        expectTrue(!r.stderr.contains("error"))
    }

    /// Every command path, subcommands included.
    static let commandPaths: [[String]] = [
        ["report-urgent"], ["reserve-status"], ["outage"], ["outage", "start"], ["outage", "prognosis"],
        ["outage", "end"], ["outage", "list"], ["who-owns"], ["budget"], ["list"], ["show"], ["guide"], ["validate"],
        ["test"], ["eval"], ["schema"], ["completion"], ["man"],
    ]

    func testHelpCommandAndDashHAndDashDashHelpAreTheSameBytes() throws {
        forEachCase(Self.commandPaths) { a0 in
            try Self.helpCommandAndDashHAndDashDashHelpAreTheSameBytes(a0)
        }
    }

    static func helpCommandAndDashHAndDashDashHelpAreTheSameBytes(_ path: [String]) throws {
        let help = try Binary.run(["help"] + path)
        let short = try Binary.run(path + ["-h"])
        let long = try Binary.run(path + ["--help"])
        expectEqual(help.exitCode, 0)
        expectTrue(help.stdout.hasPrefix("govctl \(path.joined(separator: " ")) — "))
        expectEqual(short.stdout, help.stdout)
        expectEqual(long.stdout, help.stdout)
        expectTrue(short.exitCode == 0 && long.exitCode == 0)
    }
}
