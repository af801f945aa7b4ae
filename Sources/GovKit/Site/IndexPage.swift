/// The site's front page: every procedure with its validity, and every guide with its checklist.
enum IndexPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        let v = { (word: Vocabulary) in HTML.escape(word.in(lang)) }
        var body = "<h1>\(v(.siteTitle))</h1>\n"
        var rows: [[String]] = []
        for p in catalog.procedures {
            let d = p.document
            let here = SiteBuilder.pageLanguage(p, lang)
            let title = HTML.text(d.title, here, source: d.language, page: lang)
            // The validity beside the title: on a phone the table is one block per document (`stack`), and an
            // expired document says so under its title, not in a column scrolled out of sight.
            rows.append([
                "<a href=\"\(SiteBuilder.procedurePath(p, lang))\">\(title)</a>",
                SiteHTML.status(d, stamp.today(p), lang),
                HTML.escape(d.organisation), HTML.escape(d.documentId ?? Vocabulary.notStated.in(lang)),
                HTML.escape(Vocabulary.languageName.in(d.language)),
            ])
        }
        body += "<h2 id=\"procedures\">\(v(.procedures))</h2>\n"
        body += SiteHTML.table(
            caption: nil, headers: [v(.title), v(.validity), v(.organisation), v(.documentId), v(.language)],
            rows: rows, rowHeaders: false, cls: "stack", labelled: true)
        var guideRows: [[DocumentTable.Cell]] = []
        for p in catalog.procedures {
            let here = SiteBuilder.pageLanguage(p, lang)
            for g in p.guides {
                let source = p.document.language
                guideRows.append([
                    DocumentTable.Cell([
                        SiteHTML.link(g.title, here, source: source, page: lang, to: SiteBuilder.guidePath(g, p, lang))
                    ]),
                    DocumentTable.Cell([
                        SiteHTML.link(
                            p.document.title, here, source: source, page: lang, to: SiteBuilder.procedurePath(p, lang))
                    ]),
                    DocumentTable.Cell([
                        .link(
                            text: Vocabulary.printableChecklist.in(lang), url: SiteBuilder.checklistPath(g, p, lang))
                    ]),
                ])
            }
        }
        body += "<h2 id=\"guides\">\(v(.guides))</h2>\n"
        // The guides as a table of the document model; each title marked with its language where it is not the page's.
        body += HTMLWriter.block(
            .table(
                DocumentTable(
                    header: [Vocabulary.title, .procedure, .checklist].map { .words($0.in(lang)) },
                    alignments: [.left, .left, .left], groups: [DocumentTable.Group(heading: nil, rows: guideRows)],
                    rowHeaders: false)))
        return SitePage(
            path: SiteBuilder.indexPath(lang), language: lang, title: Vocabulary.siteTitle.in(lang),
            alternates: SiteBuilder.hubAlternates(except: lang, path: SiteBuilder.indexPath), body: body,
            validity: SiteBuilder.validity(catalog, lang, stamp))
    }
}
