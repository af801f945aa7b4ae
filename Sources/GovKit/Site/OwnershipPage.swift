/// Who holds what: every system's roles with holders and contacts, and every person or unit with the roles held.
enum OwnershipPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        let ownership = Ownership(catalog)
        var entries: [(fragment: String, heading: String, text: String)] = []
        // Written through the document model: each part a section with the anchor a page links to.
        var bySystem: [Block] = []
        let systems = catalog.procedures.flatMap { p in p.systems.map { ($0, p) } }
        for (system, registry) in systems {
            // Each role as `who-owns` answers it: its holders, and its own contacts or the source's silence
            // (`ContactDocument.own`), never another role's.
            let rows = ownership.roles(for: system).map { entry -> [DocumentTable.Cell] in
                let p = entry.procedure
                let source = p.document.language
                let here = SiteBuilder.pageLanguage(p, lang)
                let r = entry.role
                let link = "\(SiteBuilder.procedurePath(p, lang))#role-\(HTML.anchor(r.id))"
                return [
                    DocumentTable.Cell([SiteHTML.link(r.name, here, source: source, page: lang, to: link)]),
                    DocumentTable.Cell(SiteHTML.holderWords(r, here, source)),
                    DocumentTable.Cell(
                        [], blocks: SiteHTML.contactList(ContactDocument.own(r.contacts, here, source))),
                    DocumentTable.Cell(.words(r.source)),
                ]
            }
            let table = DocumentTable(
                header: [
                    Vocabulary.role.in(lang).capitalizedFirst, Vocabulary.holder.in(lang),
                    Vocabulary.contact.in(lang), Vocabulary.sourceHeading.in(lang),
                ].map { .words($0) }, alignments: [.left, .left, .left, .left],
                groups: [DocumentTable.Group(heading: nil, rows: rows)], columnStyles: [nil, nil, "contacts", nil])
            let procedure: [Inline] = [
                .text("\(Vocabulary.procedure.in(lang)): "),
                SiteHTML.link(
                    registry.document.title, SiteBuilder.pageLanguage(registry, lang),
                    source: registry.document.language, page: lang, to: SiteBuilder.procedurePath(registry, lang)),
            ]
            bySystem.append(
                .section(
                    level: 3, heading: .words(system.name), body: [.table(table), .paragraph(procedure)],
                    anchor: "system-\(HTML.anchor(system.id))"))
        }

        var held: [(holder: String, cells: [DocumentTable.Cell])] = []
        for p in catalog.procedures {
            let source = p.document.language
            let here = SiteBuilder.pageLanguage(p, lang)
            for r in p.roles {
                let names =
                    r.systems.isEmpty
                    ? p.systems.map(\.name)
                    : r.systems.compactMap { id in
                        p.systems.first { $0.id == id }?.name ?? id
                    }
                for holder in r.holders {
                    let link = "\(SiteBuilder.procedurePath(p, lang))#role-\(HTML.anchor(r.id))"
                    held.append(
                        (
                            holder.name,
                            [
                                DocumentTable.Cell(
                                    [.text(holder.name)]
                                        + (holder.title.map {
                                            [
                                                .text(" ("), SiteHTML.words($0, here, source: source, page: lang),
                                                .text(")"),
                                            ]
                                        } ?? [])),
                                DocumentTable.Cell([SiteHTML.link(r.name, here, source: source, page: lang, to: link)]),
                                DocumentTable.Cell(.words(names.joined(separator: ", "))),
                            ]
                        ))
                    entries.append(
                        (
                            "by-person", holder.name,
                            "\(holder.name) \(r.name.resolve(here, fallback: source)) \(names.joined(separator: " "))"
                        ))
                }
            }
        }
        let sorted = held.enumerated().sorted { a, b in
            a.element.holder.lowercased() == b.element.holder.lowercased()
                ? a.offset < b.offset : a.element.holder.lowercased() < b.element.holder.lowercased()
        }.map(\.element.cells)
        let byPerson = DocumentTable(
            header: [
                Vocabulary.holder.in(lang), Vocabulary.role.in(lang).capitalizedFirst, Vocabulary.systems.in(lang),
            ]
            .map { .words($0) }, alignments: [.left, .left, .left],
            groups: [DocumentTable.Group(heading: nil, rows: sorted)])
        let body = HTMLWriter.blocks([
            .title(.words(Vocabulary.ownership.in(lang))),
            .section(level: 2, heading: .words(Vocabulary.bySystem.in(lang)), body: bySystem, anchor: "by-system"),
            .section(
                level: 2, heading: .words(Vocabulary.byPerson.in(lang)), body: [.table(byPerson)], anchor: "by-person"),
        ])
        return SitePage(
            path: SiteBuilder.ownershipPath(lang), language: lang, title: Vocabulary.ownership.in(lang),
            alternates: SiteBuilder.hubAlternates(except: lang, path: SiteBuilder.ownershipPath), body: body,
            validity: SiteBuilder.validity(catalog, lang, stamp), searchEntries: entries)
    }
}
