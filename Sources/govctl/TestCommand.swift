import CLIKit
import GovKit

enum TestCommand {
    static let command = Command(
        name: "test", summary: "run the test cases written in the procedure files",
        description: """
            Each test gives facts and expects derived values, steps and missing facts. Failures show expected vs
            actual. The last line is 'N passed, M failed'. Exit 0 when all pass, 1 when one fails, 65 when the files are invalid.
            Without PATH it tests what validate checks: --procedures, else procedures/ in the current directory,
            else the built-in procedures with the configured directories; the first line, on stderr, says which
            (JSON: "checked").
            --now sets the clock for tests that do not set their own.
            """,
        arguments: [
            Argument(
                "PATH", optional: true, repeatable: true, completion: .file,
                help:
                    "a procedure file or directory (default: --procedures, procedures/ here, or the built-in and configured ones)"
            )
        ],
        options: [CheckedSet.installedOption],
        examples: [
            "govctl test", "govctl test procedures/skane-sesam-lmn-reservrutin.json", "govctl test --format json",
        ],
        validations: [.exclusive("installed", "PATH")]
    ) { context throws(GovError) in
        let checked = try CheckedSet.resolve(context)
        checked.announce(context)
        // Every check validate runs: a set validate refuses is not tested.
        // Every check but `oneLine`: a test shows a name with a control character escaped, as a command does;
        // `validate` refuses it.
        let set = ProcedureLoader.load(checked.files, clock: context.clock, checks: .all.subtracting(.oneLine))
        LastLoaded.shared.keep(set)
        if !set.errors.isEmpty {
            throw GovError(
                .dataError,
                "\(checked.label): \(set.errors.count) error\(set.errors.count == 1 ? "" : "s")",
                hint: "fix them; '\(checked.validate)' lists them all", diagnostics: set.errors)
        }
        let outcomes = ProcedureTestRunner.run(Catalog(set.procedures), clock: context.clock)
        let code = outcomes.allSatisfy(\.passed) ? ExitCode.ok : ExitCode.failed
        let stdout = try Renderers.tests(outcomes, context)
        return Output(stdout: context.format == .json ? checked.labelled(stdout) : stdout, exitCode: code)
    }
}
