/// Which paragraphs a citation part names: `¶2`, `¶2-4` (paragraphs 2 to 4), `¶2.3` (item 3 of the list that is
/// paragraph 2), `¶2.1-7` (its items 1 to 7), at the end of a part ("3.2 ¶2", "UTFØRELSE 4 ¶1"; "-" or "–").
/// A part that is a selector only ("3.2 ¶1; ¶3") names a paragraph of the section the part before it cites.
package struct ParagraphSelector: Sendable, Equatable {
    package let paragraphs: ClosedRange<Int>
    /// Items of the one list `paragraphs` names; `nil` for whole paragraphs.
    package let items: ClosedRange<Int>?

    /// Splits "3.2 ¶2.3" into "3.2" and its selector; `nil` when the part has no `¶`. A `¶` followed by anything
    /// but a selector gives `.failure` with the text after it.
    /// (It works on the scalars, not the characters: `validate` splits every citation of every file, and finding
    /// the last `¶` by characters was a tenth of its time.)
    package static func split(_ part: String) -> (section: String, selector: Result<ParagraphSelector, Malformed>)? {
        let scalars = part.unicodeScalars
        guard let mark = scalars.lastIndex(of: "¶") else { return nil }
        var end = mark
        while end > scalars.startIndex, scalars[scalars.index(before: end)] == " " { end = scalars.index(before: end) }
        let section = String(scalars[..<end])
        let rest = Substring(scalars[scalars.index(after: mark)...])
        return (section, parse(rest).map(Result.success) ?? .failure(Malformed(text: "¶" + rest)))
    }

    package struct Malformed: Error, Sendable { package let text: String }

    /// "2", "2-4", "2.3", "2.1-7" (the range's dash "-" or "–"), read as scalars: every citation part of every file
    /// goes through here when `validate` runs.
    private static func parse(_ text: Substring) -> ParagraphSelector? {
        var range: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "-" || scalar == "–" { range.append([]) } else { range[range.count - 1].append(scalar) }
        }
        guard range.count <= 2 else { return nil }
        var first: [[Unicode.Scalar]] = [[]]
        for scalar in range[0] {
            if scalar == "." { first.append([]) } else { first[first.count - 1].append(scalar) }
        }
        guard first.count <= 2, let paragraph = number(first[0]) else { return nil }
        let item = first.count == 2 ? number(first[1]) : nil
        if first.count == 2 && item == nil { return nil }
        let end = range.count == 2 ? number(range[1]) : nil
        if range.count == 2 && end == nil { return nil }
        if let item {
            guard (end ?? item) >= item else { return nil }
            return ParagraphSelector(paragraphs: paragraph...paragraph, items: item...(end ?? item))
        }
        guard (end ?? paragraph) >= paragraph else { return nil }
        return ParagraphSelector(paragraphs: paragraph...(end ?? paragraph), items: nil)
    }

    /// 1 to 9999, ASCII digits only.
    private static func number(_ digits: [Unicode.Scalar]) -> Int? {
        guard !digits.isEmpty, digits.count <= 4 else { return nil }
        var n = 0
        for digit in digits {
            guard digit >= "0" && digit <= "9" else { return nil }
            n = n * 10 + Int(digit.value - 48)
        }
        return n > 0 ? n : nil
    }
}

/// What one part of a citation carries: a section, and the paragraphs of it the part names (all of them when the
/// section is one paragraph or one list item; none when a part names a section of several without a `¶`).
package enum CitedPart: Sendable {
    case carried(section: Int, units: [Int])
    /// The part names no section of the outline.
    case unknownSection(String)
    /// The section is there, the paragraph is not: the part, the section, what is wrong and how to write it.
    case unknownParagraph(String, section: Int?, message: String, hint: String)
}

extension SectionIndex {
    /// The sections a citation's parts cite, each once, whether a part names a paragraph (`3.2 ¶2`) or the
    /// section alone: what the fingerprints of `reviewed` are kept for.
    package func citedSections(of citation: Citation) -> [Int] {
        var sections: [Int] = []
        for part in resolveParts(of: citation) {
            if case .carried(let section, _) = part, !sections.contains(section) { sections.append(section) }
        }
        return sections
    }

