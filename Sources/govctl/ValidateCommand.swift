import CLIKit
import GovKit

enum ValidateCommand {
    static let command = Command(
        name: "validate", summary: "check procedure files: strict JSON, schema, references, rules, budgets",
        description: """
            Reports every problem at once as FILE:LINE:COL: error: MESSAGE with a hint. PATH is a file or a directory
            of *.json files; without one: --procedures or GOVCTL_PROCEDURES, else procedures/ in the current
            directory, else the built-in procedures with the configured directories (--installed). Without PATH the
            first line, on stderr, says which files were checked: checking procedures/ (5 files); JSON says it in
            "checked".
            Exit 0 when valid, 65 when not. Warnings (an expired document, a role the source names without a holder)
            do not fail unless --strict; --strict fails on every warning not left out with --ignore. --ignore CODE
            leaves out every diagnostic with that code (errors too), e.g. --ignore no-holder.
            """,
        arguments: [
            Argument(
                "PATH", optional: true, repeatable: true, completion: .file,
                help: "a procedure file or directory of *.json files")
        ],
        options: [
            .flag("strict", help: "treat warnings as errors (exit 65)"),
            .typed(
                "ignore", "CODE", repeatable: true,
                help: "leave out the diagnostics with this code (e.g. no-holder, expired); repeatable",
                parser: diagnosticCode),
            CheckedSet.installedOption,
        ],
        examples: [
            "govctl validate", "govctl validate procedures/",
            "govctl validate my-procedure.json --strict --format json",
            "govctl validate --strict --ignore no-holder",
        ],
        validations: [.exclusive("installed", "PATH")]
    ) { context throws(GovError) in
        let checked = try CheckedSet.resolve(context)
        checked.announce(context)
        let ignored = Set(context.arguments.values("ignore", as: DiagnosticCode.self))
        // Every check (`ProcedureLoader.check`), the models kept until exit (`LastLoaded`).
        let set = ProcedureLoader.load(checked.files, clock: context.clock, checks: .all)
        LastLoaded.shared.keep(set)
        let diagnostics = set.diagnostics.filter { !ignored.contains($0.code) }
        let errors = diagnostics.contains { $0.severity == .error }
        let warnings = diagnostics.contains { $0.severity == .warning }
        let valid = !errors && (!context.arguments.flag("strict") || !warnings)
        let code = valid ? ExitCode.ok : ExitCode.dataError
        let stdout = try Renderers.validation(diagnostics, files: checked.files.count, valid: valid, context)
        return Output(stdout: context.format == .json ? checked.labelled(stdout) : stdout, exitCode: code)
    }

    /// `--ignore CODE`: one of `DiagnosticCode`'s codes; another word is a usage error with the closest code.
    static let diagnosticCode = ValueParser { text throws(ValueError) -> DiagnosticCode in
        guard let code = DiagnosticCode(rawValue: text) else {
            let codes = DiagnosticCode.allCases.map(\.rawValue)
            let guess = Suggestions.closest(to: text, among: codes).map { "did you mean '\($0)'? " } ?? ""
            throw ValueError(
                "is not a diagnostic code", hint: guess + "the codes are listed in docs/procedure-format.md")
        }
        return code
    }
}
