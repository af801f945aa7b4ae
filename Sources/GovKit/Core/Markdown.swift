/// Text from a procedure file placed in Markdown: control characters are shown as escapes (`TextEscaping.line`, so
/// a value stays on its line and cannot drive a terminal), and characters that would start emphasis, code, links,
/// HTML or a table cell are backslash-escaped, so the text shows as written.
package enum Markdown {
    package static func escape(_ text: String) -> String {
        let text = TextEscaping.line(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|": out += "\\\(c)"
            default: out.append(c)
            }
        }
        return out
    }
}
