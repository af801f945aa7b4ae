/// The one place errors are written: for stderr as text, and as the `{"error": …}` object scripts read on stdout
/// with `--format json`.
package enum ErrorRenderer {
    /// `govctl: error: MESSAGE; HINT`, after any diagnostics about procedure files.
    package static func text(_ error: GovError) -> String {
        TextEscaping.block(DiagnosticRenderer.text(error.diagnostics)) + line(error.message, hint: error.hint)
    }

    /// `govctl: error: MESSAGE; HINT` (or `warning`) on one line; control characters in them (user input, data) are
    /// escaped (`TextEscaping.line`), so the line stays one line and cannot drive the terminal.
    package static func line(_ message: String, hint: String? = nil, severity: String = "error") -> String {
        "govctl: \(severity): \(TextEscaping.line(message))" + (hint.map { "; \(TextEscaping.line($0))" } ?? "") + "\n"
    }

    /// `{"error": {"type", "message", "hint", "diagnostics"}}`, indented.
    package static func json(_ error: GovError) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    (
                        "error",
                        .object(
                            JSONObject([
                                ("type", .string(String(describing: error.kind))), ("message", .string(error.message)),
                                ("hint", error.hint.map(JSONValue.string) ?? .null),
                                ("diagnostics", .array(error.diagnostics.map(DiagnosticRenderer.value))),
                            ]))
                    )
                ]))) + "\n"
    }

    /// What a rule threw, for `eval`: the text for stderr.
    package static func text(_ error: LogicError) -> String {
        let path = error.rulePath.isEmpty ? "" : " at /\(error.rulePath.map(\.description).joined(separator: "/"))"
        return line("the rule threw '\(error.type)'\(path)" + (error.detail.map { ": \($0)" } ?? ""))
    }

    /// What a rule threw, as `try` would catch it: `{"error":{"type":"NaN"}}` on one line.
    package static func json(_ error: LogicError) -> String {
        JSONWriter.compact(.object(JSONObject([("error", error.payload)]))) + "\n"
    }
}
