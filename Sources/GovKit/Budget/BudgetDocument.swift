/// A budget as a document, the one conversion its text and Markdown faces share: the lines and the total with
/// their sources, the financing split, invoicing and notes, amounts as "2 884 000 kr".
package enum BudgetDocument {
    package static func document(_ report: BudgetReport, language: Language?, today: LocalTime) -> Document {
        let source = report.procedure.document.language
        let lang = report.procedure.document.language(for: language)
        return Document(
            [
                .title(.words(report.budget.title.resolve(lang, fallback: source))),
                .fields([DocumentLine.field(report.procedure, language: lang, today: today)]),
            ] + body(report, lang, level: 2))
    }

    /// The budget below its title: what `govctl budget` shows after the document line, and what the site's
    /// procedure page shows under the budget's heading (`level` is its parts' heading level).
    static func body(_ report: BudgetReport, _ lang: Language, level: Int) -> [Block] {
        let b = report.budget
        let source = report.procedure.document.language
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        func cite(_ section: String) -> Inline { .citation(word: Vocabulary.source.in(lang), section: section) }
        var blocks: [Block] = []
        if !b.codes.isEmpty {
            blocks.append(
                .paragraph(
                    b.codes.enumerated().flatMap { i, code -> [Inline] in
                        (i == 0 ? [] : [.text(", ")]) + [.strong(.words(t(code.name))), .text(" " + code.value)]
                    }))
        }
        let lines = DocumentTable(
            header: [
                .words(Vocabulary.line.in(lang)), .words(Vocabulary.amount.in(lang)),
                .words(Vocabulary.sourceHeading.in(lang)),
            ],
            alignments: [.left, .right, .left],
            rows: b.lines.map { line in
                [
                    .words(t(line.label) + (line.group.map { " (\(t($0)))" } ?? "")),
                    .words(MoneyFormat.swedish(line.amount.value)), [cite(line.source)],
                ]
            } + [
                [
                    [.strong(.words(Vocabulary.total.in(lang)))],
                    [.strong(.words(MoneyFormat.swedish(b.total.value)))],
                    [cite("\(b.source); \(Vocabulary.balanced.in(lang))")],
                ]
            ])
        blocks.append(.section(level: level, heading: nil, body: [.table(lines)]))
        if let financing = b.financing {
            let split = DocumentTable(
                header: [.words("%"), .words(Vocabulary.share.in(lang)), .words(Vocabulary.amount.in(lang))],
                alignments: [.right, .left, .right],
                rows: report.shares.map { share, amount in
                    [
                        .words("\(MoneyFormat.plain(share.percent)) %"), .words(t(share.label)),
                        .words(MoneyFormat.swedish(amount)),
                    ]
                })
            blocks.append(
                .section(
                    level: level, heading: [.text(Vocabulary.financing.in(lang)), cite(financing.source)],
                    body: [
                        .table(split), .fields([Field(Vocabulary.rounding.in(lang), .words(t(financing.rounding)))]),
                    ]
                ))
        }
        if !b.invoicing.isEmpty {
            let invoices = b.invoicing.map { invoice in
                Field("\(invoice.from) → \(invoice.to)", [.text(t(invoice.what)), cite(invoice.source)])
            }
            blocks.append(
                .section(level: level, heading: .words(Vocabulary.invoicing.in(lang)), body: [.fields(invoices)]))
        }
        if !b.notes.isEmpty {
            let notes = b.notes.map { note in Item([.text(t(note.text)), cite(note.source)]) }
            blocks.append(
                .section(
                    level: level, heading: .words(Vocabulary.notes.in(lang)), body: [.list(numbered: false, notes)]))
        }
        return blocks
    }
}

/// `govctl budget` for people.
package enum BudgetTextRenderer {
    package static func render(_ report: BudgetReport, language: Language?, today: LocalTime) -> String {
        TextWriter.write(BudgetDocument.document(report, language: language, today: today))
    }
}

/// `govctl budget --format markdown`.
package enum BudgetMarkdownRenderer {
    package static func render(_ report: BudgetReport, language: Language?, today: LocalTime) -> String {
        MarkdownWriter.write(BudgetDocument.document(report, language: language, today: today))
    }
}
