import Foundation

/// Every step of a guide, whatever its condition, with the condition in words and who to contact: what a guide's
/// page and its paper checklist show. Placeholders are filled from the system (when there is one) and the facts
/// with a default or a fixed value; the others stay blanks to fill in by hand. A clock time (`{{now.time}}`) is
/// filled in only on a checklist printed for a time, and only in the steps that apply then: a site page is read at
/// any time, and a step that does not apply at the printed time is left for the time it does.
struct GuideSheet {
    struct Line {
        let step: Step
        let text: FilledText
        /// The `when` rule in words; `nil` for a step that always applies.
        let condition: String?
        /// Who the step sends the reader to, resolved as in every other face (`StepContact`).
        let contact: StepContact
        var role: Role? { contact.role }
        /// The role's own contacts; empty where the source gives none.
        var contacts: [Contact] { contact.contacts }
    }

    let guide: Guide
    let procedure: Procedure
    let system: SystemEntry?
    let language: Language
    let lines: [Line]

    /// `now`: the time a printed checklist is for; `nil` for a page read at any time.
    init(_ guide: Guide, in procedure: Procedure, system: SystemEntry?, language: Language, now: Date?) {
        self.guide = guide
        self.procedure = procedure
        self.system = system
        self.language = language
        let source = procedure.document.language
        // The answer at `now` (any instant will do without one: only the facts and the system are used then).
        let request = GuideRequest(system: system, now: now ?? Date(timeIntervalSince1970: 0), language: language)
        let answer = try? GuideEvaluator.evaluate(guide, in: procedure, request: request)
        let timed = now == nil ? .null : answer?.data ?? .null
        let applying = Set(now == nil ? [] : answer?.steps.map(\.step.id) ?? [])
        // Without a time: the system and the facts that have a value, nothing worked out from a clock.
        var untimed = JSONObject([("system", answer?.data["system"] ?? .null)])
        for fact in guide.facts { untimed[fact.id] = answer?.data[fact.id] ?? .null }
        lines = guide.steps.map { step in
            let data = applying.contains(step.id) ? timed : .object(untimed)
            return Line(
                step: step,
                text: GuideEvaluator.fill(step.text.resolve(language, fallback: source), data, guide, language),
                condition: step.when.map { ConditionText.describe($0.rule.source, guide, language, source: source) },
                contact: StepContact(step, in: procedure))
        }
    }

    /// The lines grouped by condition, in order: consecutive steps under the same condition share a heading.
    var groups: [(condition: String?, lines: [Line])] {
        var out: [(condition: String?, lines: [Line])] = []
        for line in lines {
            if let last = out.last, last.condition == line.condition {
                out[out.count - 1].lines.append(line)
            } else {
                out.append((line.condition, [line]))
            }
        }
        return out
    }
}

/// HTML pieces the pages share.
enum SiteHTML {
    /// A filled text as the document model's inlines: each blank a space to fill in by hand, labelled with the fact
    /// to write there (`{{system.name}}` and the like: the system, said as such).
    static func inlines(_ text: FilledText) -> [Inline] {
        text.pieces.map { piece in
            switch piece {
            case .words(let s), .value(let s): return .text(s)
            case .blank(let name, let label):
                let shown = name.hasPrefix("system.") ? Vocabulary.system.in(text.language) : label
                return .blank(word: Vocabulary.missing.in(text.language), label: shown)
            }
        }
    }

    /// A text in `language`, else in the source language, as `HTML.text` writes it: marked with its own language
    /// (`Inline.foreign`) when that differs from the page's.
    static func words(_ text: LocalizedText, _ language: Language, source: Language, page: Language? = nil) -> Inline {
        let shown = text[language] != nil ? language : text[source] != nil ? source : language
        let words = text.resolve(language, fallback: source)
        return shown == (page ?? language) ? .text(words) : .foreign([.text(words)], language: shown.rawValue)
    }

    /// A link whose words are a text in `language` (else the source's), marked with their language as `words` does.
    static func link(
        _ text: LocalizedText, _ language: Language, source: Language, page: Language? = nil, to url: String
    ) -> Inline {
        let shown = text[language] != nil ? language : text[source] != nil ? source : language
        let link = Inline.link(text: text.resolve(language, fallback: source), url: url)
        return shown == (page ?? language) ? link : .foreign([link], language: shown.rawValue)
    }

    /// Contacts as a list, one contact an item in the words every face gives them (`ContactDocument`); nothing
    /// when there are none.
    static func contactList(_ fields: [Field]) -> [Block] {
        fields.isEmpty ? [] : [.list(numbered: false, fields.map { Item(ContactDocument.line([$0])) })]
    }

    /// Who holds a role: names (with titles, marked with their language where it is not the page's), or the source's
    /// silence.
    static func holderWords(_ role: Role, _ lang: Language, _ source: Language) -> [Inline] {
        guard !role.holders.isEmpty else { return .words(Vocabulary.noHolder.in(lang)) }
        return role.holders.enumerated().flatMap { i, holder -> [Inline] in
            [.text((i == 0 ? "" : "; ") + holder.name)]
                + (holder.title.map { [.text(" ("), words($0, lang, source: source), .text(")")] } ?? [])
        }
    }

    /// A filled text in HTML (`HTMLWriter`).
    static func filled(_ text: FilledText) -> String { HTMLWriter.inlines(inlines(text)) }

    /// "[kilde: 3 Genomförande]".
    static func source(_ section: String, _ lang: Language) -> String {
        "<span class=\"source\">[\(Vocabulary.source.in(lang)): \(HTML.escape(section))]</span>"
    }

    /// The status badge: a word and a colour, never the colour alone.
    static func status(_ document: DocumentInfo, _ today: CalendarDate, _ lang: Language) -> String {
        HTMLWriter.inline(badge(document, today, lang))
    }

    /// The status badge as the document model's words, set apart by the stylesheet's class for its status.
    static func badge(_ document: DocumentInfo, _ today: CalendarDate, _ lang: Language) -> Inline {
        let status = DocumentStatus(document, today: today)
        return .styled(.words(status.describe(document, lang)), style: "status status-\(status.rawValue)")
    }

    /// A table with a caption, column headers and rows of ready HTML cells; the first cell of a row is its header
    /// when `rowHeaders`.
    static func table(
        caption: String?, headers: [String], rows: [[String]], rowHeaders: Bool = false, cls: String? = nil
    ) -> String {
        var out = "<div class=\"table-wrap\"><table\(cls.map { " class=\"\($0)\"" } ?? "")>"
        if let caption { out += "<caption>\(caption)</caption>" }
        if !headers.isEmpty {
            out += "<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>"
        }
        out += "<tbody>"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 && rowHeaders ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>\n"
    }
}
