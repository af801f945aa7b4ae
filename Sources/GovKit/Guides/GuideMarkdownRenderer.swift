import Foundation

/// Renders a guide's result as Markdown (for a wiki page, a chat message or a ticket comment). Data is printed
/// through `TextEscaping`, as in the text form.
package enum GuideMarkdownRenderer {
    package static func render(_ r: GuideResult) -> String {
        let lang = r.language
        let source = r.procedure.document.language
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: source)) }
        let e = TextEscaping.line
        var out = "# \(t(r.guide.title))\n\n"
        out +=
            "- "
            + DocumentLine.render(r.procedure, language: lang, today: r.now).replacingFirst(
                ": ", with: ": ", bold: true) + "\n"
        if let system = r.system {
            let criticality = system.criticality.map { " (\(Vocabulary.criticality.in(lang)) \($0))" } ?? ""
            out += "- **\(Vocabulary.system.in(lang)):** \(e(system.name))\(criticality)\n"
        }
        out +=
            "- **\(Vocabulary.now.in(lang)):** \(r.now.calendarDate) \(r.now.clock) (\(r.procedure.document.timeZone))\n"
        for (value, result) in r.derived where value.label != nil {
            out +=
                "- **\(value.label.map(t) ?? e(value.id)):** \(e(GuideTextRenderer.describe(result, lang)))\n"
            if let reading = value.interpretation {
                out += "  - _\(Interpretation.line(reading, lang, fallback: source))_\n"
            }
        }
        if !r.steps.isEmpty {
            out += "\n## \(Vocabulary.steps.in(lang))\n\n"
            for (i, line) in r.steps.enumerated() {
                out += "\(i + 1). \(e(line.text.shown)) _(\(Vocabulary.source.in(lang)): \(e(line.step.source)))_\n"
                if let role = line.contact.role {
                    out +=
                        "   - \(Vocabulary.role.in(lang).capitalizedFirst): \(Markdown.escape(role.name.resolve(lang, fallback: source)))"
                        + Markdown.escape(StepContacts.text(line.contact, lang, source)) + "\n"
                }
                if let reading = line.step.interpretation {
                    out += "   - _\(Interpretation.line(reading, lang, fallback: source))_\n"
                }
            }
        }
        for (template, text) in r.texts {
            out += "\n## \(e(r.heading(of: template)))\n\n```text\n\(text.shown)\n```\n"
        }
        let missing = r.unfilled
        if !missing.isEmpty {
            out += "\n## \(Vocabulary.stillMissing.in(lang))\n\n"
            for fact in missing {
                out += "- \(t(fact.label)) (`\(e(r.flag(for: fact)))`)\n"
            }
        }
        return out
    }
}

extension String {
    /// "Label: rest" → "**Label:** rest".
    func replacingFirst(_ separator: String, with replacement: String, bold: Bool) -> String {
        guard let range = range(of: separator) else { return self }
        let label = self[..<range.lowerBound]
        return (bold ? "**\(label):**" : "\(label):") + " " + self[range.upperBound...]
    }
}
