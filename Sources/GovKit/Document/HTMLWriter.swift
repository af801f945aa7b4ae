/// A document's blocks as HTML for the site's pages and the printed checklists: headings one level per part, labelled
/// values as a `<dl>`, lists as `<ol>` and `<ul>`, readings and notes as paragraphs of their own class, tables with a
/// header row. Every text goes through `HTML.escape`; a link is live only where `Links.isSafe` says so.
package enum HTMLWriter {
    package static func write(_ document: Document) -> String { blocks(document.blocks) }

    static func blocks(_ blocks: [Block]) -> String { blocks.map(block).joined() }

    static func block(_ block: Block) -> String {
        switch block {
        case .title(let text): return "<h1>" + inlines(text) + "</h1>\n"
        case .section(let level, let heading, let body, let anchor):
            let h = min(max(level, 2), 6)
            let id = anchor.map { " id=\"" + HTML.escape($0) + "\"" } ?? ""
            // A section without a heading is a <div>: an HTML <section> needs one (the validator says so).
            guard let heading else { return "<div\(id)>\n" + blocks(body) + "</div>\n" }
            return "<section>\n<h\(h)\(id)>" + inlines(heading) + "</h\(h)>\n" + blocks(body) + "</section>\n"
        case .paragraph(let text): return "<p>" + inlines(text) + "</p>\n"
        case .note(let text): return "<p class=\"note\">" + inlines(text) + "</p>\n"
        case .fields(let fields):
            // Labelled values in a <dl>; a value that says its own label is a paragraph between them.
            var out = ""
            var open = false
            for field in fields {
                let details = field.details.isEmpty ? "" : "\n" + blocks(field.details)
                if field.label.isEmpty {
                    if open { out += "</dl>\n" }
                    open = false
                    out += "<p>" + inlines(field.value) + "</p>\n" + (details.isEmpty ? "" : blocks(field.details))
                    continue
                }
                if !open { out += "<dl>\n" }
                open = true
                out +=
                    "<dt>" + HTML.escape(TextEscaping.line(field.label)) + "</dt><dd>" + inlines(field.value) + details
                    + "</dd>\n"
            }
            return out + (open ? "</dl>\n" : "")
        case .list(let numbered, let items):
            let tag = numbered ? "ol" : "ul"
            return "<\(tag)>\n"
                + items.map { item in
                    "<li" + (item.anchor.map { " id=\"" + HTML.escape($0) + "\"" } ?? "") + ">" + inlines(item.content)
                        + (item.meta.map { " <span class=\"meta\">(" + inlines($0) + ")</span>" } ?? "")
                        + (item.details.isEmpty ? "" : "\n" + blocks(item.details)) + "</li>\n"
                }.joined() + "</\(tag)>\n"
        case .table(let table): return self.table(table)
        case .quotation(let text): return "<blockquote>" + HTML.escape(TextEscaping.block(text)) + "</blockquote>\n"
        case .reading(let text): return "<p class=\"reading\">" + HTML.escape(TextEscaping.line(text)) + "</p>\n"
        case .preformatted(let text): return "<pre>" + HTML.escape(TextEscaping.block(text)) + "</pre>\n"
        }
    }

    /// Every header cell says what it heads (a column, a group of rows, or in the body its row); a right-aligned
    /// column is an amount. Wrapped so that a wide table scrolls on its own on a narrow screen.
    static func table(_ table: DocumentTable) -> String {
        func classes(_ i: Int) -> String {
            let names = [
                i < table.columnStyles.count ? table.columnStyles[i] : nil,
                i < table.alignments.count && table.alignments[i] == .right ? "amount" : nil,
            ].compactMap { $0 }
            return names.isEmpty ? "" : " class=\"" + HTML.escape(names.joined(separator: " ")) + "\""
        }
        func row(_ cells: [DocumentTable.Cell], header: Bool) -> String {
            "<tr>"
                + cells.enumerated().map { i, c in
                    let heads = header || (i == 0 && table.rowHeaders)
                    let tag = heads ? "th" : "td"
                    let scope = header ? " scope=\"col\"" : heads ? " scope=\"row\"" : ""
                    let id = c.anchor.map { " id=\"" + HTML.escape($0) + "\"" } ?? ""
                    // A labelled table names each body cell after the first by its column, for the stacked layout.
                    let label =
                        !header && table.labelled && i > 0 && i < table.header.count
                        ? " data-label=\"" + HTML.escape(TextEscaping.line(HTMLWriter.words(table.header[i]))) + "\""
                        : ""
                    let words =
                        c.labels.map { "<label for=\"" + HTML.escape($0) + "\">" + inlines(c.content) + "</label>" }
                        ?? inlines(c.content)
                    return "<\(tag)\(id)\(scope)\(label)\(classes(i))>" + words + blocks(c.blocks) + "</\(tag)>"
                }.joined() + "</tr>\n"
        }
        var out = "<div class=\"table-wrap\"><table" + (table.style.map { " class=\"" + HTML.escape($0) + "\"" } ?? "")
        out += ">\n" + (table.caption.map { "<caption>" + inlines($0) + "</caption>\n" } ?? "")
        if !table.columnStyles.isEmpty {
            out +=
                "<colgroup>"
                + table.columnStyles.map { c in "<col" + (c.map { " class=\"" + HTML.escape($0) + "\"" } ?? "") + ">" }
                .joined() + "</colgroup>\n"
        }
        out += "<thead>\n" + row(table.header.map { DocumentTable.Cell($0) }, header: true) + "</thead>\n"
        for group in table.groups {
            out += "<tbody>\n"
            if let heading = group.heading {
                out +=
                    "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(max(table.header.count, 1))\">"
                    + inlines(heading) + "</th></tr>\n"
            }
            out += group.rows.map { row($0, header: false) }.joined() + "</tbody>\n"
        }
        return out + "</table></div>\n"
    }

    static func inlines(_ inlines: [Inline]) -> String { inlines.map(inline).joined() }

    static func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return HTML.escape(TextEscaping.line(text))
        case .emphasis(let inner): return "<em>" + inlines(inner) + "</em>"
        case .strong(let inner): return "<strong>" + inlines(inner) + "</strong>"
        case .code(let text): return "<code>" + HTML.escape(TextEscaping.line(text)) + "</code>"
        case .citation(let word, let section):
            // As the site's pages cite everywhere (`SiteHTML.source`): "[kilde: 3 Genomförande]".
            return " <span class=\"source\">[" + HTML.escape(word) + ": " + HTML.escape(TextEscaping.line(section))
                + "]</span>"
        case .link(let text, let url):
            let shown = HTML.escape(TextEscaping.line(text))
            guard Links.isSafe(url) else { return shown + " (" + HTML.escape(TextEscaping.line(url)) + ")" }
            return "<a href=\"" + HTML.escape(url) + "\">" + shown + "</a>"
        case .blank(_, let label): return "<span class=\"blank\">" + HTML.escape(TextEscaping.line(label)) + "</span>"
        case .tick(let id): return "<input type=\"checkbox\" id=\"" + HTML.escape(id) + "\">"
        case .foreign(let inner, let language):
            return "<span lang=\"" + HTML.escape(language) + "\">" + inlines(inner) + "</span>"
        case .styled(let inner, let style):
            return "<span class=\"" + HTML.escape(style) + "\">" + inlines(inner) + "</span>"
        }
    }

    /// The words of inlines, without markup (a header cell's words as a body cell's `data-label`).
    static func words(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text), .code(let text): return text
            case .emphasis(let inner), .strong(let inner), .foreign(let inner, _), .styled(let inner, _):
                return words(inner)
            case .citation(let word, let section): return " [\(word): \(section)]"
            case .link(let text, _): return text
            case .blank(_, let label): return label
            case .tick: return ""
            }
        }.joined()
    }
}
