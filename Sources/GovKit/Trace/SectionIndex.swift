import Foundation

/// Resolves citations against a document's outline.
///
/// A citation part is "<section>[, <sub-heading>]…", each piece a section's id, exact heading, or "id heading"
/// (case and runs of spaces ignored); the section cited is the last piece. A trailing remark in parentheses
/// ("3 Genomförande (”Efter 4 timmar”)") is allowed when the part does not resolve with it.
package struct SectionIndex: Sendable {
    package let sections: [OutlineSection]
    private let byName: [String: Int]

    package init(_ sections: [OutlineSection]) {
        self.sections = sections
        var byName: [String: Int] = [:]
        for (i, section) in sections.enumerated() {
            for name in section.names where byName[Self.key(name)] == nil { byName[Self.key(name)] = i }
        }
        self.byName = byName
    }

    /// Every name a citation may use, for "did you mean".
    package var allNames: [String] { sections.flatMap(\.names) }

    /// The index of the section a citation part cites, or `nil` when the outline has no such section.
    package func resolve(_ part: String) -> Int? {
        if let found = resolvePieces(part) { return found }
        // A remark in parentheses at the end: "3 Genomförande (”Efter 4 timmar”)".
        if part.hasSuffix(")"), let open = part.range(of: " (", options: .backwards) {
            return resolvePieces(String(part[..<open.lowerBound]))
        }
        return nil
    }

    /// The closest citation to an unresolved part, if one is close: the whole part against every name, else its
    /// last piece, keeping the pieces before it when they resolve ("3. FREMGANGSMÅTE, Systemeir" → "…, Systemeier").
    package func suggestion(for part: String) -> String? {
        if let whole = Suggestions.closest(to: part, among: allNames) { return whole }
        var pieces = part.components(separatedBy: ", ")
        guard let last = pieces.popLast(), let closest = Suggestions.closest(to: last, among: allNames) else {
            return nil
        }
        let prefix = pieces.joined(separator: ", ")
        return pieces.isEmpty || resolvePieces(prefix) == nil ? closest : prefix + ", " + closest
    }

    private func resolvePieces(_ part: String) -> Int? {
        let pieces = part.components(separatedBy: ", ")
        return segment(pieces, from: 0)
    }

    /// Splits `pieces[start...]` into section names, longest first; returns the last section's index.
    private func segment(_ pieces: [String], from start: Int) -> Int? {
        var end = pieces.count
        while end > start {
            let name = pieces[start..<end].joined(separator: ", ")
            if let found = byName[Self.key(name)] {
                if end == pieces.count { return found }
                if let rest = segment(pieces, from: end) { return rest }
            }
            end -= 1
        }
        return nil
    }

    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