    /// `resolveParts` of a citation of the procedure this index is for, each citation text resolved once however
    /// often the file and its checks (`CitationChecks`, `FingerprintChecks`) ask.
    package func resolveParts(of citation: Citation) -> [CitedPart] {
        let key = Name(citation.text)
        if let known = resolvedParts[key] { return known }
        let resolved = resolveParts(citation.parts)
        resolvedParts[key] = resolved
        return resolved
    }

    /// Each part of a citation resolved to a section and the paragraph units it carries (indices into the
    /// section's `units`).
    package func resolveParts(_ parts: [String]) -> [CitedPart] {
        var previous: Int?
        var out: [CitedPart] = []
        out.reserveCapacity(parts.count)
        for part in parts {
            let result = resolvePart(part, previous: previous)
            switch result {
            case .carried(let section, _), .unknownParagraph(_, .some(let section), _, _): previous = section
            default: break
            }
            out.append(result)
        }
        return out
    }

    private func resolvePart(_ part: String, previous: Int?) -> CitedPart {
        // The usual case: no `¶` in the part.
        guard let (name, selector) = ParagraphSelector.split(part) else {
            guard let found = resolve(part) else { return .unknownSection(part) }
            let units = units(of: found)
            return .carried(section: found, units: units.count == 1 ? [0] : [])
        }
        let section: Int?
        if name.isEmpty {
            section = previous
        } else {
            section = resolve(name)
        }
        guard let section else {
            if name.isEmpty {
                return .unknownParagraph(
                    part, section: nil, message: "'\(part)' names a paragraph, but no section before it",
                    hint: "write the section first, e.g. '\(sections.first?.id ?? "3.2") \(part)'")
            }
            return .unknownSection(name)
        }
        let s = sections[section]
        let cited = "\(s.id) ¶"
        switch selector {
        case .failure(let malformed):
            return .unknownParagraph(
                part, section: section, message: "'\(malformed.text)' in '\(part)' is not a paragraph",
                hint: "write ¶2 (a paragraph), ¶2-4 (paragraphs 2 to 4), ¶2.3 (item 3 of a list) or ¶2.1-7")
        case .success(let selector):
            let units = units(of: section)
            var found: [Int] = []
            for p in selector.paragraphs {
                let ofParagraph = units.indices.filter { units[$0].paragraph == p }
                guard let first = ofParagraph.first else {
                    let count = s.paragraphs?.count ?? 1
                    return .unknownParagraph(
                        part, section: section,
                        message: "section '\(s.id)' has no paragraph ¶\(p) (it has \(count))",
                        hint: s.paragraphs == nil
                            ? "the section declares no 'paragraphs', so it is one paragraph, \(cited)1; declare them"
                            : "cite one of \(cited)1 to \(cited)\(count), or add the paragraph to the outline")
                }
                let isList = units[first].item != nil
                if let items = selector.items {
                    guard isList else {
                        return .unknownParagraph(
                            part, section: section, message: "\(cited)\(p) of '\(part)' is not a list",
                            hint: "cite the paragraph as \(cited)\(p)")
                    }
                    for i in items {
                        guard let unit = ofParagraph.first(where: { units[$0].item == i }) else {
                            return .unknownParagraph(
                                part, section: section,
                                message: "the list \(cited)\(p) has no item \(i) (it has \(ofParagraph.count))",
                                hint: "cite one of \(cited)\(p).1 to \(cited)\(p).\(ofParagraph.count)")
                        }
                        found.append(unit)
                    }
                } else if isList && ofParagraph.count > 1 {
                    return .unknownParagraph(
                        part, section: section,
                        message: "\(cited)\(p) is a list of \(ofParagraph.count) items: '\(part)' does not say which",
                        hint:
                            "cite the items the entry carries, e.g. \(cited)\(p).1 or \(cited)\(p).1-\(ofParagraph.count)"
                    )
                } else {
                    found += ofParagraph
                }
            }
            return .carried(section: section, units: found)
        }
    }
}
