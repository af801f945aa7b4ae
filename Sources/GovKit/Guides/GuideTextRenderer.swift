/// Renders a guide's result as text for a person at a terminal. Everything from the procedure file or the facts is
/// printed through `TextEscaping`: no control character reaches the terminal, and no value breaks its line.
package enum GuideTextRenderer {
    package static func render(_ r: GuideResult) -> String {
        let lang = r.language
        let source = r.procedure.document.language
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: source)) }
        let e = TextEscaping.line
        var out = t(r.guide.title) + "\n"
        out += DocumentLine.render(r.procedure, language: lang, today: r.now) + "\n"
        if let system = r.system {
            let criticality = system.criticality.map { " (\(Vocabulary.criticality.in(lang)) \($0))" } ?? ""
            out += "\(Vocabulary.system.in(lang)): \(e(system.name))\(criticality)\n"
        }
        out += "\(Vocabulary.now.in(lang)): \(r.now.calendarDate) \(r.now.clock) (\(r.procedure.document.timeZone))\n"
        let labelled = r.derived.filter { $0.0.label != nil }
        if !labelled.isEmpty {
            out += "\n\(Vocabulary.values.in(lang))\n"
            for (value, result) in labelled {
                out += "  \(value.label.map(t) ?? e(value.id)): \(e(describe(result, lang)))\n"
                if let reading = value.interpretation {
                    out += "    (\(Interpretation.line(reading, lang, fallback: source)))\n"
                }
            }
        }
        if !r.steps.isEmpty {
            out += "\n\(Vocabulary.steps.in(lang))\n"
            for (i, line) in r.steps.enumerated() {
                out += "  \(i + 1). \(TextEscaping.line(line.text.shown))\n"
                var meta = ["\(Vocabulary.source.in(lang)): \(e(line.step.source))"]
                if let role = line.contact.role {
                    meta.insert(
                        "\(Vocabulary.role.in(lang)): \(t(role.name))" + StepContacts.text(line.contact, lang, source),
                        at: 0)
                }
                out += "     [\(meta.joined(separator: "; "))]\n"
                if let reading = line.step.interpretation {
                    out += "     (\(Interpretation.line(reading, lang, fallback: source)))\n"
                }
            }
        }
        for (template, text) in r.texts {
            out += "\n\(e(r.heading(of: template)))\n"
            out +=
                text.shown.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  \($0)" }
                .joined(separator: "\n") + "\n"
        }
        let missing = r.unfilled
        if !missing.isEmpty {
            out += "\n\(Vocabulary.stillMissing.in(lang))\n"
            for fact in missing {
                out += "  - \(t(fact.label)) (\(e(r.flag(for: fact))))\n"
            }
        }
        return out
    }

    static func describe(_ value: JSONValue, _ lang: Language) -> String {
        switch value {
        case .bool(let b): return b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang)
        case .string(let s): return s
        case .null: return "–"
        default: return JSONWriter.compact(value)
        }
    }
}

/// The one-line description of a source document, with its validity.
enum DocumentLine {
    static func render(_ p: Procedure, language lang: Language, today: LocalTime) -> String {
        let d = p.document
        var parts = [TextEscaping.line(d.title.resolve(lang, fallback: d.language))]
        if let id = d.documentId { parts.append(TextEscaping.line(id)) }
        parts.append(TextEscaping.line(d.organisation))
        if let until = d.validUntil {
            let expired = until < CalendarDate(year: today.year, month: today.month, day: today.day)
            parts.append(
                "\(Vocabulary.validUntil.in(lang)) \(until)" + (expired ? " (\(Vocabulary.expired.in(lang)))" : ""))
        }
        return "\(Vocabulary.document.in(lang)): " + parts.joined(separator: ", ")
    }
}
