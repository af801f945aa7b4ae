/// `govctl show ID`: one procedure, readable, or as JSON. In the text form everything from the file is printed
/// through `TextEscaping.line`.
package enum ProcedureRenderer {
    package static func text(_ p: Procedure, language: Language?, today: LocalTime) -> String {
        let d = p.document
        let lang = language ?? d.language
        let e = TextEscaping.line
        func t(_ text: LocalizedText?) -> String { e(text?.resolve(lang, fallback: d.language) ?? "") }
        var out = "\(t(d.title))\n"
        var meta: [(String, String)] = [("id", p.id)]
        if let type = d.documentType { meta.append(("type", t(type))) }
        if let id = d.documentId { meta.append(("document id", id)) }
        meta.append(("organisation", d.organisation))
        meta.append(("language", d.language.rawValue))
        if let v = d.version { meta.append(("version", v)) }
        if let a = d.approved { meta.append(("approved", a.description + (d.approvedBy.map { " (\($0))" } ?? ""))) }
        if let f = d.validFrom { meta.append(("valid from", f.description)) }
        meta.append(("valid until", d.validUntil?.description ?? Vocabulary.notStated.in(lang)))
        meta.append(("status", CatalogRenderer.status(p, today)))
        if let o = d.owner { meta.append(("owner", o)) }
        if let a = d.author { meta.append(("author", a)) }
        meta.append(("source file", d.sourceFile))
        meta.append(("time zone", d.timeZone))
        let width = meta.map(\.0.count).max() ?? 0
        for (key, value) in meta {
            out += "  \(key):" + String(repeating: " ", count: width - key.count + 1) + e(value) + "\n"
        }
        for note in d.notes { out += "  note: \(t(note))\n" }
        if let reading = d.interpretation { out += "  \(Interpretation.line(reading, lang, fallback: d.language))\n" }
        if !d.outline.isEmpty {
            let notCarried = d.outline.filter { $0.notCarried != nil }.count
            out += "  outline: \(d.outline.count) sections, \(notCarried) not carried (govctl trace \(e(p.id)))\n"
        }
        if !p.systems.isEmpty {
            out += "\nSystems\n"
            for s in p.systems {
                let crit = s.criticality.map { ", criticality \($0)" } ?? ""
                let aliases = s.aliases.isEmpty ? "" : " (also: \(s.aliases.map(e).joined(separator: ", ")))"
                out += "  \(e(s.name))\(aliases)\(crit)  [\(e(s.source))]\n"
                if let reading = s.interpretation {
                    out += "    (\(Interpretation.line(reading, lang, fallback: d.language)))\n"
                }
            }
        }
        if !p.roles.isEmpty {
            out += "\nRoles\n"
            for r in p.roles {
                let holders =
                    r.holders.isEmpty
                    ? "(\(Vocabulary.notStated.in(lang)))" : r.holders.map { e($0.name) }.joined(separator: "; ")
                out += "  \(t(r.name)): \(holders)\n"
            }
        }
        if !p.routes.isEmpty {
            out += "\nRoutes\n"
            for r in p.routes {
                let lookup = RouteLookup.command(r, in: p).map { " (\(e($0)))" } ?? ""
                out += "  \(e(r.id)): \(t(r.title))\(lookup)  [\(e(r.source))]\n"
            }
        }
        if !p.guides.isEmpty {
            out += "\nGuides\n"
            for g in p.guides {
                let purpose = g.purpose.map { " (used by govctl \($0))" } ?? ""
                out += "  \(e(g.id)): \(t(g.title)), \(g.steps.count) steps\(e(purpose))\n"
            }
        }
        if !p.budgets.isEmpty {
            out += "\nBudgets\n"
            for b in p.budgets { out += "  \(e(b.id)): \(t(b.title)), \(b.lines.count) lines\n" }
        }
        out += "\nTests: \(p.tests.count)\n"
        return out
    }

    package static func json(_ p: Procedure, today: LocalTime) -> String {
        let d = p.document
        func text(_ t: LocalizedText?) -> JSONValue {
            guard let t else { return .null }
            return .object(
                JSONObject(Language.allCases.compactMap { l in t[l].map { (l.rawValue, JSONValue.string($0)) } }))
        }
        let object = JSONObject([
            ("id", .string(p.id)), ("file", .string(p.file)), ("document", DocumentJSON.value(p, today: today)),
            ("notes", .array(d.notes.map(text))),
            ("interpretation", text(d.interpretation)),
            ("systems", .array(p.systems.map { $0.factValue })),
            (
                "roles",
                .array(
                    p.roles.map { r in
                        .object(
                            JSONObject([
                                ("id", .string(r.id)), ("name", text(r.name)),
                                ("holders", .array(r.holders.map { .string($0.name) })),
                                ("source", .string(r.source)),
                            ]))
                    })
            ),
            (
                "routes",
                .array(
                    p.routes.map { r in
                        .object(
                            JSONObject([
                                ("id", .string(r.id)), ("title", text(r.title)),
                                ("lookup", RouteLookup.command(r, in: p).map(JSONValue.string) ?? .null),
                                ("source", .string(r.source)),
                            ]))
                    })
            ),
            (
                "guides",
                .array(
                    p.guides.map { g in
                        .object(
                            JSONObject([
                                ("id", .string(g.id)), ("title", text(g.title)),
                                ("purpose", g.purpose.map(JSONValue.string) ?? .null),
                                ("steps", .number(Double(g.steps.count))),
                            ]))
                    })
            ),
            ("budgets", .array(p.budgets.map { .string($0.id) })),
            ("tests", .number(Double(p.tests.count))),
        ])
        return JSONWriter.pretty(.object(object)) + "\n"
    }
}
