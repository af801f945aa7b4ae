/// Reporting with a `DiagnosticCode` instead of its string: each call site can move from `"wrong-type"` to
/// `.wrongType` on its own, and what is reported stays the same (the code's raw value).
extension DiagnosticSink {
    func error(_ code: DiagnosticCode, at offset: Int?, _ message: String, hint: String? = nil) {
        error(code.rawValue, at: offset, message, hint: hint)
    }

    func warning(_ code: DiagnosticCode, at offset: Int?, _ message: String, hint: String? = nil) {
        warning(code.rawValue, at: offset, message, hint: hint)
    }
}

extension ProcedureChecker {
    /// Reports `code` with the severity it always has.
    mutating func report(_ code: DiagnosticCode, _ offset: Int?, _ message: String, hint: String?) {
        report(code.rawValue, offset, message, hint: hint, severity: code.severity)
    }
}

extension CrossReferenceChecker {
    mutating func report(_ code: DiagnosticCode, _ file: String, _ offset: Int?, _ message: String, hint: String?) {
        report(code.rawValue, file, offset, message, hint: hint)
    }
}

extension Diagnostic {
    /// The code as a `DiagnosticCode`; `nil` only for a string that is not one of its cases.
    package var diagnosticCode: DiagnosticCode? { DiagnosticCode(rawValue: code) }
}
