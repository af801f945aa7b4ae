import Foundation

/// A budget for spreadsheets: one row per line, a header row, plain numbers (RFC 4180 quoting, LF line ends).
package enum BudgetCSVRenderer {
    package static func render(_ report: BudgetReport, language: Language?) -> String {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = language ?? source
        var out = "year,system,line,label,group,amount,currency,source\n"
        for line in b.lines {
            let fields = [
                String(b.year), b.system, line.id, line.label.resolve(lang, fallback: source),
                line.group?.resolve(lang, fallback: source) ?? "", MoneyFormat.plain(line.amount.value), b.currency,
                line.source,
            ]
            out += fields.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
