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
    /// The section's paragraphs as the document writes them (`paragraphs`), each a paragraph of running text or a
    /// list (or table) of items; `nil` where the file declares none: the section is then one paragraph, `¶1`.
    package let paragraphs: [OutlineParagraph]?

    package init(
        offset: Int, id: String, title: String, notCarried: LocalizedText?, paragraphs: [OutlineParagraph]? = nil
    ) {
        self.offset = offset
        self.id = id
        self.title = title
        self.notCarried = notCarried
        self.paragraphs = paragraphs
    }

    /// The names a citation may use for the section: its id, its heading, and "id heading" / "id. heading".
    package var names: [String] {
        var all = [id, title]
        if id != title { all += ["\(id) \(title)", "\(id). \(title)"] }
        return all
    }

    /// What coverage is counted in: each paragraph of running text, and each item of a list; a section that declares
    /// no paragraphs is one unit, `¶1`. A unit's reason for not being carried is its own, else its list's, else the
    /// section's.
    package var units: [ParagraphUnit] {
        guard let paragraphs else {
            return [ParagraphUnit(paragraph: 1, item: nil, opens: nil, notCarried: notCarried, offset: offset)]
        }
        var units: [ParagraphUnit] = []
        for (p, paragraph) in paragraphs.enumerated() {
            if paragraph.items.isEmpty {
                units.append(
                    ParagraphUnit(
                        paragraph: p + 1, item: nil, opens: paragraph.opens,
                        notCarried: paragraph.notCarried ?? notCarried, offset: paragraph.offset))
            }
            for (i, item) in paragraph.items.enumerated() {
                units.append(
                    ParagraphUnit(
                        paragraph: p + 1, item: i + 1, opens: item.opens,
                        notCarried: item.notCarried ?? paragraph.notCarried ?? notCarried, offset: item.offset))
            }
        }
        return units
    }
}

/// One paragraph of a section (`"paragraphs": ["Hjälpmedel avvaktar då …", {"items": […]}]`): its first words as the
/// document writes them, or the items of a list or the rows of a table.
package struct OutlineParagraph: Sendable {
    package let offset: Int
    /// The paragraph's first words, as the document writes them (a list may give its items only).
    package let opens: String?
    /// Why the data deliberately does not carry the paragraph (each of its items, for a list).
    package let notCarried: LocalizedText?
    /// A list's items or a table's rows, in the document's order; empty for running text.
    package let items: [OutlineItem]
}

/// One item of a list, or one row of a table.
package struct OutlineItem: Sendable {
    package let offset: Int
    /// The item's first words, as the document writes them.
    package let opens: String
    /// Why the data deliberately does not carry the item.
    package let notCarried: LocalizedText?
}

/// What coverage is counted in: a paragraph of running text (`¶2`), or an item of a list (`¶2.3`).
package struct ParagraphUnit: Sendable {
    /// The paragraph's number in its section, from 1.
    package let paragraph: Int
    /// The item's number in its list, from 1; `nil` for running text.
    package let item: Int?
    /// The first words, where the file gives them.
    package let opens: String?
    /// Why it is not carried: its own reason, its list's or its section's.
    package let notCarried: LocalizedText?
    /// Byte offset of its entry in the file, for messages.
    package let offset: Int

    /// `¶2`, `¶2.3`.
    package var label: String { "¶\(paragraph)" + (item.map { ".\($0)" } ?? "") }
}

/// Decodes a document's `outline`: `[{"id": "3.2", "title": "Finansiering"}, {…, "notCarried": {…}}]`.
enum OutlineDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> OutlineSection? {
        var r = ObjectReader(node, what: "an outline section", sink: sink)
        guard r.isObject else { return nil }
        let id = r.string("id", required: true)
        let title = r.string("title", required: true)
        let notCarried = r.text("notCarried")
        let paragraphs = r.has("paragraphs") ? r.array("paragraphs") { paragraph($0, sink: $1) } : nil
        r.finish()
        guard let id, let title else { return nil }
        return OutlineSection(
            offset: node.offset, id: id, title: title, notCarried: notCarried, paragraphs: paragraphs)
    }

    /// `"first words"`, or `{"opens": "first words", "notCarried": {…}}`, or `{"items": […], "notCarried": {…}}`.
    static func paragraph(_ node: JSONNode, sink: DiagnosticSink) -> OutlineParagraph? {
        if let opens = opening(node, what: "a paragraph", sink: sink) {
            return OutlineParagraph(offset: node.offset, opens: opens, notCarried: nil, items: [])
        }
        guard node.stringValue == nil else { return nil }
        var r = ObjectReader(node, what: "a paragraph", sink: sink)
        guard r.isObject else { return nil }
        let opens = r.string("opens")
        let notCarried = r.text("notCarried")
        let items = r.array("items") { item($0, sink: $1) }
        r.finish()
        if opens == nil && !r.has("items") {
            sink.error(
                .missingKey, at: node.offset, "a paragraph has neither 'opens' nor 'items'",
                hint: "add \"opens\": \"its first words\", or \"items\": [ … ] for a list")
            return nil
        }
        return OutlineParagraph(offset: node.offset, opens: opens, notCarried: notCarried, items: items)
    }

    /// `"first words"`, or `{"opens": "first words", "notCarried": {…}}`.
    static func item(_ node: JSONNode, sink: DiagnosticSink) -> OutlineItem? {
        if let opens = opening(node, what: "a list item", sink: sink) {
            return OutlineItem(offset: node.offset, opens: opens, notCarried: nil)
        }
        guard node.stringValue == nil else { return nil }
        var r = ObjectReader(node, what: "a list item", sink: sink)
        guard r.isObject else { return nil }
        let opens = r.string("opens", required: true)
        let notCarried = r.text("notCarried")
        r.finish()
        return opens.map { OutlineItem(offset: node.offset, opens: $0, notCarried: notCarried) }
    }

    /// A paragraph or item written as its first words only; an empty one is reported.
    private static func opening(_ node: JSONNode, what: String, sink: DiagnosticSink) -> String? {
        guard let s = node.stringValue else { return nil }
        if ObjectReader.isBlank(s) {
            sink.error(
                .emptyValue, at: node.offset, "\(what) of the outline is empty",
                hint: "write its first words as the document writes them")
            return nil
        }
        return s
    }
}
