/// `govctl show ID` as a document, the one conversion its text and Markdown faces share: the source document's
/// particulars and validity, its notes and govctl's reading of it, how much of its outline is carried, its systems,
/// roles (with holders and source sections), guides and budgets.
package enum ProcedureDocument {
    package static func document(_ p: Procedure, language: Language?, today: LocalTime) -> Document {
        let d = p.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
        let notStated: [Inline] = [.emphasis(.words(Vocabulary.notStated.in(lang)))]
        var blocks: [Block] = [.title(.words(t(d.title))), .fields(fields(p, language: language, today: today))]
        blocks += GuideDocument.reading(d.interpretation, lang, d.language)
        func section(_ heading: Vocabulary, _ body: Block) {
            blocks.append(.section(level: 2, heading: .words(heading.in(lang)), body: [body]))
        }
        if !p.systems.isEmpty {
            section(
                .systems,
                .list(
                    numbered: false,
                    p.systems.map { s in
                        let aliases =
                            s.aliases.isEmpty
                            ? "" : " (\(Vocabulary.aliases.in(lang)): \(s.aliases.joined(separator: ", ")))"
                        let criticality = s.criticality.map(String.init) ?? Vocabulary.notStated.in(lang)
                        return Item(
                            [
                                .strong(.words(s.name)),
                                .text("\(aliases), \(Vocabulary.criticality.in(lang)) \(criticality)"),
                                .citation(word: Vocabulary.source.in(lang), section: s.source),
                            ], details: GuideDocument.reading(s.interpretation, lang, d.language))
                    }))
        }
        if !p.roles.isEmpty {
            section(
                .roles,
                .list(
                    numbered: false,
                    p.roles.map { r in
                        let holders: [Inline] =
                            r.holders.isEmpty
                            ? notStated : .words(r.holders.map(\.name).joined(separator: "; "))
                        return Item(
                            [.strong(.words(t(r.name) + ":")), .text(" ")] + holders + [
                                .citation(word: Vocabulary.source.in(lang), section: r.source)
                            ], details: GuideDocument.reading(r.interpretation, lang, d.language))
                    }))
        }
        if !p.routes.isEmpty {
            section(
                .routes,
                .list(
                    numbered: false,
                    p.routes.map { r in
                        var line: [Inline] = [.code(r.id), .text(": \(t(r.title))")]
                        if let command = RouteLookup.command(r, in: p) {
                            line += [.text(" ("), .code(command), .text(")")]
                        }
                        return Item(line + [.citation(word: Vocabulary.source.in(lang), section: r.source)])
                    }))
        }
        if !p.guides.isEmpty {
            section(
                .guides,
                .list(
                    numbered: false,
                    p.guides.map { g in
                        var line: [Inline] = [
                            .code(g.id),
                            .text(": \(t(g.title)), \(g.steps.count) \(Vocabulary.steps.in(lang).lowercased())"),
                        ]
                        if let purpose = g.purpose {
                            line += [
                                .text(" (\(Vocabulary.usedBy.in(lang)) "),
                                .code(GuidePurpose(rawValue: purpose)?.command ?? purpose), .text(")"),
                            ]
                        }
                        return Item(line)
                    }))
        }
        if !p.budgets.isEmpty {
            section(
                .budget,
                .list(
                    numbered: false,
                    p.budgets.map { b in
                        Item([.code(b.id), .text(": \(t(b.title)), \(MoneyFormat.swedish(b.total.value))")])
                    }))
        }
        return Document(blocks)
    }

    /// The source document's particulars and validity, its notes, how much of its outline is carried and the number
    /// of tests: what `show` says first, and what the site's procedure page says of the document.
    package static func fields(_ p: Procedure, language: Language?, today: LocalTime) -> [Field] {
        let d = p.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
        let notStated: [Inline] = [.emphasis(.words(Vocabulary.notStated.in(lang)))]
        func value(_ text: String?) -> [Inline] { text.map { .words($0) } ?? notStated }
        let status = DocumentStatus(d, today: CalendarDate(year: today.year, month: today.month, day: today.day))
        var fields: [Field] = [
            Field("ID", [.code(p.id)]),
            Field(Vocabulary.documentType.in(lang), value(d.documentType.map(t))),
            Field(Vocabulary.documentId.in(lang), value(d.documentId)),
            Field(Vocabulary.organisation.in(lang), .words(d.organisation)),
            Field(Vocabulary.language.in(lang), .words(Vocabulary.languageName.in(d.language))),
            Field(Vocabulary.version.in(lang), value(d.version)),
            Field(
                Vocabulary.approved.in(lang),
                value(d.approved.map { "\($0)" + (d.approvedBy.map { " (\($0))" } ?? "") })),
            Field(Vocabulary.validFrom.in(lang), value(d.validFrom.map { "\($0)" })),
            Field(Vocabulary.validUntilLabel.in(lang), value(d.validUntil.map { "\($0)" })),
            Field(Vocabulary.status.in(lang), .words(status.word(lang))),
            Field(Vocabulary.owner.in(lang), value(d.owner)),
            Field(Vocabulary.author.in(lang), value(d.author)),
            Field(Vocabulary.sourceFile.in(lang), [.code(d.sourceFile)]),
            Field(Vocabulary.timeZone.in(lang), .words(d.timeZone)),
        ]
        fields += d.notes.map { Field(Vocabulary.notes.in(lang), .words(t($0))) }
        if !d.outline.isEmpty {
            let notCarried = d.outline.filter { $0.notCarried != nil }.count
            fields.append(
                Field(
                    Vocabulary.outline.in(lang),
                    [
                        .text("\(d.outline.count), \(notCarried) \(Vocabulary.notCarried.in(lang)) ("),
                        .code("govctl trace \(p.id)"), .text(")"),
                    ]))
        }
        fields.append(Field(Vocabulary.tests.in(lang), .words("\(p.tests.count)")))
        return fields
    }
}
