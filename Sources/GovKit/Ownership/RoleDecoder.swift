/// Decodes roles, holders, contacts, duties and routes.
enum RoleDecoder {
    static func decodeRole(_ node: JSONNode, sink: DiagnosticSink) -> Role? {
        var r = ObjectReader(node, what: "a role", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let systems = r.strings("systems")
        let name = r.text("name", required: true)
        let aliases = r.strings("aliases")
        let holders = r.array("holders") { node, sink in decodeHolder(node, sink: sink) }
        let flag = r.bool("holderNotNamed")
        let holderNotNamed = flag ?? false
        if holderNotNamed, !holders.isEmpty, let node = r.node("holderNotNamed") {
            sink.error(
                .invalidValue, at: node.offset, "'holderNotNamed' is true, but the role lists holders",
                hint: "remove \"holderNotNamed\", or the holders the source does not name")
        }
        if flag == false, let node = r.node("holderNotNamed") {
            sink.error(
                .invalidValue, at: node.offset, "'holderNotNamed' is false; it is written only as true",
                hint: "leave \"holderNotNamed\" out where the source names a holder")
        }
        let contacts = r.array("contacts") { node, sink in decodeContact(node, sink: sink) }
        let duties = r.array("duties") { node, sink in decodeDuty(node, sink: sink) }
        let members = r.text("members")
        let frequency = r.text("frequency")
        let convenedBy = r.text("convenedBy")
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        r.finish()
        guard let id, let name, let source else { return nil }
        var role = Role(
            offset: node.offset, id: id, systems: systems, name: name, aliases: aliases, holders: holders,
            contacts: contacts,
            duties: duties, members: members, frequency: frequency, convenedBy: convenedBy, source: source,
            interpretation: interpretation)
        role.holderNotNamed = holderNotNamed
        return role
    }

    static func decodeHolder(_ node: JSONNode, sink: DiagnosticSink) -> Holder? {
        var r = ObjectReader(node, what: "a holder", sink: sink)
        guard r.isObject else { return nil }
        let name = r.string("name", required: true)
        let title = r.text("title")
        let kind = enumValue(&r, "kind", Holder.Kind.self, required: true)
        r.finish()
        guard let name, let kind else { return nil }
        return Holder(name: name, title: title, kind: kind)
    }

    static func decodeContact(_ node: JSONNode, sink: DiagnosticSink) -> Contact? {
        var r = ObjectReader(node, what: "a contact", sink: sink)
        guard r.isObject else { return nil }
        let kind = enumValue(&r, "kind", Contact.Kind.self, required: true)
        let value = r.string("value", required: true)
        let label = r.text("label")
        let hours = r.node("hours").flatMap { decodeHours($0, sink: sink) }
        r.finish()
        guard let kind, let value else { return nil }
        return Contact(kind: kind, value: value, label: label, hours: hours)
    }

    static func decodeHours(_ node: JSONNode, sink: DiagnosticSink) -> OpeningHours? {
        var r = ObjectReader(node, what: "'hours'", sink: sink)
        guard r.isObject else { return nil }
        let from = clock(&r, "from")
        let to = clock(&r, "to")
        let note = r.text("note")
        r.finish()
        guard let from, let to else { return nil }
        return OpeningHours(from: from, to: to, note: note)
    }

    static func clock(_ r: inout ObjectReader, _ key: StaticString) -> String? {
        r.parsed(key, required: true, as: "a clock time", hint: { _ in "write HH:MM in 24-hour time, e.g. \"09:00\"" })
        { text in
            let parts = text.split(separator: ":")
            guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]),
                let m = Int(parts[1]),
                (0...23).contains(h) && (0...59).contains(m) || h == 24 && m == 0
            else { return nil }
            return text
        }
    }

    static func decodeDuty(_ node: JSONNode, sink: DiagnosticSink) -> Duty? {
        var r = ObjectReader(node, what: "a duty", sink: sink)
        guard r.isObject else { return nil }
        let text = r.text("text", required: true)
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        r.finish()
        guard let text, let source else { return nil }
        return Duty(text: text, source: source, interpretation: interpretation)
    }

    static func decodeRoute(_ node: JSONNode, sink: DiagnosticSink) -> Route? {
        var r = ObjectReader(node, what: "a route", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let systems = r.strings("systems")
        let keywords = r.strings("keywords")
        let title = r.text("title", required: true)
        let role = r.string("role")
        let text = r.text("text", required: true)
        let contacts = r.array("contacts") { node, sink in decodeContact(node, sink: sink) }
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        r.finish()
        guard let id, let title, let text, let source else { return nil }
        return Route(
            offset: node.offset, id: id, systems: systems, keywords: keywords, title: title, role: role, text: text,
            contacts: contacts, source: source, interpretation: interpretation)
    }

    /// A string that must be one of an enumeration's raw values.
    static func enumValue<E: RawRepresentable & CaseIterable>(
        _ r: inout ObjectReader, _ key: StaticString, _ type: E.Type,
        required: Bool = false
    ) -> E? where E.RawValue == String {
        r.parsed(
            key, required: required, as: "a valid '\(key)'",
            hint: { text in
                let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                let suggestion = Suggestions.closest(to: text, among: E.allCases.map(\.rawValue))
                return (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "allowed: \(allowed)"
            }, E.init(rawValue:))
    }
}
