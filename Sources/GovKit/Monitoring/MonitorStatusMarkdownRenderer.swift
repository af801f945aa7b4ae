/// `govctl reserve-status --format markdown`: the state, since when, the deadline, then the guide in Markdown
/// (for a ticket comment or a chat message during an outage).
package enum MonitorStatusMarkdownRenderer {
    package static func render(_ s: MonitorStatus) -> String {
        let r = s.result
        let lang = r.language
        let source = r.procedure.document.language
        var out = "# \(Markdown.escape(r.system?.name ?? r.guide.id)): \(Markdown.escape(s.label(lang)))\n\n"
        out += "- **\(Vocabulary.status.in(lang)):** \(s.level.rawValue.uppercased())\n"
        for fact in r.guide.facts where fact.value == nil {
            guard let value = r.data[fact.id], value != .null else { continue }
            let label = Markdown.escape(fact.label.resolve(lang, fallback: source))
            switch (fact.kind, value) {
            case (.choice, .string(let id)):
                let choice = fact.choices.first { $0.id == id }?.label.resolve(lang, fallback: source) ?? id
                out += "- **\(label):** \(Markdown.escape(choice))\n"
            case (.boolean, .bool(let b)):
                let passed = b && s.isPassedPrognosis(fact.id) ? " (\(Vocabulary.passed.in(lang)))" : ""
                out += "- **\(label):** \(b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang))\(passed)\n"
            default: break
            }
        }
        if let since = s.since, let elapsed = s.elapsedSeconds {
            out +=
                "- **\(Vocabulary.since.in(lang).capitalizedFirst):** \(since.calendarDate) \(since.clock) (\(MonitorStatus.duration(seconds: elapsed)))\n"
        }
        if let deadline = s.deadline {
            let label = s.monitor.deadlineLabel?.resolve(lang, fallback: source) ?? "deadline"
            out +=
                "- **\(Markdown.escape(label.capitalizedFirst)):** \(MonitorStatusRenderer.clock(deadline, from: s.since))\n"
        }
        if let recovering = s.recovering {
            out +=
                "- \(Markdown.escape(MonitorStatusRenderer.recoveringText(recovering, lang, from: r.now).capitalizedFirst))\n"
        }
        for note in s.notes {
            out += "- **\(Vocabulary.note.in(lang).capitalizedFirst):** \(Markdown.escape(note))\n"
        }
        let guide = GuideMarkdownRenderer.render(r)
        return out + "\n" + headingsDown(guide)
    }

    /// The guide's headings one level down, under the status heading (lines in code blocks are left alone).
    static func headingsDown(_ markdown: String) -> String {
        var inCode = false
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("```") { inCode.toggle() }
            return !inCode && line.hasPrefix("#") ? "#" + line : String(line)
        }.joined(separator: "\n")
    }
}
