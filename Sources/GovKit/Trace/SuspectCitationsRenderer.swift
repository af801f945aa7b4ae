/// `govctl trace ID --source NEW.txt` as text, Markdown or JSON: one document for text and Markdown, one JSON value.
package enum SuspectCitationsRenderer {
    /// The words of the output, in the three languages.
    enum Word {
        case changed, added, removed, unreviewed, against, nothing, toReview, suspect, nothingCites, notDeclared,
            line, next

        func `in`(_ language: Language) -> String {
            switch (self, language) {
            case (.changed, .nb): return "Endret"
            case (.changed, .sv): return "Ändrat"
            case (.changed, .en): return "Changed"
            case (.added, .nb): return "Nytt"
            case (.added, .sv): return "Nytt"
            case (.added, .en): return "Added"
            case (.removed, .nb): return "Fjernet"
            case (.removed, .sv): return "Borttaget"
            case (.removed, .en): return "Removed"
            case (.unreviewed, .nb): return "Ikke gjennomgått"
            case (.unreviewed, .sv): return "Inte granskat"
            case (.unreviewed, .en): return "Not reviewed"
            case (.against, .nb): return "mot"
            case (.against, .sv): return "mot"
            case (.against, .en): return "against"
            case (.nothing, .nb):
                return "Ingenting å gå gjennom: hvert sitert avsnitt har teksten det ble gjennomgått mot."
            case (.nothing, .sv): return "Inget att granska: varje citerat avsnitt har den text det granskades mot."
            case (.nothing, .en): return "Nothing to review: every cited section has the text it was reviewed against."
            case (.toReview, .nb): return "avsnitt å gå gjennom"
            case (.toReview, .sv): return "avsnitt att granska"
            case (.toReview, .en): return "sections to review"
            case (.suspect, .nb): return "oppføringer siterer dem og er mistenkelige til de er gjennomgått"
            case (.suspect, .sv): return "poster citerar dem och är misstänkta tills de har granskats"
            case (.suspect, .en): return "entries cite them, suspect until reviewed"
            case (.nothingCites, .nb): return "ingenting siterer det"
            case (.nothingCites, .sv): return "inget citerar det"
            case (.nothingCites, .en): return "nothing cites it"
            case (.notDeclared, .nb):
                return "disposisjonen har det ikke: legg det til i document.outline, sitert eller med notCarried"
            case (.notDeclared, .sv):
                return "dispositionen har det inte: lägg till det i document.outline, citerat eller med notCarried"
            case (.notDeclared, .en):
                return "the outline does not declare it: add it to document.outline, cited or with notCarried"
            case (.line, .nb): return "linje"
            case (.line, .sv): return "rad"
            case (.line, .en): return "line"
            case (.next, .nb): return "Når oppføringene er sjekket, registrer avsnittene med"
            case (.next, .sv): return "När posterna är kontrollerade, registrera avsnitten med"
            case (.next, .en): return "Once the entries are checked, record the sections with"
            }
        }
    }

    static func word(_ change: SuspectCitations.Change) -> Word {
        switch change {
        case .changed: .changed
        case .added: .added
        case .removed: .removed
        case .unreviewed: .unreviewed
        }
    }

    package static func text(_ answer: SuspectCitations, language: Language?) -> String {
        TextWriter.write(document(answer, language: language))
    }

    package static func markdown(_ answer: SuspectCitations, language: Language?) -> String {
        MarkdownWriter.write(document(answer, language: language))
    }

    /// The comparison as a document: a summary, then each section to review with the entries that cite it.
    package static func document(_ answer: SuspectCitations, language: Language?) -> Document {
        let d = answer.procedure.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
        var blocks: [Block] = [
            .title([
                .text(t(d.title)), .text(" ("), .code(answer.procedure.id), .text(", "), .code(d.sourceFile),
                .text(") \(Word.against.in(lang)) "), .code(answer.source),
            ])
        ]
        guard !answer.isEmpty else {
            blocks.append(.paragraph(.words(Word.nothing.in(lang))))
            return Document(blocks)
        }
        blocks.append(.paragraph(.words(summaryLine(answer, lang))))
        for entry in answer.entries {
            let heading: String
            var body: [Block] = []
            if let section = entry.section {
                heading = "\(word(entry.change).in(lang)): \(TraceRenderer.heading(section))"
            } else {
                let added = entry.added
                heading =
                    "\(word(entry.change).in(lang)): \(added?.heading ?? "") (\(Word.line.in(lang)) \(added?.line ?? 0))"
                body.append(.note(.words(Word.notDeclared.in(lang))))
            }
            if entry.citations.isEmpty {
                if entry.section != nil { body.append(.note(.words(Word.nothingCites.in(lang)))) }
            } else {
                body.append(
                    .list(
                        numbered: false,
                        entry.citations.map { citation in
                            Item(
                                [.code(citation.path)]
                                    + (citation.summary.map { [.text(" — " + TraceRenderer.short(t($0)))] } ?? []))
                        }))
            }
            blocks.append(.section(level: 2, heading: .words(heading), body: body))
        }
        if answer.entries.contains(where: { $0.change == .changed || $0.change == .unreviewed }) {
            let next: Block = .paragraph([
                .text(Word.next.in(lang) + " "),
                .code("govctl review \(answer.procedure.id) --source \(answer.source)"), .text("."),
            ])
            blocks.append(.section(level: 2, heading: nil, body: [next]))
        }
        return Document(blocks)
    }

    /// "3 sections to review: 1 changed, 1 added, 1 removed; 7 entries cite them, suspect until reviewed".
    static func summaryLine(_ answer: SuspectCitations, _ lang: Language) -> String {
        let kinds: [SuspectCitations.Change] = [.changed, .added, .removed, .unreviewed]
        let counts = kinds.compactMap { kind -> String? in
            let n = answer.entries.filter { $0.change == kind }.count
            return n == 0 ? nil : "\(n) \(word(kind).in(lang).lowercased())"
        }
        let sections = answer.entries.count == 1 && lang == .en ? "section to review" : Word.toReview.in(lang)
        return "\(answer.entries.count) \(sections): \(counts.joined(separator: ", ")); "
            + "\(answer.suspectCount) \(Word.suspect.in(lang))"
    }

    package static func json(_ answer: SuspectCitations, language: Language?) -> String {
        let d = answer.procedure.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText?) -> JSONValue {
            text.map { .string($0.resolve(lang, fallback: d.language)) } ?? .null
        }
        let entries: [JSONValue] = answer.entries.map { entry in
            .object(
                JSONObject([
                    ("change", .string(entry.change.rawValue)),
                    ("id", entry.section.map { .string($0.id) } ?? .null),
                    ("title", .string(entry.section?.title ?? entry.added?.heading ?? "")),
                    ("line", entry.added.map { .number(Double($0.line)) } ?? .null),
                    (
                        "citedBy",
                        .array(
                            entry.citations.map { c in
                                .object(
                                    JSONObject([
                                        ("path", .string(c.path)), ("source", .string(c.text)), ("text", t(c.summary)),
                                    ]))
                            })
                    ),
                ]))
        }
        return JSONWriter.pretty(
            .object(
                JSONObject([
                    ("procedure", .string(answer.procedure.id)), ("sourceFile", .string(d.sourceFile)),
                    ("source", .string(answer.source)), ("language", .string(lang.rawValue)),
                    ("suspect", .number(Double(answer.suspectCount))), ("sections", .array(entries)),
                ]))) + "\n"
    }
}
