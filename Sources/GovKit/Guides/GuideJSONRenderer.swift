/// Renders a guide's result as JSON for scripts. A step or text with a blank is `null` (no marked blanks in JSON);
/// `missing` lists each fact still to give with its label and the flag that gives it.
package enum GuideJSONRenderer {
    package static func value(_ r: GuideResult) -> JSONValue {
        let lang = r.language
        let source = r.procedure.document.language
        var object = JSONObject()
        object["procedure"] = .string(r.procedure.id)
        object["guide"] = .string(r.guide.id)
        object["title"] = .string(r.guide.title.resolve(lang, fallback: source))
        object["language"] = .string(lang.rawValue)
        object["document"] = DocumentJSON.value(r.procedure, today: r.now)
        object["system"] = r.system?.factValue ?? .null
        object["now"] = .string(r.now.iso)
        object["derived"] = .object(JSONObject(r.derived.map { ($0.0.id, $0.1) }))
        // Every fact the guide asks for: the value the answer used (what was given, or a default), else null.
        object["facts"] = .object(
            JSONObject(
                r.guide.facts.filter { $0.value == nil }.map { fact in
                    if let date = r.times[fact.id] { return (fact.id, .string(r.clock.local(date).iso)) }
                    return (fact.id, r.data[fact.id] ?? .null)
                }))
        object["steps"] = .array(
            r.steps.map { line in
                let step = line.step
                return .object(
                    JSONObject([
                        ("id", .string(step.id)), ("text", line.text.complete.map(JSONValue.string) ?? .null),
                        ("role", step.role.map(JSONValue.string) ?? .null),
                        // The role's own contacts ([] where the source gives none); null for a step without a role.
                        (
                            "contacts",
                            line.contact.role == nil
                                ? .null
                                : .array(line.contact.contacts.map { OwnershipJSONRenderer.contact($0, lang, source) })
                        ),
                        ("source", .string(step.source)),
                        (
                            "interpretation",
                            step.interpretation.map { .string($0.resolve(lang, fallback: source)) } ?? .null
                        ),
                    ]))
            })
        // govctl's readings of the values derived, by id (a fact's reading is under it in `missing`, where the
        // other faces show it).
        let readings = r.derived.compactMap { value, _ in
            value.interpretation.map { (value.id, JSONValue.string($0.resolve(lang, fallback: source))) }
        }
        if !readings.isEmpty { object["interpretations"] = .object(JSONObject(readings)) }
        object["texts"] = .object(
            JSONObject(r.texts.map { template, text in (template.id, text.complete.map(JSONValue.string) ?? .null) }))
        object["missing"] = .array(
            r.unfilled.map { fact in
                .object(
                    JSONObject([
                        ("id", .string(fact.id)), ("label", .string(fact.label.resolve(lang, fallback: source))),
                        ("flag", .string(r.flag(for: fact))), ("required", .bool(fact.required)),
                        (
                            "interpretation",
                            fact.interpretation.map { .string($0.resolve(lang, fallback: source)) } ?? .null
                        ),
                    ]))
            })
        return .object(object)
    }

    package static func render(_ r: GuideResult) -> String { JSONWriter.pretty(value(r)) + "\n" }
}

/// A procedure's document metadata as JSON.
enum DocumentJSON {
    static func value(_ p: Procedure, today: LocalTime) -> JSONValue {
        let d = p.document
        let expired =
            d.validUntil.map { $0 < CalendarDate(year: today.year, month: today.month, day: today.day) } ?? false
        func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object(
            JSONObject([
                ("title", .string(d.title.resolve(d.language, fallback: d.language))),
                ("documentId", opt(d.documentId)), ("organisation", .string(d.organisation)),
                ("language", .string(d.language.rawValue)), ("version", opt(d.version)),
                ("approved", opt(d.approved?.description)), ("validFrom", opt(d.validFrom?.description)),
                ("validUntil", opt(d.validUntil?.description)),
                (
                    "status",
                    .string(d.validUntil == nil ? "not-stated" : expired ? "expired" : "valid")
                ),
                ("sourceFile", .string(d.sourceFile)), ("timeZone", .string(d.timeZone)),
            ]))
    }
}
