/// `govctl show --format markdown`: one procedure's document, systems, roles, guides and budgets as Markdown.
package enum ProcedureMarkdownRenderer {
    package static func render(_ p: Procedure, language: Language?, today: LocalTime) -> String {
        let d = p.document
        let lang = language ?? d.language
        func t(_ text: LocalizedText?) -> String { Markdown.escape(text?.resolve(lang, fallback: d.language) ?? "") }
        let notStated = "_\(Vocabulary.notStated.in(lang))_"
        var out = "# \(t(d.title))\n\n"
        var meta: [(Vocabulary, String)] = [(.documentType, d.documentType.map(t) ?? notStated)]
        meta.append((.documentId, d.documentId.map(Markdown.escape) ?? notStated))
        meta.append((.organisation, Markdown.escape(d.organisation)))
        meta.append((.language, Vocabulary.languageName.in(d.language)))
        meta.append((.version, d.version.map(Markdown.escape) ?? notStated))
        meta.append(
            (
                .approved,
                d.approved.map { "\($0)" + (d.approvedBy.map { " (\(Markdown.escape($0)))" } ?? "") } ?? notStated
            ))
        meta.append((.validFrom, d.validFrom.map { "\($0)" } ?? notStated))
        meta.append((.validUntilLabel, d.validUntil.map { "\($0)" } ?? notStated))
        meta.append(
            (
                .status,
                DocumentStatus(d, today: CalendarDate(year: today.year, month: today.month, day: today.day)).word(lang)
            ))
        meta.append((.owner, d.owner.map(Markdown.escape) ?? notStated))
        meta.append((.author, d.author.map(Markdown.escape) ?? notStated))
        meta.append((.sourceFile, "`\(TextEscaping.line(d.sourceFile))`"))
        meta.append((.timeZone, Markdown.escape(d.timeZone)))
        out += "- **id:** `\(TextEscaping.line(p.id))`\n"
        for (label, value) in meta { out += "- **\(label.in(lang)):** \(value)\n" }
        for note in d.notes { out += "- **\(Vocabulary.notes.in(lang)):** \(t(note))\n" }
        if !p.systems.isEmpty {
            out += "\n## \(Vocabulary.systems.in(lang))\n\n"
            for s in p.systems {
                let aliases =
                    s.aliases.isEmpty
                    ? "" : " (\(Vocabulary.aliases.in(lang)): \(Markdown.escape(s.aliases.joined(separator: ", "))))"
                let criticality = s.criticality.map(String.init) ?? Vocabulary.notStated.in(lang)
                out +=
                    "- **\(Markdown.escape(s.name))**\(aliases), \(Vocabulary.criticality.in(lang)) \(criticality) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(s.source)))_\n"
            }
        }
        if !p.roles.isEmpty {
            out += "\n## \(Vocabulary.roles.in(lang))\n\n"
            for r in p.roles {
                let holders =
                    r.holders.isEmpty ? notStated : r.holders.map { Markdown.escape($0.name) }.joined(separator: "; ")
                out +=
                    "- **\(t(r.name)):** \(holders) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(r.source)))_\n"
            }
        }
        if !p.routes.isEmpty {
            out += "\n## \(Vocabulary.routes.in(lang))\n\n"
            for r in p.routes {
                var line = "- `\(TextEscaping.line(r.id))`: \(t(r.title))"
                if let command = RouteLookup.command(r, in: p) { line += " (`\(TextEscaping.line(command))`)" }
                line += " _(\(Vocabulary.source.in(lang)): \(Markdown.escape(r.source)))_\n"
                out += line
            }
        }
        if !p.guides.isEmpty {
            out += "\n## \(Vocabulary.guides.in(lang))\n\n"
            for g in p.guides {
                out +=
                    "- `\(TextEscaping.line(g.id))`: \(t(g.title)), \(g.steps.count) \(Vocabulary.steps.in(lang).lowercased())\n"
            }
        }
        if !p.budgets.isEmpty {
            out += "\n## \(Vocabulary.budget.in(lang))\n\n"
            for b in p.budgets {
                out += "- `\(TextEscaping.line(b.id))`: \(t(b.title)), \(MoneyFormat.swedish(b.total.value))\n"
            }
        }
        return out
    }
}
