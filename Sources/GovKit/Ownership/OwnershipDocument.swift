/// `govctl who-owns` as a document, the one conversion its text and Markdown faces share: a system's roles with
/// holders, contacts, duties and source sections; the routes for a task; or the roles a person holds.
package enum OwnershipDocument {
    package static func document(_ answer: Ownership.Answer, language: Language?, today: LocalTime) -> Document {
        switch answer {
        case .person(let name, let found, let mentions, let named):
            return person(name, found, mentions, named, language: language)
        case .roles(let system, _, let entries): return roles(system, entries, language: language, today: today)
        case .routes(let system, _, _, let entries): return routes(system, entries, language: language, today: today)
        }
    }

    static func roles(_ system: SystemEntry, _ entries: [Ownership.Entry], language: Language?, today: LocalTime)
        -> Document
    {
        Document(header(system, entries.first?.procedure, language, today) + entries.map { role($0, language) })
    }

    static func routes(
        _ system: SystemEntry, _ entries: [Ownership.RouteEntry], language: Language?, today: LocalTime
    ) -> Document {
        var blocks = header(system, entries.first?.procedure, language, today)
        for entry in entries {
            let source = entry.procedure.document.language
            let lang = entry.procedure.document.language(for: language)
            func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
            var body: [Block] = [.paragraph(.words(t(entry.route.text)))]
            body += GuideDocument.reading(entry.route.interpretation, lang, source)
            var fields: [Field] = []
            if let role = entry.role {
                let holders =
                    role.holders.isEmpty
                    ? Vocabulary.noHolder.in(lang) : role.holders.map(\.name).joined(separator: "; ")
                // The role's own contacts under it, or the source's silence: the route's contacts below are the
                // route's, never read as the role's (the service desk's "30 000" is not Kundservice's).
                let own = ContactDocument.own(role.contacts, lang, source)
                fields.append(Field(t(role.name), .words(holders), details: [.fields(own)]))
            }
            fields += ContactDocument.fields(entry.route.contacts, lang, source)
            if !fields.isEmpty { body.append(.fields(fields)) }
            blocks.append(
                .section(
                    level: 2,
                    heading: [
                        .text("\(Vocabulary.task.in(lang)): \(t(entry.route.title))"),
                        .citation(word: Vocabulary.source.in(lang), section: entry.route.source),
                    ], body: body))
        }
        return Document(blocks)
    }

    static func person(
        _ name: String, _ found: [(Ownership.Entry, Holder)], _ mentions: [DocumentMention], _ named: [TextMention],
        language: Language?
    ) -> Document {
        var blocks: [Block] =
            found.isEmpty ? [] : [.title(.words("\(Vocabulary.heldBy.in(language ?? .en)) '\(name)'"))]
        for (entry, holder) in found {
            let source = entry.procedure.document.language
            let lang = entry.procedure.document.language(for: language)
            let systems =
                entry.role.systems.isEmpty
                ? entry.procedure.systems.map(\.name)
                : entry.role.systems.compactMap { id in entry.procedure.systems.first { $0.id == id }?.name ?? id }
            let system = Field(
                Vocabulary.system.in(lang),
                [
                    .text(systems.joined(separator: ", ") + "; "),
                    .text(entry.procedure.document.title.resolve(lang, fallback: source)),
                    .citation(word: Vocabulary.source.in(lang), section: entry.role.source),
                ])
            blocks.append(
                .section(
                    level: 2, heading: .words("\(entry.role.name.resolve(lang, fallback: source)) — \(holder.name)"),
                    body: [.fields([system])]))
        }
        if !mentions.isEmpty {
            blocks.append(.title(.words("\(Vocabulary.namedInDocuments.in(language ?? .en)) '\(name)'")))
            for mention in mentions {
                let d = mention.procedure.document
                let lang = d.language(for: language)
                let id = d.documentId.map { ", \($0)" } ?? ""
                let document = Field(
                    Vocabulary.document.in(lang),
                    [
                        .text(d.title.resolve(lang, fallback: d.language) + id + " ("),
                        .code("govctl show \(mention.procedure.id)"), .text(")"),
                    ])
                blocks.append(
                    .section(
                        level: 2, heading: .words("\(mention.name) — \(mention.field.phrase(lang))"),
                        body: [.fields([document])]))
            }
        }
        if !named.isEmpty {
            blocks.append(.title(.words("\(Vocabulary.namedInText.in(language ?? .en)) '\(name)'")))
            // Grouped by document, in the files' order.
            var procedures: [Procedure] = []
            for mention in named where !procedures.contains(where: { $0 === mention.procedure }) {
                procedures.append(mention.procedure)
            }
            for p in procedures {
                let d = p.document
                let lang = d.language(for: language)
                func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
                let items = named.filter { $0.procedure === p }.map { mention in
                    Item(
                        [.text("\(t(mention.entry)): \(t(mention.text))")],
                        meta: mention.source.map { [.text("\(Vocabulary.source.in(lang)): \($0)")] })
                }
                blocks.append(
                    .section(
                        level: 2, heading: .words("\(t(d.title)) (\(p.id))"), body: [.list(numbered: false, items)]))
            }
        }
        return Document(blocks)
    }

    static func header(_ system: SystemEntry, _ procedure: Procedure?, _ language: Language?, _ today: LocalTime)
        -> [Block]
    {
        let lang = procedure.map { $0.document.language(for: language) } ?? language ?? .en
        var blocks: [Block] = [.title(.words(system.name + (system.organisation.map { " — \($0)" } ?? "")))]
        blocks += GuideDocument.reading(system.interpretation, lang, procedure?.document.language ?? lang)
        if let procedure { blocks.append(.fields([DocumentLine.field(procedure, language: lang, today: today)])) }
        return blocks
    }

    static func role(_ entry: Ownership.Entry, _ language: Language?) -> Block {
        let source = entry.procedure.document.language
        let lang = entry.procedure.document.language(for: language)
        let r = entry.role
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        let holders: [Inline] =
            r.holders.isEmpty
            ? [.emphasis(.words("(\(Vocabulary.noHolder.in(lang)))"))]
            : .words(r.holders.map { $0.name + ($0.title.map { " (\(t($0)))" } ?? "") }.joined(separator: "; "))
        return .section(
            level: 2,
            heading: [.text(t(r.name) + ": ")] + holders + [
                .citation(word: Vocabulary.source.in(lang), section: r.source)
            ], body: particulars(r, lang, source))
    }

    /// What a role is beyond its name and holders, as every face gives it (`who-owns` under each role, the site's
    /// procedure page in each role's part): govctl's reading, its members, how often it meets, who convenes it, its
    /// own contacts or the source's silence (`ContactDocument.own`, never another role's), and its duties with their
    /// sources. A text the reader's language lacks is marked with the source's (`Inline.foreign`: a `lang` on a
    /// page, the same words in text and Markdown). `leading`: fields a face says first among them (the site's
    /// holders).
    static func particulars(_ r: Role, _ lang: Language, _ source: Language, leading: [Field] = []) -> [Block] {
        func t(_ text: LocalizedText) -> [Inline] { [text.inline(lang, fallback: source)] }
        var body = GuideDocument.reading(r.interpretation, lang, source)
        var fields = leading
        if let members = r.members { fields.append(Field(Vocabulary.members.in(lang), t(members))) }
        if let frequency = r.frequency { fields.append(Field(Vocabulary.frequency.in(lang), t(frequency))) }
        if let convenedBy = r.convenedBy { fields.append(Field(Vocabulary.convenedBy.in(lang), t(convenedBy))) }
        // The role's own contacts, or the source's silence, as every face says them.
        fields += ContactDocument.own(r.contacts, lang, source)
        body.append(.fields(fields))
        if !r.duties.isEmpty {
            body.append(
                .list(
                    numbered: false,
                    r.duties.map { duty in
                        Item(
                            t(duty.text) + [.citation(word: Vocabulary.source.in(lang), section: duty.source)],
                            details: GuideDocument.reading(duty.interpretation, lang, source))
                    }))
        }
        return body
    }
}
