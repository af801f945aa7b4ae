/// Who holds what: every system's roles with holders and contacts, and every person or unit with the roles held.
enum OwnershipPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        let v = { (word: Vocabulary) in HTML.escape(word.in(lang)) }
        let ownership = Ownership(catalog)
        var entries: [(fragment: String, heading: String, text: String)] = []
        var body = "<h1>\(v(.ownership))</h1>\n"
        body += "<h2 id=\"by-system\">\(v(.bySystem))</h2>\n"
        let systems = catalog.procedures.flatMap { p in p.systems.map { ($0, p) } }
        for (system, registry) in systems {
            let id = "system-\(HTML.anchor(system.id))"
            body += "<h3 id=\"\(id)\">\(HTML.escape(system.name))</h3>\n"
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
            body += HTMLWriter.block(
                .table(
                    DocumentTable(
                        header: [
                            Vocabulary.role.in(lang).capitalizedFirst, Vocabulary.holder.in(lang),
                            Vocabulary.contact.in(lang), Vocabulary.sourceHeading.in(lang),
                        ].map { .words($0) }, alignments: [.left, .left, .left, .left],
                        groups: [DocumentTable.Group(heading: nil, rows: rows)],
                        columnStyles: [nil, nil, "contacts", nil])))
            body +=
                "<p>\(v(.procedure)): <a href=\"\(SiteBuilder.procedurePath(registry, lang))\">\(HTML.text(registry.document.title, SiteBuilder.pageLanguage(registry, lang), source: registry.document.language, page: lang))</a></p>\n"
        }

        body += "<h2 id=\"by-person\">\(v(.byPerson))</h2>\n"
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
        body += HTMLWriter.block(
            .table(
                DocumentTable(
                    header: [
                        Vocabulary.holder.in(lang), Vocabulary.role.in(lang).capitalizedFirst,
                        Vocabulary.systems.in(lang),
                    ]
                    .map { .words($0) }, alignments: [.left, .left, .left],
                    groups: [DocumentTable.Group(heading: nil, rows: sorted)])))
        return SitePage(
            path: SiteBuilder.ownershipPath(lang), language: lang, title: Vocabulary.ownership.in(lang),
            alternates: SiteBuilder.hubAlternates(except: lang, path: SiteBuilder.ownershipPath), body: body,
            validity: SiteBuilder.validity(catalog, lang, stamp), searchEntries: entries)
    }
}
