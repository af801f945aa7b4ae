/// One section of a source document, as the document numbers and names it: what `source` citations point at.
package struct OutlineSection: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    /// The section's number or a short id where the document numbers nothing (`3.2`, `UTFØRELSE 2`, `titelblock`).
    package let id: String
    /// The heading exactly as the document writes it.
    package let title: String
    /// Why the data deliberately does not carry the section ("table of contents", "empty in the document", …);
    /// `nil` for a section the data carries (and so must cite).
    package let notCarried: LocalizedText?

    /// The names a citation may use for the section: its id, its heading, and "id heading" / "id. heading".
    package var names: [String] {
        var all = [id, title]
        if id != title { all += ["\(id) \(title)", "\(id). \(title)"] }
        return all
    }
}

/// Decodes a document's `outline`: `[{"id": "3.2", "title": "Finansiering"}, {…, "notCarried": {…}}]`.
enum OutlineDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> OutlineSection? {
        var r = ObjectReader(node, what: "an outline section", sink: sink)
        guard r.isObject else { return nil }
        let id = r.string("id", required: true)
        let title = r.string("title", required: true)
        let notCarried = r.text("notCarried")
        r.finish()
        guard let id, let title else { return nil }
        return OutlineSection(offset: node.offset, id: id, title: title, notCarried: notCarried)
    }
}
