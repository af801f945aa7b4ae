/// One procedure's page: the document, systems, roles with contacts, routes, guides, budgets, and its trace: every
/// section of the source with what cites it.
enum ProcedurePage {
    /// `trace`: the procedure's trace (`Trace`), whose citations the page's last part lists.
    static func page(_ p: Procedure, trace: Trace, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        let d = p.document
        let source = d.language
        func t(_ text: LocalizedText) -> String { HTML.text(text, lang, source: source) }
        func plain(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        let v = { (word: Vocabulary) in HTML.escape(word.in(lang)) }
        let notStated = v(.notStated)
        var entries: [(fragment: String, heading: String, text: String)] = []
        // govctl's reading of an entry, where the data reads more than the source says: as every face shows it.
        func reading(_ text: LocalizedText?) -> String { HTMLWriter.blocks(GuideDocument.reading(text, lang, source)) }

        var body = "<h1>\(t(d.title))</h1>\n"
        body += "<p>\(SiteHTML.status(d, stamp.today(p), lang))</p>\n"
        body += "<h2 id=\"document\">\(v(.document))</h2>\n"
        // The document's particulars as `show` gives them (`ProcedureDocument.fields`), on the day in its zone.
        body += HTMLWriter.block(.fields(ProcedureDocument.fields(p, language: lang, today: stamp.local(p))))
        body += reading(d.interpretation)
        entries.append(
            (
                "document", plain(d.title),
                ([d.organisation, d.documentId ?? ""] + d.notes.map(plain) + [d.documentType.map(plain) ?? ""])
                    .joined(separator: " ")
            ))

        if !p.systems.isEmpty {
            body += "<h2 id=\"systems\">\(v(.systems))</h2>\n"
            let rows = p.systems.map { s -> [String] in
                entries.append(
                    (
                        "system-\(HTML.anchor(s.id))", s.name,
                        ([s.name] + s.aliases + [s.description.map(plain) ?? ""]).joined(separator: " ")
                    ))
                return [
                    "<span id=\"system-\(HTML.anchor(s.id))\">\(HTML.escape(s.name))</span>",
                    s.aliases.isEmpty ? "–" : HTML.escape(s.aliases.joined(separator: ", ")),
                    (s.description.map(t) ?? notStated) + reading(s.interpretation),
                    s.criticality.map { String($0) } ?? notStated,
                    HTML.escape(s.source),
                ]
            }
            body += SiteHTML.table(
                caption: nil,
                headers: [
                    v(.name), v(.aliases), v(.description),
                    HTML.escape(Vocabulary.criticality.in(lang).capitalizedFirst), v(.sourceHeading),
                ],
                rows: rows, rowHeaders: true)
        }

        if !p.roles.isEmpty {
            body += "<h2 id=\"roles\">\(v(.roles))</h2>\n"
            for r in p.roles {
                let id = "role-\(HTML.anchor(r.id))"
                body += "<h3 id=\"\(id)\">\(t(r.name))</h3>\n"
                body += "<p><strong>\(v(.holder)):</strong> \(SiteHTML.holders(r, lang, source))</p>\n"
                body += reading(r.interpretation)
                if let members = r.members { body += "<p>\(v(.members).capitalizedFirst): \(t(members))</p>\n" }
                if let frequency = r.frequency { body += "<p>\(v(.frequency).capitalizedFirst): \(t(frequency))</p>\n" }
                if let convenedBy = r.convenedBy {
                    body += "<p>\(v(.convenedBy).capitalizedFirst): \(t(convenedBy))</p>\n"
                }
                body +=
                    "<p><strong>\(v(.contact)):</strong></p>\(SiteHTML.contacts(ContactDocument.own(r.contacts, lang, source)))\n"
                if !r.duties.isEmpty {
                    body += "<ul>"
                    for duty in r.duties {
                        body +=
                            "<li>\(t(duty.text)) \(SiteHTML.source(duty.source, lang))\(reading(duty.interpretation))</li>"
                    }
                    body += "</ul>\n"
                }
                body += "<p>\(SiteHTML.source(r.source, lang))</p>\n"
                let words =
                    [plain(r.name)] + r.aliases + r.holders.map(\.name) + r.contacts.map(\.value)
                    + r.duties.map { plain($0.text) }
                entries.append((id, plain(r.name), words.joined(separator: " ")))
            }
        }

        if !p.routes.isEmpty {
            body += "<h2 id=\"routes\">\(v(.routes))</h2>\n"
            for route in p.routes {
                let id = "route-\(HTML.anchor(route.id))"
                body +=
                    "<h3 id=\"\(id)\">\(t(route.title))</h3>\n<p>\(t(route.text))</p>\n" + reading(route.interpretation)
                if let roleId = route.role, let role = p.roles.first(where: { $0.id == roleId }) {
                    body +=
                        "<p>\(HTML.escape(Vocabulary.role.in(lang).capitalizedFirst)): <a href=\"#role-\(HTML.anchor(role.id))\">\(t(role.name))</a></p>\n"
                }
                body += SiteHTML.contacts(ContactDocument.fields(route.contacts, lang, source))
                body += "<p>\(SiteHTML.source(route.source, lang))</p>\n"
                entries.append(
                    (
                        id, plain(route.title),
                        ([plain(route.title), plain(route.text)] + route.keywords + route.contacts.map(\.value))
                            .joined(separator: " ")
                    ))
            }
        }

        if !p.guides.isEmpty {
            body += "<h2 id=\"guides\">\(v(.guides))</h2>\n<ul>"
            for g in p.guides {
                body +=
                    "<li><a href=\"\(SiteBuilder.guidePath(g, p, lang))\">\(t(g.title))</a> · <a href=\"\(SiteBuilder.checklistPath(g, p, lang))\">\(v(.printableChecklist))</a></li>"
            }
            body += "</ul>\n"
        }

        for b in p.budgets {
            let id = "budget-\(HTML.anchor(b.id))"
            body += "<h2 id=\"\(id)\">\(v(.budget)): \(t(b.title))</h2>\n"
            body += BudgetSection.html(BudgetReport(budget: b, in: p), lang)
            entries.append(
                (
                    id, plain(b.title),
                    (b.lines.map { plain($0.label) } + b.notes.map { plain($0.text) }
                        + b.invoicing.map { plain($0.what) })
                        .joined(separator: " ")
                ))
        }

        body += "<h2 id=\"sources\">\(v(.citations))</h2>\n"
        body += HTMLWriter.blocks(SiteCitations.blocks(trace, lang))

        return SitePage(
            path: SiteBuilder.procedurePath(p, lang), language: lang, title: plain(d.title),
            alternates: SiteBuilder.alternates(p, except: lang) { SiteBuilder.procedurePath(p, $0) }, body: body,
            validity: SiteBuilder.validity(p, lang, stamp), searchEntries: entries, procedure: p)
    }
}

/// A budget on a procedure's page: what `govctl budget` shows below its document line (the lines and the total, the
/// financing split, invoicing and notes, each with its source), from the same conversion, `BudgetDocument`.
enum BudgetSection {
    static func html(_ report: BudgetReport, _ lang: Language) -> String {
        HTMLWriter.blocks(BudgetDocument.body(report, lang, level: 3))
    }
}
