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

        body += "<div class=\"table-wrap\"><table class=\"checklist\">"
        body +=
            "<caption>\(HTML.escape(Vocabulary.steps.in(lang)))</caption><colgroup><col class=\"tick\"><col><col class=\"who\"></colgroup><thead><tr><th scope=\"col\">\(v(.done))</th><th scope=\"col\">\(v(.step))</th><th scope=\"col\">\(v(.whoContact))</th></tr></thead>\n"
        var number = 0
        for group in sheet.groups {
            body += "<tbody>"
            if let condition = group.condition {
                body +=
                    "<tr class=\"cond\"><th scope=\"rowgroup\" colspan=\"3\">\(v(.appliesWhen)): \(HTML.escape(condition))</th></tr>"
            }
            for line in group.lines {
                number += 1
                let id = "check-\(HTML.anchor(line.step.id))"
                body += "<tr><td class=\"tick\"><input type=\"checkbox\" id=\"\(id)\"></td>"
                body +=
                    "<td><label for=\"\(id)\">\(number). \(SiteHTML.filled(line.text))</label> \(SiteHTML.source(line.step.source, lang))"
                    + HTMLWriter.blocks(GuideDocument.details(line.step, lang, source)) + "</td>"
                body +=
                    "<td>\(GuidePage.who(line, p, lang))\(SiteHTML.contacts(ContactDocument.step(line.contact, lang, source)))</td></tr>\n"
            }
            body += "</tbody>\n"
        }
        body += "</table></div>\n"

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
