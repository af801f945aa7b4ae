import CLIKit
import Foundation
import TestSupport
import XCTest

/// Shell completion made from the declarations; the bash script is run for real against a stub program.
final class CompletionTests: XCTestCase {
    struct Case: Sendable, CustomStringConvertible {
        var words: [String]
        var expected: [String]
        var description: String { words.joined(separator: " ") + "|" }

        /// `words` are what is typed after the program's name; the last is the word being completed.
        init(_ words: [String], _ expected: [String]) {
            self.words = words
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case(["re"], ["report-urgent", "reserve-status"]),
        Case(["h"], ["help"]),
        Case(["outage", ""], ["start", "prognosis", "end"]),
        Case(["reserve-status", "--format", ""], ["text", "json", "nagios"]),
        Case(["list", "--format", ""], ["text", "json"]),
        Case(["list", "--format", "="], ["text", "json"]), // bash splits --format= at the '='
        Case(["list", "--format", "=", "j"], ["json"]),
        Case(["--lang", ""], ["nb", "sv", "en"]),
        Case(["reserve-status", "--st"], ["--state"]),
        Case(["reserve-status", "x", "--no"], ["--now", "--no-prognosis"]),
        Case(["who-owns", "Se"], ["Sesam\\ LMN"]),
        Case(["who-owns", "ses"], ["Sesam\\ LMN"]),
        Case(["who-owns", ""], ["CMS", "LVMS", "Sesam\\ LMN", "webSesam"]),
        Case(["who-owns", "--person", "M"], ["Marius-Ioan\\ Taran"]),
        Case(["outage", "--state", "log.jsonl", "start", "L"], ["LVMS"]),
        Case(["--format", "json", "outage", "end", "C"], ["CMS"]),
        Case(["report-urgent", "LVMS", "--description", "x", ""], []),
        Case(["help", "gu"], ["guide"]),
        Case(["guide", ""], ["cms-hastesak", "sesam-lmn-reservrutin"]),
    ]

    static let stub = """
        #!/bin/sh
        [ "$1" = __complete ] || exit 64
        case "$2" in
        system) printf '%s\\n' CMS LVMS 'Sesam LMN' webSesam ;;
        person) printf '%s\\n' 'Marius-Ioan Taran' ;;
        guide) printf '%s\\n' cms-hastesak sesam-lmn-reservrutin ;;
        esac

        """

