/// A party a procedure's text names inside a sentence (a duty, a route, a step, a system's description, a forum's
/// members or convener, a budget's lines, invoices and notes, the document's notes) without holding a role: "IKT og e-helseseksjonen" in a line manager's
/// duty, "Ledningsrådets ordförande" as a forum's convener. `who-owns --person` lists these when no role is held by
/// the name, so every party the data names can be found.
package struct TextMention: Sendable {
    /// Where the name stands: the role, route, guide, system or "notes" it belongs to, in the output language.
    package let entry: LocalizedText
    /// The text that names the party, in the source language and English.
    package let text: LocalizedText
    /// The entry's `source` citation; `nil` for the document's notes.
    package let source: String?
    package let procedure: Procedure
}

extension Vocabulary {
    package static let namedInText = Vocabulary(
        nb: "Nevnt i teksten (ingen rolle)", sv: "Nämnd i texten (ingen roll)", en: "Named in the text (no role)")
    static let documentNotes = Vocabulary(
        nb: "dokumentets merknader", sv: "dokumentets anteckningar", en: "the document's notes")
}

extension Ownership {
    /// Every text of the data that names `person` (its folded name, at least three letters, within the text in any
    /// language the text is written in), in the files' order.
    package func textMentions(of person: String) -> [TextMention] {
        let needle = Self.normalized(person)
        guard needle.count >= 3 else { return [] }
        func names(_ text: LocalizedText?) -> Bool {
            text?.allValues.contains { Self.normalized($0).contains(needle) } ?? false
        }
        return catalog.procedures.flatMap { p -> [TextMention] in
            var found: [TextMention] = []
            func add(_ entry: LocalizedText, _ text: LocalizedText?, _ source: String?) {
                if let text, names(text) {
                    found.append(TextMention(entry: entry, text: text, source: source, procedure: p))
                }
            }
            let plain = { (s: String) in LocalizedText([.nb: s, .sv: s, .en: s]) }
            for system in p.systems { add(plain(system.name), system.description, system.source) }
            for role in p.roles {
                add(role.name, role.members, role.source)
                add(role.name, role.convenedBy, role.source)
                for duty in role.duties { add(role.name, duty.text, duty.source) }
            }
            for route in p.routes { add(route.title, route.text, route.source) }
            for guide in p.guides {
                for step in guide.steps { add(guide.title, step.text, step.source) }
            }
            for budget in p.budgets {
                for line in budget.lines { add(budget.title, line.label, line.source) }
                for invoice in budget.invoicing { add(budget.title, invoice.what, invoice.source) }
                for note in budget.notes { add(budget.title, note.text, note.source) }
            }
            let notes = LocalizedText([
                .nb: Vocabulary.documentNotes.in(.nb), .sv: Vocabulary.documentNotes.in(.sv),
                .en: Vocabulary.documentNotes.in(.en),
            ])
            for note in p.document.notes { add(notes, note, nil) }
            return found
        }
    }

    /// The paragraphs of the sources' outlines that name `person` in their first words and that the data marks as
    /// not carried, as "siv-cms: 3 ¶2 (reason)": why a party the document names is not found.
    func uncarriedMentions(of person: String) -> [String] {
        let needle = Self.normalized(person)
        guard needle.count >= 3 else { return [] }
        return catalog.procedures.flatMap { p in
            p.document.outline.flatMap { section in
                section.units.compactMap { unit -> String? in
                    guard let opens = unit.opens, let reason = unit.notCarried,
                        Self.normalized(opens).contains(needle)
                    else { return nil }
                    return
                        "\(p.id): \(section.id) \(unit.label) (\(reason.resolve(.en, fallback: p.document.language)))"
                }
            }
        }
    }
}
