/// Making data safe to print on a terminal: control characters in procedure files, facts or the outage log are shown
/// as visible escapes instead of being sent raw, so that no file can move the cursor, recolour, retitle or clear the
/// terminal of the person reading govctl's text output, or hide text with bidirectional overrides.
///
/// Escaped: C0 controls (U+0000–U+001F, ESC as `\e`, tab as `\t`, CR as `\r`, LF as `\n` in `line`), DEL, C1
/// controls (U+0080–U+009F), the line and paragraph separators (U+2028, U+2029) and the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Others are written `\u{…}` in hex. A
/// backslash itself is left alone: the escapes are for reading, not for parsing back.
package enum TextEscaping {
    /// One line of text (a label, a name, a message): every control is escaped, line breaks included.
    package static func line(_ text: String) -> String { escape(text, keepingLineBreaks: false) }

    /// Text that may run over lines (a note, a description): LF and tab stay, every other control is escaped.
    package static func block(_ text: String) -> String { escape(text, keepingLineBreaks: true) }

    /// Whether `scalar` is one `line` escapes.
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func escape(_ text: String, keepingLineBreaks: Bool) -> String {
        // Fast path: no byte that could start an escaped character (C0, DEL, C1's lead byte 0xC2, U+20xx's 0xE2).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !needsEscape(scalar) || (keepingLineBreaks && (scalar == "\n" || scalar == "\t")) {
                out.append(scalar)
                continue
            }
            let visible: String
            switch scalar {
            case "\u{1B}": visible = "\\e"
            case "\n": visible = "\\n"
            case "\r": visible = "\\r"
            case "\t": visible = "\\t"
            default: visible = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: visible.unicodeScalars)
        }
        return String(out)
    }
}
