/// A guide's page: every step with its condition, role and contacts, the facts it asks for, and its texts.
enum GuidePage {
    static func page(_ g: Guide, _ p: Procedure, system: SystemEntry?, _ lang: Language, _ stamp: SiteStamp)
        -> SitePage
    {
        let source = p.document.language
        func t(_ text: LocalizedText) -> String { HTML.text(text, lang, source: source) }
        func plain(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        let v = { (word: Vocabulary) in HTML.escape(word.in(lang)) }
        // A page read at any time: no clock time is filled in (GuideSheet).
        let sheet = GuideSheet(g, in: p, system: system, language: lang, now: nil)
        var entries: [(fragment: String, heading: String, text: String)] = []

        var body = "<h1>\(t(g.title))</h1>\n"
        body +=
            "<p>\(v(.procedure)): <a href=\"\(SiteBuilder.procedurePath(p, lang))\">\(t(p.document.title))</a> · \(SiteHTML.status(p.document, stamp.today(p), lang))</p>\n"
        let systems = g.systems.compactMap { id in p.systems.first { $0.id == id }?.name }
        if !systems.isEmpty {
            body += "<p>\(v(.systems)): \(HTML.escape(systems.joined(separator: ", ")))</p>\n"
        }
        body +=
            "<p><a href=\"\(SiteBuilder.checklistPath(g, p, lang))\">\(v(.printableChecklist))</a> · \(SiteHTML.source(g.source, lang))</p>\n"

        // The steps as every face lists them (`GuideDocument.meta`, `GuideDocument.details`), each with the condition
        // under which it applies and who holds its role: the page is read at any time, so it lists every step.
        body += "<h2 id=\"steps\">\(HTML.escape(Vocabulary.steps.in(lang)))</h2>\n"
        let items = sheet.lines.map { line -> Item in
            let id = "step-\(HTML.anchor(line.step.id))"
            entries.append((id, plain(g.title), line.text.marked + " " + (line.role.map { plain($0.name) } ?? "")))
            var details: [Block] = [
                .paragraph(
                    .words("\(Vocabulary.appliesWhen.in(lang)): \(line.condition ?? Vocabulary.always.in(lang))"))
            ]
            if let role = line.role {
                let holders =
                    role.holders.isEmpty
                    ? Vocabulary.noHolder.in(lang)
                    : role.holders.map { $0.name + ($0.title.map { " (\(plain($0)))" } ?? "") }.joined(separator: "; ")
                details.append(.fields([Field(Vocabulary.holder.in(lang), .words(holders))]))
            } else {
                details.append(.note(.words(Vocabulary.noRole.in(lang))))
            }
            return Item(
                SiteHTML.inlines(line.text), meta: GuideDocument.meta(line.step, line.contact, lang, source),
                details: details + GuideDocument.details(line.step, lang, source), anchor: id)
        }
        body += HTMLWriter.block(.list(numbered: true, items))

        let asked = g.facts
        if !asked.isEmpty {
            body += "<h2 id=\"facts\">\(v(.facts))</h2>\n"
            let rows = asked.map { fact -> [String] in
                var value: [String] = []
                if !fact.choices.isEmpty {
                    value.append("\(v(.choices)): " + fact.choices.map { t($0.label) }.joined(separator: "; "))
                }
                if let fixed = fact.value { value.append("\(v(.fixedValue)): \(HTML.escape(display(fixed)))") }
                if let fallback = fact.defaultValue {
                    let label =
                        fallback.stringValue.flatMap { id in fact.choices.first { $0.id == id } }.map { t($0.label) }
                        ?? HTML.escape(display(fallback))
                    value.append("\(v(.defaultValue)): \(label)")
                }
                entries.append(("facts", plain(fact.label), plain(fact.label)))
                return [
                    t(fact.label), HTML.escape(fact.kind.rawValue),
                    (fact.value != nil ? v(.fixedValue) : fact.required ? v(.required) : v(.optional))
                        + (fact.interpretation.map {
                            "<br><span class=\"reading\">\(HTML.escape(Interpretation.line($0, lang, fallback: source)))</span>"
                        } ?? ""),
                    value.isEmpty ? "–" : value.joined(separator: "<br>"),
                    fact.source.map(HTML.escape) ?? v(.notStated),
                ]
            }
            body += SiteHTML.table(
                caption: nil,
                headers: [v(.name), v(.factType), v(.status), v(.choices), v(.sourceHeading)], rows: rows,
                rowHeaders: true)
        }

        if !g.texts.isEmpty {
            body += "<h2 id=\"texts\">\(v(.texts))</h2>\n"
            for template in g.texts {
                let textLanguage = template.fixedLanguage ?? lang
                let filled = GuideEvaluator.fill(
                    template.text.resolve(textLanguage, fallback: source), .null, g, textLanguage)
                body += "<h3>\(t(template.label))</h3>\n"
                body +=
                    "<pre lang=\"\(filled.language.rawValue)\">\(SiteHTML.filled(filled))</pre>\n<p>\(SiteHTML.source(template.source, lang))</p>\n"
                entries.append(("texts", plain(template.label), filled.marked))
            }
        }

        return SitePage(
            path: SiteBuilder.guidePath(g, p, lang), language: lang, title: plain(g.title),
            alternates: SiteBuilder.alternates(p, except: lang) { SiteBuilder.guidePath(g, p, $0) }, body: body,
            validity: SiteBuilder.validity(p, lang, stamp), searchEntries: entries, procedure: p)
    }

    /// "Rolle: Servicedesk (Servicedesk, Region Skåne)", or that the source names no role (the contacts follow), for
    /// a cell of the checklist's table.
    static func whoWords(_ line: GuideSheet.Line, _ p: Procedure, _ lang: Language) -> [Inline] {
        let source = p.document.language
        guard let role = line.role else { return .words(Vocabulary.noRole.in(lang)) }
        var out: [Inline] = [
            .text(Vocabulary.role.in(lang).capitalizedFirst + ": "), SiteHTML.words(role.name, lang, source: source),
        ]
        if !role.holders.isEmpty { out += [.text(" (")] + SiteHTML.holderWords(role, lang, source) + [.text(")")] }
        return out
    }

    static func display(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return JSONWriter.compact(value)
    }
}
