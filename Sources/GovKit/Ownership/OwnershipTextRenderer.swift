/// `govctl who-owns` for people: roles with holders, contacts, duties and source sections; routes for a task.
/// Everything from the procedure file is printed through `TextEscaping.line`.
package enum OwnershipTextRenderer {
    static let e = TextEscaping.line

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
            let lang = language ?? entry.procedure.document.language
            let t = { (text: LocalizedText) in e(text.resolve(lang, fallback: entry.procedure.document.language)) }
            out += "\n\(Vocabulary.task.in(lang)): \(t(entry.route.title))  [\(e(entry.route.source))]\n"
            out += "  \(t(entry.route.text))\n"
            if let reading = entry.route.interpretation {
                out += "  (\(Interpretation.line(reading, lang, fallback: entry.procedure.document.language)))\n"
            }
            if let role = entry.role {
                let holders =
                    role.holders.isEmpty
                    ? Vocabulary.noHolder.in(lang) : role.holders.map { e($0.name) }.joined(separator: "; ")
                out += "  \(t(role.name)): \(holders)\n"
                out += contacts(role.contacts, lang, entry.procedure.document.language)
            }
            out += contacts(entry.route.contacts, lang, entry.procedure.document.language)
        }
        return out
    }

    package static func person(
        _ name: String, _ found: [(Ownership.Entry, Holder)], _ mentions: [DocumentMention], language: Language?
    ) -> String {
        var out = found.isEmpty ? "" : "\(Vocabulary.heldBy.in(language ?? .en)) '\(e(name))'\n"
        for (entry, holder) in found {
            let lang = language ?? entry.procedure.document.language
            let source = entry.procedure.document.language
            let systems =
                entry.role.systems.isEmpty
                ? entry.procedure.systems.map(\.name)
                : entry.role.systems.compactMap { id in
                    entry.procedure.systems.first { $0.id == id }?.name ?? id
                }
            out += "\n\(e(entry.role.name.resolve(lang, fallback: source))) — \(e(holder.name))\n"
            out +=
                "  \(Vocabulary.system.in(lang)): \(systems.map(e).joined(separator: ", ")); \(e(entry.procedure.document.title.resolve(lang, fallback: source)))  [\(e(entry.role.source))]\n"
        }
        if !mentions.isEmpty {
            out += (out.isEmpty ? "" : "\n") + "\(Vocabulary.namedInDocuments.in(language ?? .en)) '\(e(name))'\n"
            for mention in mentions {
                let d = mention.procedure.document
                let lang = language ?? d.language
                let id = d.documentId.map { ", \($0)" } ?? ""
                out += "\n\(e(mention.name)) — \(mention.field.phrase(lang))\n"
                out += "  \(Vocabulary.document.in(lang)): \(e(d.title.resolve(lang, fallback: d.language)))\(e(id))"
                out += " (govctl show \(e(mention.procedure.id)))\n"
            }
        }
        return out
    }

    static func header(_ system: SystemEntry, _ procedure: Procedure?, _ language: Language?, _ today: LocalTime)
        -> String
    {
        let lang = language ?? procedure?.document.language ?? .en
        var out = e(system.name) + (system.organisation.map { " — \(e($0))" } ?? "") + "\n"
        if let reading = system.interpretation {
            out += "(\(Interpretation.line(reading, lang, fallback: procedure?.document.language ?? lang)))\n"
        }
        if let procedure { out += DocumentLine.render(procedure, language: lang, today: today) + "\n" }
        return out
    }

    static func role(_ entry: Ownership.Entry, _ language: Language?) -> String {
        let source = entry.procedure.document.language
        let lang = language ?? source
        let r = entry.role
        func t(_ text: LocalizedText) -> String { e(text.resolve(lang, fallback: source)) }
        let holders =
            r.holders.isEmpty
            ? "(\(Vocabulary.noHolder.in(lang)))"
            : r.holders.map { e($0.name) + ($0.title.map { " (\(t($0)))" } ?? "") }.joined(separator: "; ")
        var out = "\(t(r.name)): \(holders)  [\(e(r.source))]\n"
        if let reading = r.interpretation { out += "  (\(Interpretation.line(reading, lang, fallback: source)))\n" }
        if let members = r.members { out += "  \(Vocabulary.members.in(lang)): \(t(members))\n" }
        if let frequency = r.frequency { out += "  \(Vocabulary.frequency.in(lang)): \(t(frequency))\n" }
        if let convenedBy = r.convenedBy { out += "  \(Vocabulary.convenedBy.in(lang)): \(t(convenedBy))\n" }
        out += contacts(r.contacts, lang, source)
        for duty in r.duties {
            out += "  - \(t(duty.text))  [\(e(duty.source))]\n"
            if let reading = duty.interpretation {
                out += "    (\(Interpretation.line(reading, lang, fallback: source)))\n"
            }
        }
        return out
    }

    static func contacts(_ contacts: [Contact], _ lang: Language, _ source: Language) -> String {
        contacts.map { contact in
            var line = "  \(kind(contact.kind).in(lang)): \(e(contact.value))"
            if let label = contact.label { line += " (\(e(label.resolve(lang, fallback: source))))" }
            if let hours = contact.hours {
                line +=
                    " [\(e(hours.from))–\(e(hours.to))"
                    + (hours.note.map { ", \(e($0.resolve(lang, fallback: source)))" } ?? "") + "]"
            }
            return line + "\n"
        }.joined()
    }

    static func kind(_ kind: Contact.Kind) -> Vocabulary {
        switch kind {
        case .email: return .email
        case .phone: return .phone
        case .portal: return .portal
        case .web: return .web
        case .other: return .other
        }
    }
}
