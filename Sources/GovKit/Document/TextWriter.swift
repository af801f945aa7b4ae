/// A document as text for a person at a terminal: the title on the first line, labelled values as "Label: value", a
/// part's heading after a blank line with its body indented by two, lists as "- " and "1. ", readings in brackets,
/// a citation as "  [section]"; a document never starts with a blank line. Every text goes through `TextEscaping`: no control character reaches the terminal,
/// and no value breaks its line.
package enum TextWriter {
    package static func write(_ document: Document) -> String {
        let text = document.blocks.map { block($0, indent: 0) }.joined()
        // A part that opens the document needs no blank line before it.
        return text.hasPrefix("\n") ? String(text.dropFirst()) : text
    }

    static func block(_ block: Block, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch block {
        case .title(let text): return pad + inlines(text) + "\n"
        case .section(_, let heading, let body, _):
            return "\n" + (heading.map { pad + inlines($0) + "\n" } ?? "")
                + body.map { self.block($0, indent: indent + 2) }.joined()
        case .paragraph(let text): return pad + inlines(text) + "\n"
        case .note(let text): return pad + "(" + inlines(text) + ")\n"
        case .fields(let fields):
            return fields.map { field in
                pad + (field.label.isEmpty ? "" : TextEscaping.line(field.label) + ": ") + inlines(field.value) + "\n"
                    + field.details.map { self.block($0, indent: indent + 2) }.joined()
            }.joined()
        case .list(let numbered, let items):
            return items.enumerated().map { i, item in
                let marker = numbered ? "\(i + 1). " : "- "
                let inner = indent + (numbered ? 3 : 2)
                let innerPad = String(repeating: " ", count: inner)
                return pad + marker + inlines(item.content) + "\n"
                    + (item.meta.map { innerPad + "[" + inlines($0) + "]\n" } ?? "")
                    + item.details.map { self.block($0, indent: inner) }.joined()
            }.joined()
        case .table(let table): return self.table(table, pad: pad)
        case .quotation(let text):
            return TextEscaping.block(text).split(separator: "\n", omittingEmptySubsequences: false).map {
                pad + "> " + $0 + "\n"
            }.joined()
        case .reading(let text): return pad + "(" + TextEscaping.line(text) + ")\n"
        case .preformatted(let text):
            return TextEscaping.block(text).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "\n" : pad + $0 + "\n"
            }.joined()
        }
    }

    /// Columns padded to their widest cell and set two spaces apart; a citation column stays out of the padding.
    static func table(_ table: DocumentTable, pad: String) -> String {
        let caption = table.caption.map { pad + inlines($0) + "\n" } ?? ""
        return caption + body(table, pad: pad)
    }

    static func body(_ table: DocumentTable, pad: String) -> String {
        if table.inText == .labelled {
            return table.rows.map { row in
                pad + (row.first.map(inlines) ?? "") + ": " + row.dropFirst().map(inlines).joined(separator: ", ")
                    + "\n"
            }.joined()
        }
        // Each group's heading on a line of its own before its rows, and a cell's blocks under its row.
        var lines: [(heading: [Inline]?, row: [[Inline]], blocks: [Block])] =
            table.inText == .columnsWithHeader ? [(nil, table.header, [])] : []
        for group in table.groups {
            if let heading = group.heading { lines.append((heading, [], [])) }
            lines += group.rows.map { (nil, $0.map(\.content), $0.flatMap(\.blocks)) }
        }
        let rows = lines.filter { $0.heading == nil }.map(\.row)
        let columns = table.alignments.count
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns && !isCitation(cell) {
                widths[i] = max(widths[i], inlines(cell).count)
            }
        }
        return lines.map { heading, row, blocks in
            if let heading { return pad + inlines(heading) + "\n" }
            var line = ""
            for (i, raw) in row.enumerated() {
                let cell = inlines(raw)
                guard !isCitation(raw) else { // a citation: after its row, unpadded
                    line += cell
                    continue
                }
                let last = i == row.count - 1 || row[(i + 1)...].allSatisfy(isCitation)
                let fill = String(repeating: " ", count: i < columns ? widths[i] - cell.count : 0)
                if i > 0 { line += "  " }
                switch i < columns ? table.alignments[i] : .left {
                case .left: line += last ? cell : cell + fill
                case .right: line += fill + cell
                }
            }
            return pad + line + "\n" + blocks.map { block($0, indent: pad.count + 2) }.joined()
        }.joined()
    }

    /// A cell that only cites its source (`[]` when it cites none).
    static func isCitation(_ cell: [Inline]) -> Bool {
        cell.allSatisfy { if case .citation = $0 { return true } else { return false } }
    }

    static func inlines(_ inlines: [Inline]) -> String { inlines.map(inline).joined() }

    static func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text), .code(let text): return TextEscaping.line(text)
        case .foreign(let inner, _), .styled(let inner, _): return inlines(inner)
        case .tick: return "[ ]"
        case .emphasis(let inner), .strong(let inner): return inlines(inner)
        case .citation(_, let section): return "  [" + TextEscaping.line(section) + "]"
        case .link(let text, let url): return TextEscaping.line(text) + " <" + TextEscaping.line(url) + ">"
        case .blank(let word, let label): return "[[" + TextEscaping.line(word) + ": " + TextEscaping.line(label) + "]]"
        }
    }
}
