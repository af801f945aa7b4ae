import Foundation

/// A guide's answer as a document, the one conversion its text, Markdown and HTML faces share: the document and the
/// system, the time, the values it decided (with govctl's readings), the steps with each one's role, contact and
/// source, the filled-in texts and what is still missing.
package enum GuideDocument {
    package static func document(_ r: GuideResult) -> Document {
        let lang = r.language
        let source = r.procedure.document.language
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        var header = [DocumentLine.field(r.procedure, language: lang, today: r.now)]
        if let system = r.system {
            let criticality = system.criticality.map { " (\(Vocabulary.criticality.in(lang)) \($0))" } ?? ""
            header.append(Field(Vocabulary.system.in(lang), [.text(system.name), .text(criticality)]))
        }
        header.append(
            Field(
                Vocabulary.now.in(lang),
                .words("\(r.now.calendarDate) \(r.now.clock) (\(r.procedure.document.timeZone))")))
        var blocks: [Block] = [.title(.words(t(r.guide.title))), .fields(header)]
        let labelled = r.derived.filter { $0.0.label != nil }
        if !labelled.isEmpty {
            let values = labelled.map { value, result in
                Field(
                    value.label.map(t) ?? value.id, .words(describe(result, lang)),
                    details: reading(value.interpretation, lang, source))
            }
            blocks.append(.section(level: 2, heading: .words(Vocabulary.values.in(lang)), body: [.fields(values)]))
        }
        if !r.steps.isEmpty {
            let items = r.steps.map { line in
                Item(
                    .words(line.text.shown), meta: meta(line.step, line.contact, lang, source),
                    details: details(line.step, lang, source))
            }
            blocks.append(
                .section(level: 2, heading: .words(Vocabulary.steps.in(lang)), body: [.list(numbered: true, items)]))
        }
        for (template, text) in r.texts {
            blocks.append(
                .section(level: 2, heading: .words(r.heading(of: template)), body: [.preformatted(text.shown)]))
        }
        let missing = r.unfilled
        if !missing.isEmpty {
            let items = missing.map { fact in
                Item(
                    [.text(t(fact.label)), .text(" ("), .code(r.flag(for: fact)), .text(")")],
                    details: reading(fact.interpretation, lang, source))
            }
            blocks.append(
                .section(
                    level: 2, heading: .words(Vocabulary.stillMissing.in(lang)), body: [.list(numbered: false, items)]))
        }
        return Document(blocks)
    }

    /// Who a step sends the reader to and where it comes from: "roll: Kundservice (kontakt: anges inte i källan);
    /// källa: 3 Genomförande", the same on every face that lists steps (text, Markdown, the site's guide page).
    package static func meta(_ step: Step, _ contact: StepContact, _ lang: Language, _ source: Language) -> [Inline] {
        var meta: [Inline] = []
        if let role = contact.role {
            meta =
                [.text("\(Vocabulary.role.in(lang)): "), .text(role.name.resolve(lang, fallback: source))]
                + StepContacts.inlines(contact, lang, source) + [.text("; ")]
        }
        return meta + [.text("\(Vocabulary.source.in(lang)): "), .text(step.source)]
    }

    /// What a step says beyond its text, role and source, as blocks under it: every face that lists steps (text,
    /// Markdown, the site's guide page and the printed checklist) writes these, so a step's new concept is added
    /// here once.
    package static func details(_ step: Step, _ lang: Language, _ source: Language) -> [Block] {
        reading(step.interpretation, lang, source)
    }

    /// govctl's reading of an entry, as the blocks under it (none when the data reads nothing into the source).
    static func reading(_ text: LocalizedText?, _ lang: Language, _ source: Language) -> [Block] {
        text.map { [.reading(Interpretation.line($0, lang, fallback: source))] } ?? []
    }

    static func describe(_ value: JSONValue, _ lang: Language) -> String {
        switch value {
        case .bool(let b): return b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang)
        case .string(let s): return s
        case .null: return "–"
        default: return JSONWriter.compact(value)
        }
    }
}

/// A guide's answer as text for a person at a terminal.
package enum GuideTextRenderer {
    package static func render(_ r: GuideResult) -> String { TextWriter.write(GuideDocument.document(r)) }
}

/// A guide's answer as Markdown (for a wiki page, a chat message or a ticket comment).
package enum GuideMarkdownRenderer {
    package static func render(_ r: GuideResult) -> String { MarkdownWriter.write(GuideDocument.document(r)) }
}

/// The one-line description of a source document, with its validity.
enum DocumentLine {
    /// "Document: title, id, organisation, valid until …".
    static func field(_ p: Procedure, language lang: Language, today: LocalTime) -> Field {
        let d = p.document
        var parts = [d.title.resolve(lang, fallback: d.language)]
        if let id = d.documentId { parts.append(id) }
        parts.append(d.organisation)
        if let until = d.validUntil {
            let expired = until < CalendarDate(year: today.year, month: today.month, day: today.day)
            parts.append(
                "\(Vocabulary.validUntil.in(lang)) \(until)" + (expired ? " (\(Vocabulary.expired.in(lang)))" : ""))
        }
        return Field(Vocabulary.document.in(lang), .words(parts.joined(separator: ", ")))
    }

    static func render(_ p: Procedure, language lang: Language, today: LocalTime) -> String {
        let field = field(p, language: lang, today: today)
        return field.label + ": " + TextWriter.inlines(field.value)
    }
}
