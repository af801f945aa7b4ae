import Foundation
import TestSupport
import XCTest

/// The completion scripts the built binary prints, loaded into the real shells; candidates come from the same
/// declarations as parsing and help, and names from the bundled procedures (`govctl __complete KIND`).
final class ShellCompletionTests: XCTestCase {
    struct Case: Sendable, CustomStringConvertible {
        var words: [String]
        var expected: [String]
        /// Whether `expected` is all that is offered, or only among the offers.
        var exact = true
        var description: String { "govctl " + words.joined(separator: " ") + "<TAB>" }
    }

    static let cases: [Case] = [
        Case(words: ["report-urgent", ""], expected: ["LVMS", "CMS", "Sesam\\ LMN"], exact: false),
        Case(words: ["reserve-status", "--format", ""], expected: ["text", "json", "nagios", "email", "markdown"]),
        Case(words: ["budget", "x", "--format", ""], expected: ["text", "csv", "json", "markdown"]),
        Case(words: ["list", "--lang", ""], expected: ["nb", "sv", "en"]),
        // Issue 29: an option that takes one of a procedure's choices offers them (sshf-hastesaker's competence).
        Case(
            words: ["report-urgent", "LVMS", "--competence", ""],
            expected: ["teknisk-service", "kliniske-fellesapplikasjoner", "servergruppe"]),
        Case(words: ["report-urgent", "LVMS", "--competence", "ser"], expected: ["servergruppe"]),
        Case(words: ["re"], expected: ["report-urgent", "reserve-status", "review"]),
        Case(
            words: ["outage", ""],
            expected: [
                "init", "start", "prognosis", "end", "amend", "cancel", "list", "show", "watch", "repair", "archive",
                "export", "import",
            ]),
        Case(words: ["outage", "start", "ses"], expected: ["Sesam\\ LMN", "sesam-lmn", "SesamLMN"]),
        Case(words: ["reserve-status", "x", "--no-"], expected: ["--no-prognosis"]),
        Case(words: ["completion", ""], expected: ["bash", "zsh", "fish"]),
        Case(words: ["guide", "cms-h"], expected: ["cms-hastesak"]),
        Case(words: ["show", "sshf"], expected: ["sshf-hastesaker"]),
        Case(words: ["help", "gu"], expected: ["guide"]),
    ]

    /// Runs `command` in a bash without start-up files.
    static func bash(_ command: String) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", "-c", command]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return Binary.Result(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            exitCode: process.terminationStatus)
    }

    func testTheBashScriptOffersTheCandidates() throws {
        forEachCase(Self.cases) { a0 in
            try Self.theBashScriptOffersTheCandidates(a0)
        }
    }

    static func theBashScriptOffersTheCandidates(_ test: Case) throws {
        let directory = try TemporaryDirectory.make("bash")
        defer { TemporaryDirectory.remove(directory) }
        let script = directory.appending(path: "govctl.bash")
        let generated = try Binary.run(["completion", "bash"])
        expectEqual(generated.exitCode, 0)
        try generated.stdout.write(to: script, atomically: true, encoding: .utf8)
        let words = ([Binary.path] + test.words).map { "'\($0)'" }.joined(separator: " ")
        let result = try Self.bash(
            """
            source '\(script.path)'
            COMP_WORDS=(\(words)); COMP_CWORD=\(test.words.count)
            _govctl
            (( ${#COMPREPLY[@]} )) && printf '%s\\n' "${COMPREPLY[@]}"
            exit 0
            """)
        expectEqual(result.stderr, "")
        expectEqual(result.exitCode, 0)
        let offered = result.stdout.split(separator: "\n").map(String.init)
        if test.exact {
            expectEqual(offered, test.expected)
        } else {
            expectTrue(Set(test.expected).isSubset(of: offered), "\(offered)")
        }
    }

    func testTheBuiltInFlagPrintsTheSameScriptAsTheCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let command = try Binary.run(["completion", shell])
            let flag = try Binary.run(["--generate-completion-script", shell])
            expectEqual(command.exitCode, 0)
            expectTrue(!command.stdout.isEmpty)
            expectEqual(command.stdout, flag.stdout, "\(shell)")
        }
    }

    func testTheZshAndFishScriptsAreValidSyntax() throws {
        for shell in ["zsh", "fish"] {
            guard let path = ToolRequirement.which(shell, for: "the syntax of govctl completion \(shell)") else {
                continue
            }
            let script = try Binary.run(["completion", shell]).stdout
            let file = FileManager.default.temporaryDirectory.appending(path: "govctl-\(UUID().uuidString).\(shell)")
            try script.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try Self.bash("'\(path)' -n '\(file.path)'")
            expectEqual(result.exitCode, 0, "\(shell): \(result.stderr)")
        }
    }

    func testCompleteListsNamesAndAliasesAndIsSilentOnFailure() throws {
        let systems = try Binary.run(["__complete", "system"])
        expectEqual(systems.exitCode, 0)
        let names = systems.stdout.split(separator: "\n").map(String.init)
        expectTrue(names.contains("Sesam LMN"))
        expectTrue(names.contains("Cytostatica Management System") || names.contains("CMS"))
        expectEqual(Set(names).count, names.count)
        let broken = try Binary.run(["__complete", "system", "--procedures", "/nonexistent"])
        expectEqual(broken.exitCode, 0)
        let elsewhere = try Binary.run(["__complete", "system"], environment: ["GOVCTL_PROCEDURES": "/nonexistent"])
        expectEqual(elsewhere.exitCode, 0)
        expectTrue(elsewhere.stdout == "" && elsewhere.stderr == "")
        try expectTrue(!(try Binary.run(["--help"]).stdout.contains("__complete")))
    }
}