    func testTheBashScriptOffersTheDeclaredCandidates() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try theBashScriptOffersTheDeclaredCandidates(a0) }
        }
    }

    func theBashScriptOffersTheDeclaredCandidates(_ test: Case) throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appending(path: "govctl.bash")
        try CompletionScript.text(for: Fixture.program, shell: .bash).write(
            to: script, atomically: true, encoding: .utf8)
        let program = directory.appending(path: "govctl")
        try ExecutableFile.write(Self.stub, to: program.path)
        let words = ([program.path] + test.words).map { "'\($0)'" }.joined(separator: " ")
        let command = """
            source '\(script.path)'
            COMP_WORDS=(\(words)); COMP_CWORD=\(test.words.count)
            _govctl
            (( ${#COMPREPLY[@]} )) && printf '%s\\n' "${COMPREPLY[@]}"
            exit 0
            """
        let result = try Tool.run("/bin/bash", ["--norc", "-c", command])
        expectEqual(result.stderr, "")
        expectEqual(result.status, 0)
        expectEqual(result.stdout.split(separator: "\n").map(String.init), test.expected)
    }

    func testTheBashScriptCompletesFilesForAFileArgument() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appending(path: "govctl.bash")
        try CompletionScript.text(for: Fixture.program, shell: .bash).write(
            to: script, atomically: true, encoding: .utf8)
        try "{}".write(to: directory.appending(path: "procedure-a.json"), atomically: true, encoding: .utf8)
        let command = """
            cd '\(directory.path)'; source govctl.bash
            COMP_WORDS=(govctl validate x.json proc); COMP_CWORD=3; _govctl; printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Tool.run("/bin/bash", ["--norc", "-c", command])
        expectEqual(result.stdout, "procedure-a.json\n")
    }

    func testTheScriptIsValidForItsShell() throws {
        for a0 in [CLIKit.Shell.zsh, .fish] {
            try withCase("\(a0)") { try theScriptIsValidForItsShell(a0) }
        }
    }

    func theScriptIsValidForItsShell(_ shell: CLIKit.Shell) throws {
        let what = "the \(shell.rawValue) completion script's syntax"
        guard let executable = ToolRequirement.which(shell.rawValue, for: what) else { return }
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appending(path: "_govctl")
        let text = CompletionScript.text(for: Fixture.program, shell: shell)
        try text.write(to: script, atomically: true, encoding: .utf8)
        let result = try Tool.run(executable, ["-n", script.path])
        expectEqual(result.status, 0, "\(result.stderr)")
        expectEqual(result.stderr, "")
        expectTrue(text.contains("reserve-status"))
        expectTrue(text.contains("nagios"))
        expectTrue(text.contains("__complete"))
    }

    /// Runs the zsh script's completion function with `compadd` and `_describe` stubbed to print the candidates.
    func testTheZshScriptOffersTheDeclaredCandidates() throws {
        for a0 in [
            Case(["outage", ""], ["start", "prognosis", "end"]),
            Case(["reserve-status", "--format", ""], ["text", "json", "nagios"]),
            Case(["outage", "--state", "f", "start", ""], ["CMS", "LVMS", "Sesam LMN", "webSesam"]),
            Case(["help", ""], Fixture.program.commands.map(\.name)),
        ] {
            try withCase("\(a0)") { try theZshScriptOffersTheDeclaredCandidates(a0) }
        }
    }

    func theZshScriptOffersTheDeclaredCandidates(_ test: Case) throws {
        guard let zsh = ToolRequirement.which("zsh", for: "the zsh completion's candidates") else {
            return
        }
        let directory = try Self.scriptAndStub(.zsh)
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = """
            compdef() { :; }
            compadd() {
                if [[ $1 == -a ]]; then print -l -- "${(@P)2}"; return; fi
                [[ $1 == -- ]] && shift
                print -l -- "$@"
            }
            _describe() { local item; for item in "${(@P)4}"; do print -- "${item%%:*}"; done; }
            source '\(directory.path)/script'
            words=('\(directory.path)/govctl' \(test.words.map { "'\($0)'" }.joined(separator: " ")))
            CURRENT=${#words}
            _govctl
            """
        let result = try Tool.run(zsh, ["-f", "-c", harness])
        expectEqual(result.stderr, "")
        expectEqual(result.stdout.split(separator: "\n").map(String.init), test.expected)
    }

    /// Asks fish itself (`complete -C`) with the script loaded and the stub program on PATH.
    func testTheFishScriptOffersTheDeclaredCandidates() throws {
        for a0 in [
            Case(["reserve-status", "--format", ""], ["json", "nagios", "text"]),
            Case(["who-owns", ""], ["CMS", "LVMS", "Sesam LMN", "webSesam"]),
            Case(["outage", ""], ["end", "prognosis", "start"]),
            Case(["reserve-status", "x", "--st"], ["--state"]),
        ] {
            try withCase("\(a0)") { try theFishScriptOffersTheDeclaredCandidates(a0) }
        }
    }

    func theFishScriptOffersTheDeclaredCandidates(_ test: Case) throws {
        guard let fish = ToolRequirement.which("fish", for: "the fish completion's candidates") else {
            return
        }
        let directory = try Self.scriptAndStub(.fish)
        defer { try? FileManager.default.removeItem(at: directory) }
        let line = (["govctl"] + test.words).joined(separator: " ")
        let result = try Tool.run(
            fish, ["--no-config", "-c", "source '\(directory.path)/script'; complete -C '\(line)'"],
            environment: ["PATH": directory.path + ":/usr/bin:/bin"])
        expectEqual(result.stderr, "")
        let candidates = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        expectEqual(candidates, test.expected)
    }

    /// A new directory with the script for `shell` as `script` and the stub program as `govctl`; the caller removes
    /// it (this removes it if it throws).
    private static func scriptAndStub(_ shell: CLIKit.Shell) throws -> URL {
        let directory = try Tool.temporaryDirectory()
        do {
            try CompletionScript.text(for: Fixture.program, shell: shell)
                .write(to: directory.appending(path: "script"), atomically: true, encoding: .utf8)
            let program = directory.appending(path: "govctl")
            try ExecutableFile.write(stub, to: program.path)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        return directory
    }

    func testTheDynamicKindsAreTheOnesDeclared() {
        expectEqual(CompletionScript.dynamicKinds(of: Fixture.program), ["system", "person", "guide"])
    }
}
