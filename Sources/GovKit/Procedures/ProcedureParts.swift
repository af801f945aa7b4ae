/// A procedure's systems, roles and routes as the parts of a page, each with the anchor the page's citations link to
/// (`system-…`, `role-…`, `route-…`): the one conversion the site's procedure page writes (`HTMLWriter`). A role's
/// particulars are `who-owns`'s (`OwnershipDocument.particulars`: its own contacts or the source's silence, never
/// another role's), a route's role is resolved once (`Ownership.role(of:in:)`), every contact is `ContactDocument`'s
/// and every reading govctl's, as the other faces give them. A text the page's language lacks is marked with the
/// source's (`Inline.foreign`).
package enum ProcedureParts {
    /// The three parts, each a section of level 2 with its anchor (`systems`, `roles`, `routes`), those the
    /// procedure has.
    package static func blocks(_ p: Procedure, _ lang: Language) -> [Block] {
        [systems(p, lang), roles(p, lang), routes(p, lang)].compactMap { $0 }
    }

    /// The systems as a table: name (its anchor), aliases, description with govctl's reading, criticality, source.
    static func systems(_ p: Procedure, _ lang: Language) -> Block? {
        guard !p.systems.isEmpty else { return nil }
        let source = p.document.language
        let notStated: [Inline] = .words(Vocabulary.notStated.in(lang))
        let rows = p.systems.map { s -> [DocumentTable.Cell] in
            [
                DocumentTable.Cell(.words(s.name), anchor: "system-\(HTML.anchor(s.id))"),
                DocumentTable.Cell(.words(s.aliases.isEmpty ? "–" : s.aliases.joined(separator: ", "))),
                DocumentTable.Cell(
                    s.description.map { [$0.inline(lang, fallback: source)] } ?? notStated,
                    blocks: GuideDocument.reading(s.interpretation, lang, source)),
                DocumentTable.Cell(s.criticality.map { .words(String($0)) } ?? notStated),
                DocumentTable.Cell(.words(s.source)),
            ]
        }
        let table = DocumentTable(
            header: [
                Vocabulary.name, .aliases, .description, .criticality, .sourceHeading,
            ].map { .words($0.in(lang).capitalizedFirst) }, alignments: [.left, .left, .left, .left, .left],
            groups: [DocumentTable.Group(heading: nil, rows: rows)])
        return .section(
            level: 2, heading: .words(Vocabulary.systems.in(lang)), body: [.table(table)], anchor: "systems")
    }

    /// Each role as a part of its own: its name, holders, `who-owns`'s particulars, and its source section.
    static func roles(_ p: Procedure, _ lang: Language) -> Block? {
        guard !p.roles.isEmpty else { return nil }
        let source = p.document.language
        let parts = p.roles.map { r -> Block in
            .section(
                level: 3, heading: [r.name.inline(lang, fallback: source)],
                body: OwnershipDocument.particulars(
                    r, lang, source, leading: [Field(Vocabulary.holder.in(lang), SiteHTML.holderWords(r, lang, source))]
                )
                    + [citation(r.source, lang)],
                anchor: "role-\(HTML.anchor(r.id))")
        }
        return .section(level: 2, heading: .words(Vocabulary.roles.in(lang)), body: parts, anchor: "roles")
    }

    /// Each route as a part of its own: its title and text, govctl's reading, the role it names (linked to the role's
    /// part, with that role's own contacts under it, as `who-owns --task` gives them), the route's own contacts, and
    /// its source section.
    static func routes(_ p: Procedure, _ lang: Language) -> Block? {
        guard !p.routes.isEmpty else { return nil }
        let source = p.document.language
        let parts = p.routes.map { route -> Block in
            var body: [Block] = [.paragraph([route.text.inline(lang, fallback: source)])]
            body += GuideDocument.reading(route.interpretation, lang, source)
            var fields: [Field] = []
            if let role = Ownership.role(of: route, in: p) {
                let link = SiteHTML.link(role.name, lang, source: source, to: "#role-\(HTML.anchor(role.id))")
                fields.append(
                    Field(
                        Vocabulary.role.in(lang).capitalizedFirst, [link],
                        details: [.fields(ContactDocument.own(role.contacts, lang, source))]))
            }
            fields += ContactDocument.fields(route.contacts, lang, source)
            if !fields.isEmpty { body.append(.fields(fields)) }
            body.append(citation(route.source, lang))
            return .section(
                level: 3, heading: [route.title.inline(lang, fallback: source)], body: body,
                anchor: "route-\(HTML.anchor(route.id))")
        }
        return .section(level: 2, heading: .words(Vocabulary.routes.in(lang)), body: parts, anchor: "routes")
    }

    /// "[källa: 3 Genomförande]", on a line of its own.
    static func citation(_ section: String, _ lang: Language) -> Block {
        .paragraph([.citation(word: Vocabulary.source.in(lang), section: section)])
    }
}
