/// Problems in procedure files, compiler style (`file:line:col: error: message` then the hint) or as JSON.
/// In the text form each line goes through `TextEscaping.line`: a message quotes keys and values from the file, and
/// a key with an ESC or a line break must neither drive the terminal nor forge a diagnostic.
package enum DiagnosticRenderer {
    package static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            TextEscaping.line(d.headline) + "\n" + (d.hint.map { "  hint: \(TextEscaping.line($0))\n" } ?? "")
        }.joined()
    }

    package static func value(_ d: Diagnostic) -> JSONValue {
        .object(
            JSONObject([
                ("severity", .string(d.severity.rawValue)), ("code", .string(d.code.rawValue)),
                ("file", .string(d.file)),
                ("line", d.position.map { .number(Double($0.line)) } ?? .null),
                ("column", d.position.map { .number(Double($0.column)) } ?? .null),
                ("message", .string(d.message)), ("hint", d.hint.map(JSONValue.string) ?? .null),
            ]))
    }

    /// The `govctl validate` report: every problem, then a summary.
    package static func validationText(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.filter { $0.severity == .note }.count
        let noteText = notes == 0 ? "" : ", \(notes) \(notes == 1 ? "note" : "notes")"
        return text(diagnostics)
            + "\(files) \(files == 1 ? "file" : "files"), \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\(noteText)\n"
    }

    package static func validationJSON(_ diagnostics: [Diagnostic], files: Int, valid: Bool) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("valid", .bool(valid)), ("files", .number(Double(files))),
                    ("errors", .number(Double(diagnostics.filter { $0.severity == .error }.count))),
                    ("warnings", .number(Double(diagnostics.filter { $0.severity == .warning }.count))),
                    ("notes", .number(Double(diagnostics.filter { $0.severity == .note }.count))),
                    ("diagnostics", .array(diagnostics.map(value))),
                ]))) + "\n"
    }
}
