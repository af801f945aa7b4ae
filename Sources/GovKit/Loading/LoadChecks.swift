/// The checks loading runs beyond the ones every command needs (issue 22). A command that runs procedures loads with
/// `.run`: every error that keeps it from running bad data (syntax, types, ids, references, rules, facts, monitors,
/// budgets, names across files) and every diagnostic a command passes on (`expired`, `writable-by-others`). Only the
/// commands that report on the files themselves (`validate`, `test`, `trace`) ask for `.all`.
///
/// What `.run` leaves out never changes what a command does with a procedure:
/// - `citations`: each `source` against the document's outline (`unknown-section`, `uncited-section`,
///   `unknown-paragraph`, `uncarried-paragraph`). Citations are text that commands print as written (escaped by
///   each renderer); no command resolves one to a section but `trace`, which reads the file again for its own
///   report. The walk that collects them is skipped too.
/// - `lints`: the warnings no command but `validate` reports (`loose-equality`, `no-holder`, `leftover-todo`). They
///   never refused anything: a warning fails only `validate --strict`.
/// - `oneLine`: control characters and line breaks in names, ids, titles and labels (`control-character`, issue 27).
///   An error for `validate`, so that an author fixes them; every face a command renders escapes them
///   (`TextEscaping`), so a command that runs the procedure shows them escaped rather than refuse to run.
package struct LoadChecks: OptionSet, Sendable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// Citations against the document's outline.
    package static let citations = LoadChecks(rawValue: 1 << 0)
    /// Warnings that only `validate` reports.
    package static let lints = LoadChecks(rawValue: 1 << 1)
    /// Control characters in one-line values.
    package static let oneLine = LoadChecks(rawValue: 1 << 2)
    /// The `reviewed` fingerprints against the text of the procedure's `sourceFile`, read from beside the file
    /// (`SourceDocument.locate`). Left out for the files built into the binary, whose paths are names only: the
    /// fingerprints' other checks still run, and the repository's tests check the texts (`validate procedures`).
    package static let sourceText = LoadChecks(rawValue: 1 << 3)

    /// Everything `validate` reports.
    package static let all: LoadChecks = [.citations, .lints, .oneLine, .sourceText]
    /// What a command that runs procedures needs.
    package static let run: LoadChecks = []

    /// The codes only these checks raise: loading without them reports everything else it reports with them.
    package var codes: Set<DiagnosticCode> {
        var codes: Set<DiagnosticCode> = []
        if contains(.citations) {
            codes.formUnion([
                .unknownSection, .uncitedSection, .unknownParagraph, .uncarriedParagraph, .suspectCitation,
            ])
        }
        if contains(.lints) { codes.formUnion([.looseEquality, .noHolder, .leftoverTodo]) }
        if contains(.oneLine) { codes.insert(.controlCharacter) }
        return codes
    }
}
