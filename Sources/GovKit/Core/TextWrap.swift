/// Wraps text for a terminal of a given width: a line longer than the width breaks at spaces, and its continuation
/// lines are indented under the line's text, after its indent and a list marker (`1. `, `- `, `• `), so that a step
/// reads as one block. A word longer than the width (an address, a path) stays whole; lines that fit are unchanged.
package enum TextWrap {
    package static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            out += wrapLine(line, width: width)
            if !lines.isEmpty { out += "\n" }
        }
        return out
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        guard line.count > width else { return String(line) }
        let hang = String(repeating: " ", count: min(hangIndent(line), width / 2))
        var out = ""
        var current = ""
        var currentCount = 0
        var indentCount = line.prefix(while: { $0 == " " }).count
        var first = true
        for word in line.dropFirst(indentCount).split(separator: " ", omittingEmptySubsequences: false) {
            let count = word.count
            if currentCount > 0 && indentCount + currentCount + 1 + count > width {
                out += (first ? String(repeating: " ", count: line.prefix(while: { $0 == " " }).count) : hang)
                out += current + "\n"
                first = false
                indentCount = hang.count
                current = String(word)
                currentCount = count
            } else {
                current += (currentCount > 0 || !current.isEmpty ? " " : "") + word
                currentCount = current.count
            }
        }
        out += (first ? String(repeating: " ", count: line.prefix(while: { $0 == " " }).count) : hang) + current
        return out
    }

    /// Where the text of a line starts: after its spaces and a list marker, if it has one.
    private static func hangIndent(_ line: Substring) -> Int {
        let spaces = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(spaces)
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber }).count
        if digits > 0, rest.dropFirst(digits).hasPrefix(". ") { return spaces + digits + 2 }
        if rest.hasPrefix("- ") || rest.hasPrefix("• ") || rest.hasPrefix("* ") { return spaces + 2 }
        return spaces
    }
}
