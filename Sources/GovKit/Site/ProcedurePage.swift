/// One procedure's page: the document, systems, roles with contacts, routes, guides, budgets, and its trace: every
/// section of the source with what cites it. Written through the document model (`HTMLWriter`), each part a section
/// with the anchor the citations link to; the page works nothing out itself: the particulars are `show`'s
/// (`ProcedureDocument.fields`), the systems, roles and routes `ProcedureParts`', the budgets `BudgetDocument`'s and
/// the citations the trace's (`SiteCitations`).
enum ProcedurePage {
    /// `trace`: the procedure's trace (`Trace`), whose citations the page's last part lists.
    static func page(_ p: Procedure, trace: Trace, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        let d = p.document
        let source = d.language
        func plain(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        func words(_ text: LocalizedText) -> Inline { text.inline(lang, fallback: source) }
        func section(_ heading: [Inline], _ anchor: String, _ body: [Block]) -> Block {
            .section(level: 2, heading: heading, body: body, anchor: anchor)
        }

        var blocks: [Block] = []
        // The document's particulars as `show` gives them (`ProcedureDocument.fields`), on the day in its zone, and
        // govctl's reading of it.
        blocks.append(
            section(
                .words(Vocabulary.document.in(lang)), "document",
                [.fields(ProcedureDocument.fields(p, language: lang, today: stamp.local(p)))]
                    + GuideDocument.reading(d.interpretation, lang, source)))
        blocks += ProcedureParts.blocks(p, lang)
        if !p.guides.isEmpty {
            let items = p.guides.map { g in
                Item([
                    SiteHTML.link(g.title, lang, source: source, to: SiteBuilder.guidePath(g, p, lang)),
                    .text(" · "),
                    .link(text: Vocabulary.printableChecklist.in(lang), url: SiteBuilder.checklistPath(g, p, lang)),
                ])
            }
            blocks.append(section(.words(Vocabulary.guides.in(lang)), "guides", [.list(numbered: false, items)]))
        }
        for b in p.budgets {
            blocks.append(
                section(
                    [.text("\(Vocabulary.budget.in(lang)): "), words(b.title)], "budget-\(HTML.anchor(b.id))",
                    BudgetDocument.body(BudgetReport(budget: b, in: p), lang, level: 3)))
        }
        blocks.append(section(.words(Vocabulary.citations.in(lang)), "sources", SiteCitations.blocks(trace, lang)))

        var body = HTMLWriter.block(.title([words(d.title)]))
        body += "<p>\(SiteHTML.status(d, stamp.today(p), lang))</p>\n"
        body += HTMLWriter.blocks(blocks)
        return SitePage(
            path: SiteBuilder.procedurePath(p, lang), language: lang, title: plain(d.title),
            alternates: SiteBuilder.alternates(p, except: lang) { SiteBuilder.procedurePath(p, $0) }, body: body,
            validity: SiteBuilder.validity(p, lang, stamp), searchEntries: searchEntries(p, lang),
            procedure: p)
    }

    /// The page's parts for the site's search: each part's anchor, heading and words.
    static func searchEntries(_ p: Procedure, _ lang: Language) -> [(fragment: String, heading: String, text: String)] {
        let d = p.document
        func plain(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
        var entries: [(fragment: String, heading: String, text: String)] = [
            (
                "document", plain(d.title),
                ([d.organisation, d.documentId ?? ""] + d.notes.map(plain) + [d.documentType.map(plain) ?? ""])
                    .joined(separator: " ")
            )
        ]
        for s in p.systems {
            entries.append(
                (
                    "system-\(HTML.anchor(s.id))", s.name,
                    ([s.name] + s.aliases + [s.description.map(plain) ?? ""]).joined(separator: " ")
                ))
        }
        for r in p.roles {
            let words =
                [plain(r.name)] + r.aliases + r.holders.map(\.name) + r.contacts.map(\.value)
                + r.duties.map { plain($0.text) }
            entries.append(("role-\(HTML.anchor(r.id))", plain(r.name), words.joined(separator: " ")))
        }
        for route in p.routes {
            entries.append(
                (
                    "route-\(HTML.anchor(route.id))", plain(route.title),
                    ([plain(route.title), plain(route.text)] + route.keywords + route.contacts.map(\.value))
                        .joined(separator: " ")
                ))
        }
        for b in p.budgets {
            entries.append(
                (
                    "budget-\(HTML.anchor(b.id))", plain(b.title),
                    (b.lines.map { plain($0.label) } + b.notes.map { plain($0.text) }
                        + b.invoicing.map { plain($0.what) })
                        .joined(separator: " ")
                ))
        }
        return entries
    }
}
