import CLIKit
import TestSupport
import XCTest

/// Declarations beyond the fixture: short names, typed and repeatable arguments, built-ins, declaration mistakes.
final class DeclarationTests: XCTestCase {
    static let tool = Program(
        "tool", version: "2.1",
        abstract: "a small tool",
        options: [
            .choice("format", short: "f", "FORMAT", ["text", "json"], default: .value("text"), help: "output format")
        ],
        commands: [
            Command(
                "copy", abstract: "copy files",
                arguments: [
                    Argument("SOURCE", repeatable: true, help: "what to copy"),
                    Argument("TARGET", help: "where to"),
                ],
                options: [.typed("times", short: "n", "N", help: "how often", parser: .integer(in: 1...9))]),
            Command(
                "wait", abstract: "wait",
                arguments: [Argument("SECONDS", parser: .integer(in: 0...60), help: "how long")]),
        ])

    private func run(_ words: [String]) throws -> ParsedCommand? {
        guard case .run(let parsed) = try Parser(Self.tool).parse(words) else { return nil }
        return parsed
    }

    func testShortNamesWorkLikeLongOnes() throws {
        let parsed = try require(try run(["copy", "-n", "3", "a", "b", "-f", "json"]))
        expectEqual(parsed.value("times", as: Int.self), 3)
        expectEqual(parsed.string("format"), "json")
    }

    func testARepeatableArgumentLeavesTheWordsARequiredOneAfterItNeeds() throws {
        let parsed = try require(try run(["copy", "a", "b", "c", "dir"]))
        expectEqual(parsed.arguments("SOURCE"), ["a", "b", "c"])
        expectEqual(parsed.argument("TARGET"), "dir")
        expectUsageError(["copy", "dir"], "'copy' needs SOURCE", hint: "see 'tool copy --help'")
    }

    func testATypedArgumentIsCheckedWhileParsing() throws {
        try expectEqual(try run(["wait", "5"])?.argument("SECONDS", as: Int.self), 5)
        expectUsageError(["wait", "soon"], "SECONDS 'soon' is not a whole number")
        expectUsageError(["wait", "99"], "SECONDS '99' is not between 0 and 60")
    }

    func testTheCompletionScriptIsBuiltIn() throws {
        guard case .completionScript(let text) = try Parser(Self.tool).parse(["--generate-completion-script", "zsh"])
        else {
            reportFailure("no script")
            return
        }
        expectTrue(text.hasPrefix("#compdef tool\n"))
        try expectTrue(
            try Parser(Self.tool).parse(["--generate-completion-script=fish"]).summary.hasPrefix("script: # fish"))
        expectUsageError(
            ["--generate-completion-script", "tcsh"], "--generate-completion-script needs a shell",
            hint: "one of bash, zsh, fish")
        expectUsageError(
            ["--generate-completion-script", "bash", "x"], "unexpected argument 'x'",
            hint: "write --generate-completion-script bash alone")
    }

    func testHelpHelpIsTheGlobalHelp() throws {
        try expectEqual(
            try Parser(Self.tool).parse(["help", "help"]).summary, Parser(Self.tool).parse(["--help"]).summary)
    }

    func testTheFixtureAndTheSmallToolDeclareNothingWrong() {
        expectEqual(Fixture.program.declarationProblems, [])
        expectEqual(Self.tool.declarationProblems, [])
    }

    func testDeclarationMistakesAreFound() {
        var program = Self.tool
        let extra: [Option] = [
            .flag("help", help: "mine"), .value("format", "F", help: "again"), .flag("x", short: "V", help: "x"),
            .choice("color", "WHEN", ["auto", "never"], default: .value("always"), help: "colour"),
        ]
        program.options += extra
        program.commands[0].arguments.insert(Argument("EXTRA", repeatable: true, help: "more"), at: 0)
        program.commands[0].arguments.append(Argument("MODE", optional: true, help: "how"))
        program.commands[0].options.append(.flag("fast", short: "f", help: "quickly"))
        program.commands[1].options = [Option.flag("format", help: "a flag now")]
        program.commands.append(Command("wait", abstract: "twice"))
        expectEqual(
            program.declarationProblems,
            [
                "tool: --help is built in",
                "tool: --format is declared twice",
                "tool: -V is built in",
                "tool: the default of --color is refused: '--color always' is not one of auto, never",
                "tool copy: -f is both --format and --fast",
                "tool copy: only one argument can be repeatable",
                "tool copy: no optional argument can follow a repeatable one",
                "tool wait: --format must take a value as the global one does, or not",
                "tool wait: the command is declared twice",
            ])
    }

    private func expectUsageError(
        _ words: [String], _ message: String, hint: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let invocation = try Parser(Self.tool).parse(words)
            reportFailure("parsed to \(invocation.summary)", file: file, line: line)
        } catch {
            expectEqual(error.message, message, file: file, line: line)
            expectEqual(error.hint, hint, file: file, line: line)
            expectEqual(error.exitCode, 64, file: file, line: line)
        }
    }
}
