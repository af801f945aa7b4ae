import Foundation

/// A budget for people: lines, total, financing split, invoicing and notes, amounts as "2 884 000 kr".
package enum BudgetTextRenderer {
    package static func render(_ report: BudgetReport, language: Language?, today: LocalTime) -> String {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = language ?? source
        // Everything from the procedure file is printed through TextEscaping: no control character reaches the terminal.
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: source)) }
        func e(_ text: String) -> String { TextEscaping.line(text) }
        var out = "\(t(b.title))\n"
        out += DocumentLine.render(report.procedure, language: lang, today: today) + "\n"
        if !b.codes.isEmpty { out += b.codes.map { "\(t($0.name)) \(e($0.value))" }.joined(separator: ", ") + "\n" }
        var rows: [(String, String, String)] = b.lines.map { line in
            (
                t(line.label) + (line.group.map { " (\(t($0)))" } ?? ""), MoneyFormat.swedish(line.amount.value),
                e(line.source)
            )
        }
        rows.append(
            (
                Vocabulary.total.in(lang), MoneyFormat.swedish(b.total.value),
                "\(e(b.source)); \(Vocabulary.balanced.in(lang))"
            ))
        out += "\n" + table(rows)
        if let financing = b.financing {
            out += "\n\(Vocabulary.financing.in(lang))  [\(e(financing.source))]\n"
            let width = report.shares.map { MoneyFormat.plain($0.share.percent).count }.max() ?? 0
            out += table(
                report.shares.map { share, amount in
                    let percent = MoneyFormat.plain(share.percent)
                    return (
                        String(repeating: " ", count: width - percent.count) + "\(percent) %  \(t(share.label))",
                        MoneyFormat.swedish(amount), ""
                    )
                })
            out += "  \(Vocabulary.rounding.in(lang)): \(t(financing.rounding))\n"
        }
        if !b.invoicing.isEmpty {
            out += "\n\(Vocabulary.invoicing.in(lang))\n"
            for invoice in b.invoicing {
                out += "  \(e(invoice.from)) → \(e(invoice.to)): \(t(invoice.what))  [\(e(invoice.source))]\n"
            }
        }
        if !b.notes.isEmpty {
            out += "\n\(Vocabulary.notes.in(lang))\n"
            for note in b.notes { out += "  - \(t(note.text))  [\(e(note.source))]\n" }
        }
        return out
    }

    /// Label, right-aligned amount, source in brackets.
    static func table(_ rows: [(String, String, String)]) -> String {
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let amountWidth = rows.map(\.1.count).max() ?? 0
        return rows.map { label, amount, source in
            "  " + label + String(repeating: " ", count: labelWidth - label.count + 2)
                + String(repeating: " ", count: amountWidth - amount.count) + amount
                + (source.isEmpty ? "" : "  [\(source)]")
        }.joined(separator: "\n") + "\n"
    }
}
