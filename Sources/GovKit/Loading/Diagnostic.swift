/// A problem found in a procedure file, reported compiler-style: `file:line:col: error: message`.
package struct Diagnostic: Sendable, Equatable, Error {
    package enum Severity: String, Sendable { case error, warning }

    package let severity: Severity
    /// A stable code for scripts (`--format json`), e.g. `unknown-key`; listed in docs/procedure-format.md.
    package let code: String
    package let file: String
    package let position: SourcePosition?
    package let message: String
    /// How to fix it.
    package let hint: String?

    package init(
        _ severity: Severity, code: String, file: String, position: SourcePosition?, message: String, hint: String?
    ) {
        self.severity = severity
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

/// Collects diagnostics for one file while it is decoded.
final class DiagnosticSink {
    let source: SourceText
    /// The procedure's source language, once known; texts must then carry it and English.
    var language: Language?
    private(set) var items: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    func error(_ code: String, at offset: Int?, _ message: String, hint: String? = nil) {
        add(.error, code, offset, message, hint)
    }

    func warning(_ code: String, at offset: Int?, _ message: String, hint: String? = nil) {
        add(.warning, code, offset, message, hint)
    }

    private func add(
        _ severity: Diagnostic.Severity, _ code: String, _ offset: Int?, _ message: String, _ hint: String?
    ) {
        items.append(
            Diagnostic(
                severity, code: code, file: source.path, position: offset.map(source.position(of:)),
                message: message, hint: hint))
    }
}
