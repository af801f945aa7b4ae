/// HTML text for the static site: every text taken from a procedure file goes through `escape` (no raw markup from
/// data ever reaches a page).
package enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references: safe in element content and in quoted attributes. A
    /// control character other than a line break or tab is shown as `TextEscaping` shows it (an ESC in a procedure
    /// is `\e` on the page, as in every other face).
    package static func escape(_ text: String) -> String {
        let text = TextEscaping.block(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// JSON text placed inside a `<script type="application/json">` element: `<` is written `\u003c`, so no
    /// `</script>` or `<!--` in the data can end or change the element.
    static func scriptJSON(_ value: JSONValue) -> String {
        JSONWriter.compact(value).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// A text in `language`, else in the source language: escaped, and wrapped in an element with its own `lang`
    /// when that differs from the page's.
    static func text(_ text: LocalizedText, _ language: Language, source: Language, page: Language? = nil) -> String {
        let shown = text[language] != nil ? language : text[source] != nil ? source : language
        let words = escape(text.resolve(language, fallback: source))
        return shown == (page ?? language) ? words : "<span lang=\"\(shown.rawValue)\">\(words)</span>"
    }

    /// A fragment id made from data ids (lowercase letters, digits and '-'; anything else becomes '-').
    static func anchor(_ parts: String...) -> String {
        String(
            parts.joined(separator: "-").lowercased().map { c in
                c.isASCII && (c.isLetter || c.isNumber) ? c : "-"
            })
    }
}
