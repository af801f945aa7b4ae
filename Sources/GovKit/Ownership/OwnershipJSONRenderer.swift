/// `govctl who-owns` for scripts.
package enum OwnershipJSONRenderer {
    package static func roles(_ system: SystemEntry, _ entries: [Ownership.Entry], language: Language?) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("system", system.factValue),
                    ("roles", .array(entries.map { role($0, language) })),
                ]))) + "\n"
    }

    package static func routes(
        _ system: SystemEntry, task: String, _ entries: [Ownership.RouteEntry], language: Language?
    ) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("system", system.factValue), ("task", .string(task)),
                    (
                        "routes",
                        .array(
                            entries.map { entry in
                                let lang = entry.procedure.document.language(for: language)
                                let source = entry.procedure.document.language
                                return .object(
                                    JSONObject([
                                        ("id", .string(entry.route.id)), ("procedure", .string(entry.procedure.id)),
                                        ("title", .string(entry.route.title.resolve(lang, fallback: source))),
                                        ("text", .string(entry.route.text.resolve(lang, fallback: source))),
                                        (
                                            "role",
                                            entry.role.map {
                                                role(Ownership.Entry(role: $0, procedure: entry.procedure), language)
                                            } ?? .null
                                        ),
                                        ("contacts", .array(entry.route.contacts.map { contact($0, lang, source) })),
                                        ("source", .string(entry.route.source)),
                                        ("interpretation", t(entry.route.interpretation, lang, source)),
                                    ]))
                            })
                    ),
                ]))) + "\n"
    }

    package static func person(
        _ name: String, _ found: [(Ownership.Entry, Holder)], _ mentions: [DocumentMention], _ named: [TextMention],
        language: Language?
    ) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("person", .string(name)),
                    (
                        "roles",
                        .array(
                            found.map { entry, holder in
                                guard case .object(var object) = role(entry, language) else { return .null }
                                object["holder"] = .string(holder.name)
                                object["procedure"] = .string(entry.procedure.id)
                                return .object(object)
                            })
                    ),
                    (
                        "documents",
                        .array(
                            mentions.map { mention in
                                let d = mention.procedure.document
                                return .object(
                                    JSONObject([
                                        ("name", .string(mention.name)), ("field", .string(mention.field.rawValue)),
                                        ("procedure", .string(mention.procedure.id)),
                                        ("documentId", d.documentId.map(JSONValue.string) ?? .null),
                                        (
                                            "title",
                                            .string(d.title.resolve(language ?? d.language, fallback: d.language))
                                        ),
                                    ]))
                            })
                    ),
                    (
                        "namedInText",
                        .array(
                            named.map { mention in
                                let d = mention.procedure.document
                                let lang = d.language(for: language)
                                return .object(
                                    JSONObject([
                                        ("procedure", .string(mention.procedure.id)),
                                        ("entry", .string(mention.entry.resolve(lang, fallback: d.language))),
                                        ("text", .string(mention.text.resolve(lang, fallback: d.language))),
                                        ("source", mention.source.map(JSONValue.string) ?? .null),
                                    ]))
                            })
                    ),
                ]))) + "\n"
    }

    static func role(_ entry: Ownership.Entry, _ language: Language?) -> JSONValue {
        let source = entry.procedure.document.language
        let lang = entry.procedure.document.language(for: language)
        let r = entry.role
        func t(_ text: LocalizedText?) -> JSONValue {
            text.map { .string($0.resolve(lang, fallback: source)) } ?? .null
        }
        return .object(
            JSONObject([
                ("id", .string(r.id)), ("name", t(r.name)), ("systems", .array(r.systems.map(JSONValue.string))),
                ("holderStated", .bool(!r.holders.isEmpty)),
                (
                    "holders",
                    .array(
                        r.holders.map {
                            .object(
                                JSONObject([
                                    ("name", .string($0.name)), ("title", t($0.title)),
                                    ("kind", .string($0.kind.rawValue)),
                                ]))
                        })
                ),
                // The role's own contacts; `contactStated` false where the source gives none (as `holderStated`).
                ("contactStated", .bool(!r.contacts.isEmpty)),
                ("contacts", .array(r.contacts.map { contact($0, lang, source) })),
                (
                    "duties",
                    .array(
                        r.duties.map {
                            .object(
                                JSONObject([
                                    ("text", t($0.text)), ("source", .string($0.source)),
                                    ("interpretation", t($0.interpretation)),
                                ]))
                        })
                ),
                ("members", t(r.members)), ("frequency", t(r.frequency)), ("convenedBy", t(r.convenedBy)),
                ("source", .string(r.source)), ("interpretation", t(r.interpretation)),
            ]))
    }

    /// A text in `lang`, or `null`.
    static func t(_ text: LocalizedText?, _ lang: Language, _ source: Language) -> JSONValue {
        text.map { .string($0.resolve(lang, fallback: source)) } ?? .null
    }

    static func contact(_ c: Contact, _ lang: Language, _ source: Language) -> JSONValue {
        .object(
            JSONObject([
                ("kind", .string(c.kind.rawValue)), ("value", .string(c.value)),
                ("label", c.label.map { .string($0.resolve(lang, fallback: source)) } ?? .null),
                (
                    "hours",
                    c.hours.map {
                        .object(
                            JSONObject([
                                ("from", .string($0.from)), ("to", .string($0.to)),
                                ("note", $0.note.map { .string($0.resolve(lang, fallback: source)) } ?? .null),
                            ]))
                    } ?? .null
                ),
            ]))
    }
}
