/// A source document's text cut into the sections its procedure's outline declares, for the fingerprints of
/// reviewed sections (`Fingerprint`, `SuspectCitations`, `Review`).
///
/// The outline names sections by heading; the text is a plain-text extraction with no section marks. A section
/// starts where its heading (its title, or a composite title's first " · " piece) starts a line, after nothing
/// but Markdown marks (`#`, `*`) and a number ("### 1. HENSIKT", "**Linjeledere:**", "1. Sakene meldes inn …"), or
/// in the middle of a line after a tab or after a bold run that just closed ("…\tFagansvarlig: …",
/// "**5. …****6. …**"); the heading is followed by the end of the line or by a character that is not a letter or a
/// digit. A line of a table of contents (it ends in a page number after a tab or dot leaders) starts nothing.
/// Where a heading occurs more than once, the sections are placed in outline order so that as many as possible
/// are found, each as early as possible. A section runs to where the next one starts.
///
/// A Markdown heading (a line starting with `#`) or a line wholly in bold that starts no declared section is a
/// section the outline does not declare: `added`. It ends the section before it, so that adding a section does not
/// change its neighbour. (A heading written as plain text cannot be told from body text: a section added with one
/// is read as part of the section before it, which then shows as changed.)
package struct SourceSections: Sendable {
    /// A heading in the text that no outline section has.
    package struct Added: Sendable, Equatable {
        /// The heading as written, without Markdown marks.
        package let heading: String
        /// Its line, from 1.
        package let line: Int
    }

    /// Each outline section's text as the document has it (in NFC), by outline position; `nil` where its heading is
    /// not in the text.
    package let texts: [String?]
    package let added: [Added]

    /// The fingerprint of the outline section at `index`, or `nil` when the text does not have it.
    package func fingerprint(_ index: Int) -> String? { texts[index].map { Fingerprint.of($0, inNFC: true) } }

    package init(_ text: String, outline: [OutlineSection]) {
        // In NFC, as the titles are compared in NFC: an extraction that decomposes "å" still finds "Innehåll".
        let lines = Self.lines(text.precomposedStringWithCanonicalMapping)
        let contents = lines.map { Self.isContentsLine($0) }
        // Every place each section's heading could start, in text order.
        let candidates: [[Position]] = outline.map { section in
            let anchor = Array(Self.anchor(section.title).precomposedStringWithCanonicalMapping.unicodeScalars)
            guard !anchor.isEmpty else { return [] }
            var found: [Position] = []
            for (n, line) in lines.enumerated() where !contents[n] {
                for column in Self.occurrences(of: anchor, in: line) {
                    if let cut = Self.cut(line, at: column, length: anchor.count) {
                        found.append(Position(line: n, column: cut))
                    }
                }
            }
            return found
        }
        let placed = Self.place(candidates)
        // Markdown headings no section starts at, unless they are a piece of the section they are in ("ANVISNING"
        // in "Psykiatri, habilitering och hjälpmedel · ANVISNING · …").
        let startLines = Set(placed.compactMap { $0?.line })
        var added: [(Added, Position)] = []
        for (n, line) in lines.enumerated() where !startLines.contains(n) {
            guard let heading = Self.markdownHeading(line) else { continue }
            let here = Position(line: n, column: 0)
            let within = placed.indices.last { placed[$0].map { $0 < here } ?? false }
            let pieces = within.map { Self.pieces(outline[$0].title) } ?? []
            if pieces.contains(heading) { continue }
            added.append((Added(heading: heading, line: n + 1), here))
        }
        let cuts = (placed.compactMap { $0 } + added.map(\.1)).sorted()
        texts = placed.map { start in
            guard let start else { return nil }
            let end = cuts.first { start < $0 }
            return Self.text(lines, from: start, to: end)
        }
        self.added = added.map(\.0)
    }

    /// One line of the text, as Unicode scalars (compared one by one: comparing characters cost ten times more).
    typealias Line = [Unicode.Scalar]

    /// A place in the text: line and column (in scalars), both from 0.
    struct Position: Comparable, Hashable {
        let line: Int
        let column: Int
        static func < (a: Position, b: Position) -> Bool {
            a.line != b.line ? a.line < b.line : a.column < b.column
        }
    }

    /// The text's lines, whatever the line endings ("\n", "\r\n", "\r").
    static func lines(_ text: String) -> [Line] {
        var lines: [Line] = [[]]
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !(previousCR && scalar == "\n") { lines.append([]) }
                previousCR = scalar == "\r"
            } else {
                lines[lines.count - 1].append(scalar)
                previousCR = false
            }
        }
        return lines
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        s.isASCII
            ? ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
            : s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (!s.isASCII && s.properties.isWhitespace)
    }

    /// What a heading is looked for by: the title, or its first piece when the outline joins several with " · ".
    static func anchor(_ title: String) -> String { pieces(title).first ?? title }

    static func pieces(_ title: String) -> [String] {
        title.components(separatedBy: " · ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func occurrences(of needle: Line, in line: Line) -> [Int] {
        guard needle.count <= line.count else { return [] }
        var found: [Int] = []
        for start in 0...(line.count - needle.count) where line[start] == needle[0] {
            var k = 1
            while k < needle.count && line[start + k] == needle[k] { k += 1 }
            if k == needle.count { found.append(start) }
        }
        return found
    }

    /// Where the section starting with a heading at `column` begins (the start of the line, or the tab or bold
    /// run before it), or `nil` when the heading is not one there.
    static func cut(_ line: Line, at column: Int, length: Int) -> Int? {
        let next = column + length
        if next < line.count, isLetterOrDigit(line[next]) { return nil }
        var end = column
        func dropSpaces() { while end > 0 && line[end - 1] == " " { end -= 1 } }
        dropSpaces()
        // A number before the heading: "1.", "3.2", "1".
        var start = end
        while start > 0 && (isDigit(line[start - 1]) || line[start - 1] == ".") {
            start -= 1
        }
        if start < end, start == 0 || [" ", "\t", "*", "#"].contains(line[start - 1]) {
            end = start
            dropSpaces()
        }
        if line[0..<end].allSatisfy({ $0 == "#" || $0 == "*" || $0 == " " || $0 == "\t" }) { return 0 }
        if line[end - 1] == "\t" { return end }
        if end >= 4 && line[end - 4..<end].allSatisfy({ $0 == "*" }) { return end - 2 }
        return nil
    }

    /// Whether a line is a table of contents entry: it ends in a page number after a tab or dot leaders.
    static func isContentsLine(_ line: Line) -> Bool {
        var end = line.count
        while end > 0 && isSpace(line[end - 1]) { end -= 1 }
        var digits = end
        while digits > 0 && isDigit(line[digits - 1]) { digits -= 1 }
        guard digits < end, digits > 0 else { return false }
        if line[digits - 1] == "\t" { return true }
        var before = digits
        while before > 0 && line[before - 1] == " " { before -= 1 }
        return before >= 2 && line[before - 1] == "." && line[before - 2] == "."
    }

    /// The text of a Markdown heading ("## 4 Relaterade dokument") or of a line wholly in bold
    /// ("**Linjeledere:**"), without the marks and a closing colon; `nil` for any other line.
    static func markdownHeading(_ line: Line) -> String? {
        guard let first = line.first(where: { !isSpace($0) }), first == "#" || first == "*" else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        let text = String(view).trimmingSpaces()
        let isATX = text.hasPrefix("#") && text.drop { $0 == "#" }.first == " "
        let isBold = text.count > 4 && text.hasPrefix("**") && text.hasSuffix("**")
        guard isATX || isBold else { return nil }
        var heading = String(text.drop { $0 == "#" || $0 == " " || $0 == "*" })
        while let last = heading.last, last == "*" || last == ":" || last == " " { heading.removeLast() }
        return heading.isEmpty ? nil : heading
    }

    /// Places the sections in text order, as many as possible, each as early as possible: for each section, its
    /// first candidate after the section before, unless skipping it lets more of the later ones be found.
    static func place(_ candidates: [[Position]]) -> [Position?] {
        // Every candidate as (section, position), and most[k]: the most sections that can be placed from candidate
        // k on (k taken, later sections after it), found from the back: a few dozen candidates, so a square is cheap.
        let nodes = candidates.enumerated().flatMap { i, positions in positions.map { (section: i, position: $0) } }
        var most = [Int](repeating: 1, count: nodes.count)
        for k in nodes.indices.reversed() {
            for later in (k + 1)..<max(k + 1, nodes.count)
            where nodes[later].section > nodes[k].section && nodes[k].position < nodes[later].position {
                most[k] = max(most[k], 1 + most[later])
            }
        }
        /// The most sections placeable among sections after `i`, after position `p`.
        func best(after i: Int, _ p: Position?) -> Int {
            var result = 0
            for k in nodes.indices where nodes[k].section > i && p.map({ $0 < nodes[k].position }) ?? true {
                result = max(result, most[k])
            }
            return result
        }
        var placed: [Position?] = []
        var p: Position?
        var offset = 0
        for (i, positions) in candidates.enumerated() {
            // The section's first candidate after the one before: placing it earlier never leaves less room.
            if let first = positions.firstIndex(where: { c in p.map { $0 < c } ?? true }),
                most[offset + first] >= best(after: i, p)
            {
                placed.append(positions[first])
                p = positions[first]
            } else {
                placed.append(nil)
            }
            offset += positions.count
        }
        return placed
    }

    /// The text from `start` to `end` (or the end of the text), lines joined with "\n".
    static func text(_ lines: [Line], from start: Position, to end: Position?) -> String {
        let last = end ?? Position(line: lines.count - 1, column: lines[lines.count - 1].count)
        var out = String.UnicodeScalarView()
        for n in start.line...last.line {
            let from = n == start.line ? start.column : 0
            let to = n == last.line ? last.column : lines[n].count
            if from < to { out += lines[n][from..<to] }
            if n < last.line { out.append("\n") }
        }
        return String(out)
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
