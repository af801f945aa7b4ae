import Foundation

/// A budget for spreadsheets: one row per line, a header row, plain numbers (RFC 4180 quoting, LF line ends).
///
/// Text fields are made safe for spreadsheets: a field that starts with `=`, `+`, `-`, `@`, a tab or a CR would be
/// read as a formula, so it gets a leading `'` (OWASP's advice for CSV injection); controls other than line breaks
/// are escaped (`TextEscaping`); a field with a comma, quote, CR or LF is quoted, its quotes doubled. The `amount`
/// and `year` columns are numbers govctl writes from exact values (`-1200.50` is a negative amount, not a formula),
/// so they are written as they are.
package enum BudgetCSVRenderer {
    package static func render(_ report: BudgetReport, language: Language?) -> String {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = report.procedure.document.language(for: language)
        var out = "year,system,line,label,group,amount,currency,source\n"
        for line in b.lines {
            let texts = [
                b.system, line.id, line.label.resolve(lang, fallback: source),
                line.group?.resolve(lang, fallback: source) ?? "",
            ].map(text)
            let fields =
                [String(b.year)] + texts + [MoneyFormat.plain(line.amount.value), text(b.currency), text(line.source)]
            out += fields.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A text field from the data: controls escaped (line breaks kept, for quoting), formulas defused.
    static func text(_ field: String) -> String {
        let escaped = TextEscaping.block(field.replacingOccurrences(of: "\r\n", with: "\n"))
        guard let first = escaped.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
            return escaped
        }
        return "'" + escaped
    }

    /// RFC 4180: a field with a comma, a quote, CR or LF is quoted and its quotes doubled.
    static func quote(_ field: String) -> String {
        guard
            field.utf8.contains(where: {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                    || $0 == UInt8(ascii: "\r")
            })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
