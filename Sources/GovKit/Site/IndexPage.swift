/// The site's front page: every procedure with its validity, and every guide with its checklist.
enum IndexPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp) -> SitePage {
        var body = HTMLWriter.block(.title(.words(Vocabulary.siteTitle.in(lang))))
        var rows: [[DocumentTable.Cell]] = []
        for p in catalog.procedures {
            let d = p.document
            let here = SiteBuilder.pageLanguage(p, lang)
            // The validity beside the title: on a phone the table is one block per document (`stack`, each cell
            // labelled with its column), and an expired document says so under its title, not in a column scrolled
            // out of sight.
            rows.append(
                [
                    [
                        SiteHTML.link(
                            d.title, here, source: d.language, page: lang, to: SiteBuilder.procedurePath(p, lang))
                    ],
                    [SiteHTML.badge(d, stamp.today(p), lang)], .words(d.organisation),
                    .words(d.documentId ?? Vocabulary.notStated.in(lang)),
                    .words(Vocabulary.languageName.in(d.language)),
                ].map { DocumentTable.Cell($0) })
        }
        body += HTMLWriter.block(
            .section(
                level: 2, heading: .words(Vocabulary.procedures.in(lang)),
                body: [
                    .table(
                        DocumentTable(
                            header: [Vocabulary.title, .validity, .organisation, .documentId, .language].map {
                                .words($0.in(lang))
                            }, alignments: [.left, .left, .left, .left, .left],
                            groups: [DocumentTable.Group(heading: nil, rows: rows)], style: "stack", rowHeaders: false,
                            labelled: true))
                ], anchor: "procedures"))
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
        // The guides as a table of the document model; each title marked with its language where it is not the page's.
        body += HTMLWriter.block(
            .section(
                level: 2, heading: .words(Vocabulary.guides.in(lang)),
                body: [
                    .table(
                        DocumentTable(
                            header: [Vocabulary.title, .procedure, .checklist].map { .words($0.in(lang)) },
                            alignments: [.left, .left, .left],
                            groups: [DocumentTable.Group(heading: nil, rows: guideRows)], rowHeaders: false))
                ], anchor: "guides"))
        return SitePage(
            path: SiteBuilder.indexPath(lang), language: lang, title: Vocabulary.siteTitle.in(lang),
            alternates: SiteBuilder.hubAlternates(except: lang, path: SiteBuilder.indexPath), body: body,
            validity: SiteBuilder.validity(catalog, lang, stamp))
    }
}
