/// A guide as a checklist to print on A4: a tick box per step with who to contact beside it, grouped by the
/// condition under which the steps apply, and lines to fill in by hand (times, who was told).
enum ChecklistPage {
    static func page(
        _ g: Guide, _ p: Procedure, system: SystemEntry?, _ lang: Language, _ stamp: SiteStamp,
        standalone: Bool = false
    ) -> SitePage {
        let d = p.document
        let source = d.language
        func t(_ text: LocalizedText) -> String { HTML.text(text, lang, source: source) }
        let v = { (word: Vocabulary) in HTML.escape(word.in(lang)) }
        // A printed checklist is for its time (`--now`, else now), read in the procedure's zone; the site's is read
        // at any time, so no clock time is filled in.
        let sheet = GuideSheet(
            g, in: p, system: system, language: lang, now: standalone ? stamp.local(p).date : nil)

        var body = "<h1>\(v(.checklist)): \(t(g.title))</h1>\n<p class=\"meta\">"
        if let system {
            body += "\(HTML.escape(Vocabulary.system.in(lang))): \(HTML.escape(system.name)) · "
        }
        var document = [t(d.title)]
        if let id = d.documentId { document.append(HTML.escape(id)) }
        document.append(HTML.escape(d.organisation))
        if let version = d.version { document.append("\(v(.version)) \(HTML.escape(version))") }
        body +=
            "\(v(.document)): \(document.joined(separator: ", ")) · \(SiteHTML.status(d, stamp.today(p), lang))</p>\n"
        if !standalone {
            body +=
                "<p class=\"no-print\"><a href=\"\(SiteBuilder.guidePath(g, p, lang))\">\(t(g.title))</a> · <button type=\"button\" data-print>\(v(.printButton))</button></p>\n"
        }

        // The steps as a table the print stylesheet lays out on A4 (a tick box, the step with its citation and
        // details, who to contact), grouped by the condition under which they apply; its contacts `ContactDocument`'s.
        var number = 0
        let groups = sheet.groups.map { group in
            DocumentTable.Group(
                heading: group.condition.map { .words("\(Vocabulary.appliesWhen.in(lang)): \($0)") },
                rows: group.lines.map { line -> [DocumentTable.Cell] in
                    number += 1
                    let id = "check-\(HTML.anchor(line.step.id))"
                    let step: [Inline] =
                        [.text("\(number). ")] + SiteHTML.inlines(line.text) + [
                            .citation(word: Vocabulary.source.in(lang), section: line.step.source)
                        ]
                    return [
                        DocumentTable.Cell([.tick(id: id)]),
                        DocumentTable.Cell(
                            step, blocks: GuideDocument.details(line.step, lang, source), labels: id),
                        DocumentTable.Cell(
                            GuidePage.whoWords(line, p, lang),
                            blocks: SiteHTML.contactList(ContactDocument.step(line.contact, lang, source))),
                    ]
                })
        }
        body += HTMLWriter.block(
            .table(
                DocumentTable(
                    caption: .words(Vocabulary.steps.in(lang)),
                    header: [Vocabulary.done, .step, .whoContact].map { .words($0.in(lang)) },
                    alignments: [.left, .left, .left], groups: groups, style: "checklist",
                    columnStyles: ["tick", nil, "who"], rowHeaders: false)))

        body += "<h2>\(v(.byHand))</h2>\n"
        let blanks: [Vocabulary] = [
            .timeStarted, .whoWasTold, .whoWasTold, .prognosisAt, .reserveAt, .endedAt, .filledBy,
        ]
        body += SiteHTML.table(
            caption: nil, headers: [], rows: blanks.map { [v($0), ""] }, rowHeaders: true, cls: "handwritten")

        var page = SitePage(
            path: SiteBuilder.checklistPath(g, p, lang), language: lang,
            title: "\(Vocabulary.checklist.in(lang)): \(g.title.resolve(lang, fallback: source))",
            alternates: standalone
                ? [] : SiteBuilder.alternates(p, except: lang) { SiteBuilder.checklistPath(g, p, $0) }, body: body,
            validity: SiteBuilder.validity(p, lang, stamp))
        page.isChecklist = true
        page.procedure = p
        return page
    }
}
