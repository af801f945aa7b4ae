/// A procedure page's citations: the `trace` answer (`Trace`), section by section of the source's outline, with
/// what cites each section (linked to where the site shows it) or why nothing does, as `govctl trace` says it. The
/// page works nothing out again: which section a citation names is the trace's resolution.
enum SiteCitations {
    static func blocks(_ trace: Trace, _ lang: Language) -> [Block] {
        let p = trace.procedure
        let rows = trace.sections.map { entry -> [[Inline]] in
            let heading: [Inline] = .words(TraceRenderer.heading(entry.section))
            guard !entry.citations.isEmpty else {
                let reason = entry.section.notCarried.map {
                    "\(TraceRenderer.Word.notCarried.in(lang)): \($0.resolve(lang, fallback: p.document.language))"
                }
                return [heading, [.emphasis(.words(reason ?? TraceRenderer.Word.uncited.in(lang)))]]
            }
            var seen = Set<String>()
            var links: [Inline] = []
            for citation in entry.citations {
                let (label, target) = Self.target(citation.path, p, lang)
                guard seen.insert(label + "\u{0}" + target).inserted else { continue }
                if !links.isEmpty { links.append(.text(", ")) }
                links.append(target.isEmpty ? .text(label) : .link(text: label, url: target))
            }
            return [heading, links]
        }
        let table = DocumentTable(
            header: [.words(Vocabulary.section.in(lang)), .words(Vocabulary.citedBy.in(lang))],
            alignments: [.left, .left], rows: rows, inText: .labelled)
        return [.paragraph(.words(TraceRenderer.summaryLine(trace, lang))), .table(table)]
    }

    /// What a citation's entry is called and where the site shows it, from its path (`roles[kundservice].duties[1]`:
    /// the role's part of the page; `guides[g].steps[s]`: the step on the guide's page).
    static func target(_ path: String, _ p: Procedure, _ lang: Language) -> (label: String, url: String) {
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: p.document.language) }
        let parts = path.split(separator: ".").map { part -> (key: String, id: String?) in
            guard let open = part.firstIndex(of: "["), part.hasSuffix("]") else { return (String(part), nil) }
            return (String(part[..<open]), String(part[part.index(after: open)..<part.index(before: part.endIndex)]))
        }
        guard let first = parts.first, let id = first.id else {
            return (Vocabulary.document.in(lang), path.hasPrefix("document") ? "#document" : "")
        }
        switch first.key {
        case "systems":
            if let s = p.systems.first(where: { $0.id == id }) { return (s.name, "#system-\(HTML.anchor(s.id))") }
        case "roles":
            if let r = p.roles.first(where: { $0.id == id }) { return (t(r.name), "#role-\(HTML.anchor(r.id))") }
        case "routes":
            if let r = p.routes.first(where: { $0.id == id }) { return (t(r.title), "#route-\(HTML.anchor(r.id))") }
        case "budgets":
            if let b = p.budgets.first(where: { $0.id == id }) { return (t(b.title), "#budget-\(HTML.anchor(b.id))") }
        case "guides":
            if let g = p.guides.first(where: { $0.id == id }) {
                let page = SiteBuilder.guidePath(g, p, lang)
                guard parts.count > 1, parts[1].key == "steps",
                    let n = g.steps.firstIndex(where: { $0.id == parts[1].id })
                else { return (t(g.title), page) }
                // A step: "Reservrutin …, steg 6", linked to the step on the guide's page.
                let step = "\(t(g.title)), \(Vocabulary.step.in(lang).lowercased()) \(n + 1)"
                return (step, page + "#step-\(HTML.anchor(g.steps[n].id))")
            }
        default: break
        }
        return (path, "")
    }
}
