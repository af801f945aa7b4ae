import CLIKit
import TestSupport
import XCTest

/// Help made from the declarations.
final class HelpTests: XCTestCase {
    static let commandLines: [[String]] = Fixture.program.commands.flatMap { command in
        [[command.name]] + command.subcommands.map { [command.name, $0.name] }
    }

    func testHelpCommandGivesExactlyWhatDashDashHelpAndDashHGive() throws {
        for a0 in Self.commandLines {
            try withCase("\(a0)") { try helpCommandGivesExactlyWhatDashDashHelpAndDashHGive(a0) }
        }
    }

    func helpCommandGivesExactlyWhatDashDashHelpAndDashHGive(_ names: [String]) throws {
        let parser = Parser(Fixture.program)
        let viaHelp = try parser.parse(["help"] + names)
        let viaLong = try parser.parse(names + ["--help"])
        let viaShort = try parser.parse(names + ["-h"])
        guard case .help(let text) = viaHelp else {
            reportFailure("help gave \(viaHelp.summary)")
            return
        }
        expectEqual(viaLong.summary, "help: " + text)
        expectEqual(viaShort.summary, "help: " + text)
        expectTrue(text.hasPrefix("govctl \(names.joined(separator: " ")) — "))
    }

    func testHelpGuideIsGuideDashDashHelpNotTheGlobalHelp() throws {
        let help = try Fixture.parse("help guide").summary
        try expectEqual(help, (try Fixture.parse("guide --help").summary))
        expectTrue(help.contains("USAGE\n  govctl guide ID [--fact KEY=VALUE ...]\n"))
        expectTrue(!help.contains("COMMANDS"))
    }

    func testTheGlobalHelpListsEveryCommandAndTheTables() throws {
        let invocation = try Fixture.parse("--help")
        guard case .help(let text) = invocation else {
            reportFailure("--help gave \(invocation.summary)")
            return
        }
        try expectEqual(try Fixture.parse("help").summary, "help: " + text)
        for command in Fixture.program.commands { expectTrue(text.contains("\n  \(command.name) ")) }
        for heading in ["USAGE", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            expectTrue(text.contains("\n\(heading)"), "\(heading)")
        }
        expectTrue(text.contains("  -V, --version "))
    }

    func testACommandsHelpShowsUsageArgumentsChoicesDefaultsAndExamples() throws {
        let text = try require(HelpText(Fixture.program).text(forCommand: ["reserve-status"]))
        expectTrue(
            text.contains(
                """
                USAGE
                  govctl reserve-status SYSTEM [--since TIME] [--prognosis TIME] [--no-prognosis] [--state FILE]
                                        [--format FORMAT]
                """))
        expectTrue(text.contains("  SYSTEM  the system, by name or alias\n"))
        expectTrue(text.contains("  --format FORMAT   output format (text, json or nagios; default: text)\n"))
        expectTrue(text.contains("  --since TIME      when the outage started (default: the open outage in the log)\n"))
        expectTrue(text.contains("GLOBAL OPTIONS\n  --procedures DIR  "))
        expectTrue(text.contains("\nRULES\n  --prognosis and --no-prognosis exclude each other\n"))
        expectTrue(
            !text.contains(
                "GLOBAL OPTIONS\n  --procedures DIR  read procedures from DIR instead of the bundled ones (also GOVCTL_PROCEDURES)\n  --format"
            ))
        expectTrue(
            text.contains("  govctl reserve-status sesam-lmn --format nagios  # reads the open outage from the log\n"))
    }

    func testACommandWithSubcommandsShowsAUsageLineForEach() throws {
        let text = try require(HelpText(Fixture.program).text(forCommand: ["outage"]))
        expectTrue(
            text.contains("  govctl outage start SYSTEM [--state FILE] [--scenario ID] [--at TIME] [--note TEXT]\n"))
        expectTrue(text.contains("  govctl outage prognosis SYSTEM [--state FILE] [--eta TIME]\n"))
        expectTrue(text.contains("SUBCOMMANDS\n  start "))
    }

    func testNoGeneratedLineIsWiderThanTheWidth() throws {
        for names in Self.commandLines + [[]] {
            let text = try require(HelpText(Fixture.program).text(forCommand: names))
            let generated = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  govctl ") }
            for line in generated where line.count > 100 {
                expectTrue(!line.dropFirst(4).contains(" "), "\(line)")
            }
        }
    }
}
