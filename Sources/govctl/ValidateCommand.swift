import GovKit

enum ValidateCommand {
    static let command = Command(
        name: "validate", summary: "check procedure files: strict JSON, schema, references, rules, budgets",
        usage: "govctl validate [PATH ...] [--strict] [--format text|json]",
        description: """
        Reports every problem at once as FILE:LINE:COL: error: MESSAGE with a hint. PATH is a file or a directory
        of *.json files (default: --procedures, GOVCTL_PROCEDURES, or the bundled procedures).
        Exit 0 when valid, 65 when not. With --strict, warnings (an expired document, a role with no holder) fail too.
        """,
        options: [OptionSpec(name: "strict", value: nil, help: "treat warnings as errors")],
        examples: ["govctl validate", "govctl validate procedures/", "govctl validate my-procedure.json --strict --format json"]
    ) { context throws(GovError) in
        let files = try context.procedureFiles(paths: context.arguments.positionals)
        let set = ProcedureLoader.load(files, today: context.today)
        // The process exits right after printing: freeing thousands of procedure models one by one would take
        // longer than checking them (measured: docs/performance.md), so the memory is left to the OS.
        _ = Unmanaged.passRetained(KeptUntilExit(set))
        let strict = context.arguments.has("strict")
        let valid = set.errors.isEmpty && (!strict || set.warnings.isEmpty)
        let code = valid ? ExitCode.ok : ExitCode.dataError
        if context.format == "json" {
            return Output(stdout: DiagnosticRenderer.validationJSON(set.diagnostics, files: files.count, valid: valid), exitCode: code)
        }
        return Output(stdout: DiagnosticRenderer.validationText(set.diagnostics, files: files.count), exitCode: code)
    }
}

/// Holds a value for the rest of the process (see `ValidateCommand`).
private final class KeptUntilExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
