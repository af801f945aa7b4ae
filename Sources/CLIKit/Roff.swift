/// Text made safe for roff (man(7)): backslashes and dashes escaped, non-ASCII written as `\[uXXXX]` so the page
/// needs no input encoding, and a line never starting with a control character.
enum Roff {
    /// `text` escaped for running text.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: continue
            case _ where scalar.value < 0x80: out.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return out
    }

    /// Lines of running text: each escaped, one starting with `.` or `'` guarded with `\&`, blank lines as `.PP`.
    static func paragraphs(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                if lines.last != ".PP", !lines.isEmpty { lines.append(".PP") }
                continue
            }
            lines.append(guarded(escape(String(trimmed))))
        }
        while lines.last == ".PP" { lines.removeLast() }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A line that starts with `.` or `'` would be read as a request; `\&` in front keeps it text.
    static func guarded(_ line: String) -> String {
        line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
    }

    /// `text` in bold.
    static func bold(_ text: String) -> String { "\\fB" + escape(text) + "\\fR" }

    /// `text` in italics.
    static func italic(_ text: String) -> String { "\\fI" + escape(text) + "\\fR" }

    /// A quoted macro argument.
    static func argument(_ text: String) -> String {
        "\"" + escape(text).replacingQuotes + "\""
    }
}

extension String {
    /// `"` as roff's `\(dq`, for inside a quoted macro argument.
    fileprivate var replacingQuotes: String {
        var out = ""
        for character in self { out += character == "\"" ? "\\(dq" : String(character) }
        return out
    }
}
