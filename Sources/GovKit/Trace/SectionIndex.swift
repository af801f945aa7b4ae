import Foundation

/// Resolves citations against a document's outline.
///
/// A citation part is "<section>[, <sub-heading>]…", each piece a section's id, exact heading, or "id heading"
/// (case and runs of spaces ignored); the section cited is the last piece. A trailing remark in parentheses
/// ("3 Genomförande (”Efter 4 timmar”)") is allowed when the part does not resolve with it.
package final class SectionIndex {
    package let sections: [OutlineSection]
    /// Names as written: most citations match exactly.
    private let byName: [Name: Int]
    /// Names as looked up when a citation does not match exactly (lowercased, spaces collapsed); made on first need.
    private lazy var byKey: [String: Int] = {
        var byKey: [String: Int] = [:]
        for (i, section) in sections.enumerated() {
            for name in section.names where byKey[Self.key(name)] == nil { byKey[Self.key(name)] = i }
        }
        return byKey
    }()

    /// Each citation text's parts as `resolveParts(of:)` resolved them: the checks of a procedure (`CitationChecks`,
    /// `FingerprintChecks`) share one index, and citations repeat within a file and across the checks. Keyed by the
    /// text's bytes (`Name`): hashing the string itself would normalise its Unicode first.
    var resolvedParts: [Name: [CitedPart]] = [:]
    /// Each section's paragraph units (`OutlineSection.units`, worked out on each call), made once when first cited.
    private var unitsBySection: [Int: [ParagraphUnit]] = [:]

    func units(of section: Int) -> [ParagraphUnit] {
        if let known = unitsBySection[section] { return known }
        let units = sections[section].units
        unitsBySection[section] = units
        return units
    }

    package init(_ sections: [OutlineSection]) {
        self.sections = sections
        var byName: [Name: Int] = [:]
        byName.reserveCapacity(sections.count * 4)
        // Backwards, so that the first section with a name keeps it, at one hash per name. The names are made as
        // bytes (`OutlineSection.names`, spelled without string interpolation).
        for (i, section) in sections.enumerated().reversed() {
            let id = Array(section.id.utf8)
            let title = Array(section.title.utf8)
            if section.id != section.title {
                byName[Name(id + [0x2E, 0x20] + title)] = i
                byName[Name(id + [0x20] + title)] = i
            }
            byName[Name(title)] = i
            byName[Name(id)] = i
        }
        self.byName = byName
    }

    /// Every name a citation may use, for "did you mean".
    package var allNames: [String] { sections.flatMap(\.names) }

    /// The index of the section a citation part cites, or `nil` when the outline has no such section.
    package func resolve(_ part: String) -> Int? {
        // The usual case, a part written as the outline writes its sections: found on the part's bytes, without
        // making a string for each way of joining its pieces. `resolvePieces` starts with the same two tries.
        let bytes = Array(part.utf8)
        if let found = byName[Name(bytes)] ?? segment(bytes, Self.pieceRanges(bytes), from: 0) { return found }
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
        if let found = byName[Name(part)] { return found }
        let pieces = Self.pieces(part)
        return segment(pieces, from: 0, exact: true) ?? segment(pieces, from: 0, exact: false)
    }

    /// `segment(_:from:exact: true)` on bytes: `pieces` are the ranges of `bytes` between the ", " that separate
    /// them, and the name of `pieces[start..<end]` joined with ", " is the bytes from the first's start to the last's
    /// end.
    private func segment(_ bytes: [UInt8], _ pieces: [Range<Int>], from start: Int) -> Int? {
        var end = pieces.count
        while end > start {
            if let found = byName[Name(bytes[pieces[start].lowerBound..<pieces[end - 1].upperBound])] {
                if end == pieces.count { return found }
                if let rest = segment(bytes, pieces, from: end) { return rest }
            }
            end -= 1
        }
        return nil
    }

    /// Where `pieces` would split `bytes`: the ranges between the ", " separators.
    static func pieceRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x2C && bytes[i + 1] == 0x20 {
                ranges.append(start..<i)
                start = i + 2
                i += 2
            } else {
                i += 1
            }
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    /// Splits `pieces[start...]` into section names, longest first; returns the last section's index.
    /// `exact`: names as written only (the first pass); else case and spacing ignored.
    private func segment(_ pieces: [String], from start: Int, exact: Bool) -> Int? {
        var end = pieces.count
        while end > start {
            let name = pieces[start..<end].joined(separator: ", ")
            if let found = exact ? byName[Name(name)] : byKey[Self.key(name)] {
                if end == pieces.count { return found }
                if let rest = segment(pieces, from: end, exact: exact) { return rest }
            }
            end -= 1
        }
        return nil
    }

    /// A name as looked up: lowercased, runs of spaces as one. Only a name with a tab, a line break, two spaces or a
    /// space at either end (rare) pays for the Unicode whitespace split.
    /// "a, b, c" → ["a", "b", "c"], split at ", " as UTF-8.
    static func pieces(_ part: String) -> [String] {
        var pieces: [String] = []
        let bytes = Array(part.utf8)
        var start = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x2C && bytes[i + 1] == 0x20 {
                pieces.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 2
                i += 2
            } else {
                i += 1
            }
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    static func key(_ name: String) -> String {
        let lower = name.lowercased()
        var previous: UInt8 = 0x20
        var plain = true
        for byte in lower.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) {
                plain = false
                break
            }
            previous = byte
        }
        if plain && previous != 0x20 { return lower }
        return lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A string compared and hashed as its UTF-8 bytes: names are written the same way in the outline and in citations,
/// and hashing the bytes skips the Unicode normalisation `String` hashing does (Norwegian and Swedish headings).
/// The bytes may be a slice of a longer text (a citation's pieces are looked up without copying them out).
struct Name: Hashable {
    let bytes: ArraySlice<UInt8>
    /// What `hash(into:)` combines with the length, made once: the first and last eight bytes. Enough to tell an
    /// outline's names apart (equality compares every byte), for a fraction of the cost of hashing each byte.
    private let head: UInt64
    private let tail: UInt64

    init(_ text: String) { self.init(Array(text.utf8)) }

    init(_ bytes: [UInt8]) { self.init(bytes[...]) }

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var i = bytes.startIndex
        while i < min(bytes.endIndex, bytes.startIndex + 8) {
            head = head << 8 | UInt64(bytes[i])
            i += 1
        }
        i = max(bytes.startIndex, bytes.endIndex - 8)
        while i < bytes.endIndex {
            tail = tail << 8 | UInt64(bytes[i])
            i += 1
        }
        self.head = head
        self.tail = tail
    }

    static func == (a: Name, b: Name) -> Bool {
        a.bytes.count == b.bytes.count && a.head == b.head && a.tail == b.tail && a.bytes == b.bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        hasher.combine(head)
        hasher.combine(tail)
    }
}
