import CLIKit
import GovKit

enum ValidateCommand {
    static let command = Command(
        name: "validate", summary: "check procedure files: strict JSON, schema, references, rules, budgets",
        description: """
            Reports every problem at once as FILE:LINE:COL: error: MESSAGE with a hint. PATH is a file or a directory
            of *.json files (default: --procedures, GOVCTL_PROCEDURES, or the bundled procedures).
            Exit 0 when valid, 65 when not. With --strict, warnings (an expired document, a role with no holder) fail too.
            """,
        arguments: [
            Argument(
                "PATH", optional: true, repeatable: true, completion: .file,
                help: "a procedure file or directory of *.json files")
        ],
        options: [.flag("strict", help: "treat warnings as errors")],
        examples: [
            "govctl validate", "govctl validate procedures/",
            "govctl validate my-procedure.json --strict --format json",
        ]
    ) { context throws(GovError) in
        // Files on disk are read one by one as they are checked (thousands may be given); the bundled ones are in memory.
        let paths = context.procedurePaths(context.arguments.arguments("PATH"))
        let files: Int, diagnostics: [Diagnostic]
        if paths.isEmpty {
            let bundled = try context.procedureFiles()
            (files, diagnostics) = (bundled.count, ProcedureLoader.check(bundled, today: context.today))
        } else {
            do throws(ProcedureFiles.NotFound) {
                (files, diagnostics) = try ProcedureLoader.check(paths: paths, today: context.today)
            } catch {
                throw Context.notFound(error)
            }
        }
        let errors = diagnostics.contains { $0.severity == .error }
        let warnings = diagnostics.contains { $0.severity == .warning }
        let valid = !errors && (!context.arguments.flag("strict") || !warnings)
        let code = valid ? ExitCode.ok : ExitCode.dataError
        return Output(
            stdout: try Renderers.validation(diagnostics, files: files, valid: valid, context), exitCode: code)
    }
}
