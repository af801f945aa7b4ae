/// Turns a parsed procedure file into a `Procedure`, reporting every problem it finds.
enum ProcedureDecoder {
    static let supportedSchemaVersion = 1

    static func decode(_ root: JSONNode, sink: DiagnosticSink) -> Procedure? {
        var r = ObjectReader(root, what: "the procedure file", sink: sink)
        guard r.isObject else { return nil }
        _ = r.string("$schema")
        let version = r.int("schemaVersion", required: true)
        if let version, version != supportedSchemaVersion {
            sink.error(
                .schemaVersion, at: r.node("schemaVersion")?.offset,
                "schemaVersion \(version) is not supported by this govctl",
                hint: "this govctl reads schemaVersion \(supportedSchemaVersion); upgrade govctl or convert the file")
        }
        let id = r.identifier("id")
        let document = r.node("document", required: true).flatMap { decodeDocument($0, sink: sink) }
        sink.language = document?.language
        let reviewed = r.node("reviewed").flatMap { ReviewRecordDecoder.decode($0, sink: sink) }
        let systems = r.array("systems") { node, sink in decodeSystem(node, sink: sink) }
        let roles = r.array("roles") { node, sink in RoleDecoder.decodeRole(node, sink: sink) }
        let routes = r.array("routes") { node, sink in RoleDecoder.decodeRoute(node, sink: sink) }
        let guides = r.array("guides") { node, sink in GuideDecoder.decode(node, sink: sink) }
        let budgets = r.array("budgets") { node, sink in BudgetDecoder.decode(node, sink: sink) }
        let tests = r.array("tests") { node, sink in TestDecoder.decode(node, sink: sink) }
        r.finish()
        guard let version, let id, let document else { return nil }
        return Procedure(
            file: sink.source.path, schemaVersion: version, id: id, document: document, systems: systems,
            roles: roles, routes: routes, guides: guides, budgets: budgets, tests: tests,
            // Only the citation checks read them (`trace` reads the file again).
            citations: sink.checks.contains(.citations) ? CitationCollector.collect(root, detailed: false) : [],
            idOffset: r.node("id")?.offset, reviewed: reviewed)
    }

    static func decodeDocument(_ node: JSONNode, sink: DiagnosticSink) -> DocumentInfo? {
        var r = ObjectReader(node, what: "'document'", sink: sink)
        guard r.isObject else { return nil }
        var language: Language?
        if let code = r.string("language", required: true) {
            language = Language(rawValue: code)
            if language == nil || language == .en {
                sink.error(
                    .invalidValue, at: r.node("language")?.offset, "unknown source language '\(code)'",
                    hint: "use \"nb\" (Norwegian bokmål) or \"sv\" (Swedish)")
            }
        }
        sink.language = language
        let title = r.text("title", required: true)
        let documentType = r.text("documentType")
        let documentId = r.string("documentId")
        let organisation = r.string("organisation", required: true)
        let version = r.string("version")
        let approved = date(&r, "approved")
        let approvedBy = r.string("approvedBy")
        let validFrom = date(&r, "validFrom")
        let validUntil = date(&r, "validUntil")
        if let validFrom, let validUntil, validUntil < validFrom {
            sink.error(
                .datesOutOfOrder, at: r.node("validUntil")?.offset,
                "the document is valid until \(validUntil), before it is valid from \(validFrom)",
                hint: "correct 'validFrom' or 'validUntil' to what the document says; a document is valid from one "
                    + "date until a later one")
        }
        let owner = r.string("owner")
        let author = r.string("author")
        let sourceFile = r.string("sourceFile", required: true)
        let timeZone = r.string("timeZone", required: true)
        if let timeZone, !TimeZoneCheck.isKnownIdentifier(timeZone) {
            sink.error(
                .invalidValue, at: r.node("timeZone")?.offset, "unknown time zone '\(timeZone)'",
                hint: "use an IANA name such as \"Europe/Oslo\" or \"Europe/Stockholm\"")
        }
        let notes = r.array("notes") { node, sink in TextDecoder.decode(node, key: "notes", sink: sink) }
        let outline = r.array("outline") { node, sink in OutlineDecoder.decode(node, sink: sink) }
        let interpretation = r.interpretation()
        r.finish()
        guard let language, language != .en, let title, let organisation, let sourceFile, let timeZone else {
            return nil
        }
        return DocumentInfo(
            title: title, documentType: documentType, documentId: documentId, organisation: organisation,
            language: language, version: version, approved: approved, approvedBy: approvedBy,
            validFrom: validFrom, validUntil: validUntil, owner: owner, author: author, sourceFile: sourceFile,
            timeZone: timeZone, notes: notes, outline: outline, interpretation: interpretation)
    }

    static func date(_ r: inout ObjectReader, _ key: String) -> CalendarDate? {
        r.parsed(key, as: "a date", hint: { _ in "write dates as YYYY-MM-DD, e.g. \"2024-12-07\"" }, CalendarDate.init)
    }

    static func decodeSystem(_ node: JSONNode, sink: DiagnosticSink) -> SystemEntry? {
        var r = ObjectReader(node, what: "a system", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let name = r.string("name", required: true)
        let aliases = r.strings("aliases")
        let organisation = r.string("organisation")
        var criticality: Int?
        if let n = r.node("criticality"), case .null = n.kind {
            criticality = nil
        } else {
            criticality = r.int("criticality")
        }
        let description = r.text("description")
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        // Where each name is written, for the message when two systems answer to the same name.
        let aliasOffsets = r.node("aliases").map { $0.elements.filter { $0.stringValue != nil }.map(\.offset) } ?? []
        let nameOffsets = [r.node("id")?.offset ?? node.offset, r.node("name")?.offset ?? node.offset] + aliasOffsets
        r.finish()
        guard let id, let name, let source else { return nil }
        var system = SystemEntry(
            offset: node.offset, id: id, name: name, aliases: aliases, organisation: organisation,
            criticality: criticality,
            description: description, source: source, interpretation: interpretation)
        system.lookupNameOffsets = nameOffsets
        return system
    }
}
