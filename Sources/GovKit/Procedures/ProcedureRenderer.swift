/// `govctl show ID`: one procedure, readable (text and Markdown, both written from `ProcedureDocument`), or as JSON.
package enum ProcedureRenderer {
    package static func text(_ p: Procedure, language: Language?, today: LocalTime) -> String {
        TextWriter.write(ProcedureDocument.document(p, language: language, today: today))
    }

    package static func markdown(_ p: Procedure, language: Language?, today: LocalTime) -> String {
        MarkdownWriter.write(ProcedureDocument.document(p, language: language, today: today))
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
