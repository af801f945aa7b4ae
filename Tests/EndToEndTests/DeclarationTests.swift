import CLIKit
import Foundation
import TestSupport
import XCTest

@testable import govctl

/// govctl's command-line declarations: sound, and the one source of the exit-code table in README.md and help.
final class DeclarationTests: XCTestCase {
    func testTheProgramDeclarationsHaveNoProblems() {
        expectEqual(GovCtl.program.declarationProblems, [])
    }

    func testEveryDynamicCompletionKindIsAnsweredByComplete() {
        expectTrue(Set(CompletionScript.dynamicKinds(of: GovCtl.program)).isSubset(of: DynamicCompletions.kinds))
    }

    func testTheReadmeExitCodeTableIsTheDeclaredExitStatuses() throws {
        let readme = try String(contentsOf: Binary.root.appending(path: "README.md"), encoding: .utf8)
        let section = try require(readme.components(separatedBy: "## Exit codes\n").dropFirst().first)
        let rows = section.split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
            .dropFirst(2)
        let table = rows.map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let declared = GovCtl.exitStatuses.map { [String($0.code), $0.meaning] }
        expectEqual(table, declared)
    }

    func testHelpListsTheDeclaredExitStatuses() throws {
        let help = try Binary.run(["--help"]).stdout
        for status in GovCtl.exitStatuses {
            expectTrue(help.contains("  \(status.code) "), "\(status.code)")
        }
        expectTrue(help.contains("EXIT STATUS"))
    }

    func testEveryCommandIsRunByTheCommandItDeclares() {
        func walk(_ commands: [CLIKit.Command], path: [String]) {
            for command in commands {
                let full = path + [command.name]
                expectTrue(govctl.Command.at(full, in: Commands.all) != nil, "\(full)")
                walk(command.subcommands, path: full)
            }
        }
        walk(GovCtl.program.commands, path: [])
    }
}
