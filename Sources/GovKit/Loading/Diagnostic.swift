/// A problem found in a procedure file, reported compiler-style: `file:line:col: error: message`.
package struct Diagnostic: Sendable, Equatable, Error {
    /// `error` fails `validate`; `warning` fails `validate --strict`; `note` informs and fails nothing (a fact about the
    /// source, such as a document past its valid-until date, that the data cannot change).
    package enum Severity: String, Sendable { case error, warning, note }

    package let severity: Severity
    /// A stable code for scripts (`--format json`), e.g. `unknown-key`; listed in docs/procedure-format.md.
    package let code: DiagnosticCode
    package let file: String
    package let position: SourcePosition?
    package let message: String
    /// How to fix it.
    package let hint: String?

    /// A diagnostic with the severity its code always has.
    package init(_ code: DiagnosticCode, file: String, position: SourcePosition?, message: String, hint: String?) {
        self.severity = code.severity
        self.code = code
        self.file = file
        self.position = position
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: severity: message` (the location part shortened when unknown).
    package var headline: String {
        let location = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }

    /// Orders by file, then position, then message, so reports are stable.
    package static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            let a = $0.position ?? SourcePosition(line: 0, column: 0)
            let b = $1.position ?? SourcePosition(line: 0, column: 0)
            if a != b { return a < b }
            return $0.message < $1.message
        }
    }
}

/// The one place diagnostics are collected: decoders, the per-procedure checks and the checks across files all
/// report here, by code (the code decides the severity). Positions are computed only for what is reported.
final class DiagnosticSink {
    /// The file reported on; `report(_:in:…)` names another file (the checks across files).
    let source: SourceText
    /// The procedure's source language, once known; texts must then carry it and English.
    var language: Language?
    /// Ids of entries that did not decode, so that references to them are not reported again as unknown.
    var undecoded = UndecodedIds()
    /// The checks asked for beyond what every command needs (`LoadChecks`): decoders skip the others.
    let checks: LoadChecks
    private(set) var items: [Diagnostic] = []

    init(source: SourceText, checks: LoadChecks = .all) {
        self.source = source
        self.checks = checks
    }

    /// A sink for reports across files, each naming its file (`report(_:in:…)`).
    convenience init() { self.init(source: SourceText(path: "", bytes: [])) }

    /// Reports `code` at a byte offset of this sink's file.
    func report(_ code: DiagnosticCode, at offset: Int?, _ message: String, hint: String? = nil) {
        report(code, in: source, at: offset, message, hint: hint)
    }

    /// Reports `code` at a byte offset of `file` (`nil` offset: the file as a whole).
    func report(_ code: DiagnosticCode, in file: SourceText, at offset: Int?, _ message: String, hint: String? = nil) {
        let position = offset.map(file.position(of:))
        items.append(Diagnostic(code, file: file.path, position: position, message: message, hint: hint))
    }

    /// Same as `report`: an error code (the name reads well at call sites).
    func error(_ code: DiagnosticCode, at offset: Int?, _ message: String, hint: String? = nil) {
        report(code, at: offset, message, hint: hint)
    }

    /// Same as `report`: a warning code.
    func warning(_ code: DiagnosticCode, at offset: Int?, _ message: String, hint: String? = nil) {
        report(code, at: offset, message, hint: hint)
    }
}
