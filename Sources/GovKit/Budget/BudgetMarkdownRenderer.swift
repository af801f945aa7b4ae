/// `govctl budget --format markdown`: the budget's lines and total as a table, the financing split, invoicing and
/// notes, amounts as "2 884 000 kr", each with its source section.
package enum BudgetMarkdownRenderer {
    package static func render(_ report: BudgetReport, language: Language?, today: LocalTime) -> String {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = language ?? source
        func t(_ text: LocalizedText) -> String { Markdown.escape(text.resolve(lang, fallback: source)) }
        var out = "# \(t(b.title))\n\n"
        out +=
            "- "
            + Markdown.escape(DocumentLine.render(report.procedure, language: lang, today: today)).replacingFirst(
                ": ", with: ": ", bold: true) + "\n"
        if !b.codes.isEmpty {
            out +=
                "- " + b.codes.map { "**\(t($0.name)):** \(Markdown.escape($0.value))" }.joined(separator: ", ") + "\n"
        }
        out +=
            "\n| \(Vocabulary.line.in(lang)) | \(Vocabulary.amount.in(lang)) | \(Vocabulary.sourceHeading.in(lang)) |\n"
        out += "|---|--:|---|\n"
        for line in b.lines {
            let label = t(line.label) + (line.group.map { " (\(t($0)))" } ?? "")
            out += "| \(label) | \(MoneyFormat.swedish(line.amount.value)) | \(Markdown.escape(line.source)) |\n"
        }
        out +=
            "| **\(Vocabulary.total.in(lang))** | **\(MoneyFormat.swedish(b.total.value))** | \(Markdown.escape(b.source)); \(Vocabulary.balanced.in(lang)) |\n"
        if let financing = b.financing {
            out += "\n## \(Vocabulary.financing.in(lang))\n\n"
            out += "| \(Vocabulary.share.in(lang)) | % | \(Vocabulary.amount.in(lang)) |\n|---|--:|--:|\n"
            for (share, amount) in report.shares {
                out += "| \(t(share.label)) | \(MoneyFormat.plain(share.percent)) | \(MoneyFormat.swedish(amount)) |\n"
            }
            out +=
                "\n\(Vocabulary.rounding.in(lang)): \(t(financing.rounding)) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(financing.source)))_\n"
        }
        if !b.invoicing.isEmpty {
            out += "\n## \(Vocabulary.invoicing.in(lang))\n\n"
            for invoice in b.invoicing {
                out +=
                    "- \(Markdown.escape(invoice.from)) → \(Markdown.escape(invoice.to)): \(t(invoice.what)) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(invoice.source)))_\n"
            }
        }
        if !b.notes.isEmpty {
            out += "\n## \(Vocabulary.notes.in(lang))\n\n"
            for note in b.notes {
                out += "- \(t(note.text)) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(note.source)))_\n"
            }
        }
        return out
    }
}
