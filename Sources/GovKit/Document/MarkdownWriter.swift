/// A document as Markdown (for a wiki page, a chat message or a ticket comment): `#` headings, labelled values as
/// "- **Label:** value", readings and citations in emphasis, tables with a header row. Every text from the data goes
/// through `Markdown.escape`, one function for HTML and Markdown syntax alike: a `<script>`, an `<img …>`, a
/// `[x](javascript:…)` or a `*` in a procedure file is shown as written, never live; code spans and blocks are fenced
/// longer than any run of backticks in them.
package enum MarkdownWriter {
    package static func write(_ document: Document) -> String {
        chunks(document.blocks).joined(separator: "\n")
    }

    /// Each block as a chunk of lines; chunks are set a blank line apart, a part's heading before its body.
    static func chunks(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .section(let level, let heading, let body, _):
                let head = heading.map { String(repeating: "#", count: max(level, 1)) + " " + inlines($0) + "\n" }
                return (head.map { [$0] } ?? []) + chunks(body)
            default: return [self.block(block)]
            }
        }
    }

    static func block(_ block: Block) -> String {
        switch block {
        case .title(let text): return "# " + inlines(text) + "\n"
        case .section: return chunks([block]).joined(separator: "\n")
        case .paragraph(let text): return inlines(text) + "\n"
        case .note(let text): return "_" + inlines(text) + "_\n"
        case .fields, .list, .reading: return lines(block, indent: 0)
        case .table(let table): return self.table(table)
        case .quotation(let text):
            return TextEscaping.block(text).split(separator: "\n", omittingEmptySubsequences: false).map {
                "> " + Markdown.escape(String($0)) + "\n"
            }.joined()
        case .preformatted(let text):
            let shown = TextEscaping.block(text)
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(shown) + 1))
            return fence + "text\n" + shown + "\n" + fence + "\n"
        }
    }

    /// A block inside a list (or at its top): a list item per value, item or reading, nested by indent.
    static func lines(_ block: Block, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch block {
        case .fields(let fields):
            return fields.map { field in
                pad + "- " + (field.label.isEmpty ? "" : "**" + Markdown.escape(label(field.label)) + ":** ")
                    + inlines(field.value) + "\n"
                    + field.details.map { lines($0, indent: indent + 2) }.joined()
            }.joined()
        case .list(let numbered, let items):
            return items.enumerated().map { i, item in
                let marker = numbered ? "\(i + 1). " : "- "
                return pad + marker + inlines(item.content) + (item.meta.map { " _(" + inlines($0) + ")_" } ?? "")
                    + "\n" + item.details.map { lines($0, indent: indent + marker.count) }.joined()
            }.joined()
        case .reading(let text): return pad + (indent == 0 ? "" : "- ") + "_" + Markdown.escape(text) + "_\n"
        case .paragraph(let text), .title(let text): return pad + "- " + inlines(text) + "\n"
        case .note(let text): return pad + "- _" + inlines(text) + "_\n"
        case .section(_, let heading, let body, _):
            return (heading.map { pad + "- " + inlines($0) + "\n" } ?? "")
                + body.map { lines($0, indent: indent + 2) }.joined()
        case .table, .quotation, .preformatted:
            return self.block(block).split(separator: "\n").map { pad + "  " + $0 + "\n" }.joined()
        }
    }

    /// A label as a list item starts: its first letter in capitals ("e-post" → "E-post"), unless its first word has
    /// capitals of its own (a name from the data such as "webSesam support" is shown as written).
    static func label(_ text: String) -> String {
        let first = text.prefix { !$0.isWhitespace }
        return first.contains(where: \.isUppercase) ? text : text.capitalizedFirst
    }

    static func table(_ table: DocumentTable) -> String {
        // A cell that only cites shows the section alone: the column's header says it is the source.
        func cell(_ inlines: [Inline]) -> String {
            guard case .citation(_, let section)? = inlines.first, inlines.count == 1 else {
                return self.inlines(inlines)
            }
            return Markdown.escape(section)
        }
        // A cell's blocks follow its words in the cell, each line after a <br>; a group's heading is a row of its own.
        func cell(_ c: DocumentTable.Cell) -> String {
            cell(c.content)
                + c.blocks.flatMap { lines($0, indent: 0).split(separator: "\n") }.map {
                    "<br>" + $0.drop { $0 == " " }
                }.joined()
        }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        let rule = "|" + table.alignments.map { $0 == .right ? "--:" : "---" }.joined(separator: "|") + "|\n"
        let caption = table.caption.map { "**" + inlines($0) + "**\n\n" } ?? ""
        return caption + row(table.header.map(cell)) + rule
            + table.groups.map { group in
                (group.heading.map {
                    row(["**" + inlines($0) + "**"] + Array(repeating: "", count: max(table.header.count - 1, 0)))
                } ?? "") + group.rows.map { row($0.map(cell)) }.joined()
            }.joined()
    }

    static func inlines(_ inlines: [Inline]) -> String { inlines.map(inline).joined() }

    static func inline(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return Markdown.escape(text)
        case .emphasis(let inner): return "_" + inlines(inner) + "_"
        case .strong(let inner): return "**" + inlines(inner) + "**"
        case .code(let text): return code(TextEscaping.line(text))
        case .citation(let word, let section):
            return " _(" + Markdown.escape(word) + ": " + Markdown.escape(section) + ")_"
        case .link(let text, let url):
            guard Links.isSafe(url) else { return Markdown.escape(text) + " (" + Markdown.escape(url) + ")" }
            return "[" + Markdown.escape(text) + "](<" + url + ">)"
        case .blank(let word, let label): return Markdown.escape("[[" + word + ": " + label + "]]")
        case .tick: return Markdown.escape("[ ]")
        case .foreign(let inner, _), .styled(let inner, _): return inlines(inner)
        }
    }

    /// A code span fenced longer than any run of backticks in it (with spaces where it starts or ends with one).
    static func code(_ text: String) -> String {
        let fence = String(repeating: "`", count: longestBacktickRun(text) + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }

    static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for c in text {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}

/// Which link targets a writer makes live: `http`, `https` and `mailto`, and a relative page of the site (no
/// scheme, no `//`); a `javascript:`, `data:` or `vbscript:` target never is. Characters that could end the target
/// (space, `<`, `>`, quotes, control characters) make it unsafe too.
package enum Links {
    package static func isSafe(_ url: String) -> Bool {
        guard
            !url.isEmpty,
            !url.unicodeScalars.contains(where: {
                TextEscaping.needsEscape($0) || " <>\"'`\\".unicodeScalars.contains($0)
            })
        else { return false }
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") { return true }
        guard let colon = lower.firstIndex(of: ":") else { return !lower.hasPrefix("//") }
        // A colon after the first '/', '?' or '#' is part of a path, not a scheme.
        let slash = lower.firstIndex { "/?#".contains($0) }
        return slash.map { $0 < colon } ?? false ? !lower.hasPrefix("//") : false
    }
}
