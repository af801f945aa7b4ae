/// `govctl who-owns --format markdown`: the roles, routes or a person's roles as Markdown (for a wiki page, a chat
/// message or a ticket comment), in the style of the guides' Markdown.
package enum OwnershipMarkdownRenderer {
    package static func roles(
        _ system: SystemEntry, _ entries: [Ownership.Entry], language: Language?, today: LocalTime
    ) -> String {
        var out = header(system, entries.first?.procedure, language, today)
        for entry in entries { out += "\n" + role(entry, language) }
        return out
    }

    package static func routes(
        _ system: SystemEntry, task: String, _ entries: [Ownership.RouteEntry], language: Language?, today: LocalTime
    ) -> String {
        var out = header(system, entries.first?.procedure, language, today)
        for entry in entries {
            let source = entry.procedure.document.language
            let lang = language ?? source
            let t = { (text: LocalizedText) in Markdown.escape(text.resolve(lang, fallback: source)) }
            out += "\n## \(Vocabulary.task.in(lang)): \(t(entry.route.title))\n\n"
            out +=
                "\(t(entry.route.text)) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(entry.route.source)))_\n\n"
            if let role = entry.role {
                let holders =
                    role.holders.isEmpty
                    ? Vocabulary.noHolder.in(lang) : role.holders.map(\.name).joined(separator: "; ")
                out += "- **\(t(role.name)):** \(Markdown.escape(holders))\n"
                out += contacts(role.contacts, lang, source)
            }
            out += contacts(entry.route.contacts, lang, source)
        }
        return out
    }

    package static func person(
        _ name: String, _ found: [(Ownership.Entry, Holder)], _ mentions: [DocumentMention], language: Language?
    ) -> String {
        var out = found.isEmpty ? "" : "# \(Vocabulary.heldBy.in(language ?? .en)) '\(Markdown.escape(name))'\n"
        for (entry, holder) in found {
            let source = entry.procedure.document.language
            let lang = language ?? source
            let systems =
                entry.role.systems.isEmpty
                ? entry.procedure.systems.map(\.name)
                : entry.role.systems.compactMap { id in entry.procedure.systems.first { $0.id == id }?.name ?? id }
            out +=
                "\n## \(Markdown.escape(entry.role.name.resolve(lang, fallback: source))) — \(Markdown.escape(holder.name))\n\n"
            out += "- **\(Vocabulary.system.in(lang)):** \(Markdown.escape(systems.joined(separator: ", ")))\n"
            out +=
                "- **\(Vocabulary.document.in(lang)):** \(Markdown.escape(entry.procedure.document.title.resolve(lang, fallback: source)))"
                + " _(\(Vocabulary.source.in(lang)): \(Markdown.escape(entry.role.source)))_\n"
        }
        if !mentions.isEmpty {
            out +=
                (out.isEmpty ? "" : "\n") + "# \(Vocabulary.namedInDocuments.in(language ?? .en)) "
                + "'\(Markdown.escape(name))'\n"
            for mention in mentions {
                let d = mention.procedure.document
                let lang = language ?? d.language
                let id = d.documentId.map { ", \($0)" } ?? ""
                out += "\n## \(Markdown.escape(mention.name)) — \(Markdown.escape(mention.field.phrase(lang)))\n\n"
                out +=
                    "- **\(Vocabulary.document.in(lang)):** "
                    + Markdown.escape(d.title.resolve(lang, fallback: d.language) + id) + "\n"
            }
        }
        return out
    }

    static func header(_ system: SystemEntry, _ procedure: Procedure?, _ language: Language?, _ today: LocalTime)
        -> String
    {
        let lang = language ?? procedure?.document.language ?? .en
        var out =
            "# \(Markdown.escape(system.name))" + (system.organisation.map { " — \(Markdown.escape($0))" } ?? "")
            + "\n\n"
        if let procedure {
            out +=
                "- "
                + Markdown.escape(DocumentLine.render(procedure, language: lang, today: today)).replacingFirst(
                    ": ", with: ": ", bold: true) + "\n"
        }
        return out
    }

    static func role(_ entry: Ownership.Entry, _ language: Language?) -> String {
        let source = entry.procedure.document.language
        let lang = language ?? source
        let r = entry.role
        func t(_ text: LocalizedText) -> String { Markdown.escape(text.resolve(lang, fallback: source)) }
        let holders =
            r.holders.isEmpty
            ? "_\(Vocabulary.noHolder.in(lang))_"
            : r.holders.map { Markdown.escape($0.name) + ($0.title.map { " (\(t($0)))" } ?? "") }.joined(
                separator: "; ")
        var out = "## \(t(r.name))\n\n- **\(Vocabulary.holder.in(lang)):** \(holders)\n"
        if let members = r.members { out += "- **\(Vocabulary.members.in(lang).capitalizedFirst):** \(t(members))\n" }
        if let frequency = r.frequency {
            out += "- **\(Vocabulary.frequency.in(lang).capitalizedFirst):** \(t(frequency))\n"
        }
        if let convenedBy = r.convenedBy {
            out += "- **\(Vocabulary.convenedBy.in(lang).capitalizedFirst):** \(t(convenedBy))\n"
        }
        out += contacts(r.contacts, lang, source)
        out += "- _\(Vocabulary.source.in(lang)): \(Markdown.escape(r.source))_\n"
        if !r.duties.isEmpty {
            out += "\n"
            for duty in r.duties {
                out += "- \(t(duty.text)) _(\(Vocabulary.source.in(lang)): \(Markdown.escape(duty.source)))_\n"
            }
        }
        return out
    }

    static func contacts(_ contacts: [Contact], _ lang: Language, _ source: Language) -> String {
        contacts.map { contact in
            var line =
                "- **\(OwnershipTextRenderer.kind(contact.kind).in(lang).capitalizedFirst):** \(Markdown.escape(contact.value))"
            if let label = contact.label { line += " (\(Markdown.escape(label.resolve(lang, fallback: source))))" }
            if let hours = contact.hours {
                line +=
                    " [\(Markdown.escape(hours.from))–\(Markdown.escape(hours.to))"
                    + (hours.note.map { ", \(Markdown.escape($0.resolve(lang, fallback: source)))" } ?? "") + "]"
            }
            return line + "\n"
        }.joined()
    }
}
