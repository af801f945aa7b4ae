import CLIKit
import GovKit

enum TestCommand {
    static let command = Command(
        name: "test", summary: "run the test cases written in the procedure files",
        description: """
            Each test gives facts and expects derived values, steps and missing facts. Failures show expected vs
            actual. The last line is 'N passed, M failed'. Exit 0 when all pass, 1 when one fails, 65 when the files are invalid.
            --now sets the clock for tests that do not set their own.
            """,
        arguments: [
            Argument(
                "PATH", optional: true, repeatable: true, completion: .file,
                help: "a procedure file or directory (default: --procedures, GOVCTL_PROCEDURES, or the bundled ones)")
        ],
        examples: [
            "govctl test", "govctl test procedures/skane-sesam-lmn-reservrutin.json", "govctl test --format json",
        ]
    ) { context throws(GovError) in
        let files = try context.procedureFiles(paths: context.arguments.arguments("PATH"))
        let set = ProcedureLoader.load(files, today: context.today)
        if !set.errors.isEmpty {
            throw GovError(
                .dataError, "the procedures have \(set.errors.count) errors",
                hint: "fix them; 'govctl validate' lists them all", diagnostics: set.errors)
        }
        let zone = set.procedures.first?.document.timeZone ?? "UTC"
        let outcomes = ProcedureTestRunner.run(Catalog(set.procedures), now: try context.now(in: zone))
        let code = outcomes.allSatisfy(\.passed) ? ExitCode.ok : ExitCode.failed
        return Output(stdout: try Renderers.tests(outcomes, context), exitCode: code)
    }
}
