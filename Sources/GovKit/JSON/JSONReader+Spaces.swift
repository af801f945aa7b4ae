/// Spaces other than the ordinary one where JSON separates values: word processors and web pages put a non-breaking
/// space (U+00A0) where one was typed or pasted, and it looks like an ordinary space. Between values it is reported
/// by name, "a non-breaking space (U+00A0) where JSON allows only an ordinary space", not as the byte 0xC2 that
/// starts it. Inside a string it is text like any other.
extension JSONReader {
    /// The invisible character at `offset` that is not JSON whitespace: a Unicode space (the Zs category, which the
    /// ordinary space aside JSON does not allow), a line or paragraph separator, a zero-width space or joiner, a byte
    /// order mark, or the next-line control; `nil` for anything else.
    func unicodeSpace(at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count, bytes[offset] >= 0xC2 else { return nil }
        let length = bytes[offset] >= 0xF0 ? 4 : bytes[offset] >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count,
            let scalar = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self).unicodeScalars.first
        else { return nil }
        return Self.spaceName(scalar) == nil ? nil : scalar
    }

    /// "a non-breaking space (U+00A0)": the name people know, else Unicode's name in lower case; `nil` when
    /// `scalar` is not a space-like character.
    static func spaceName(_ scalar: Unicode.Scalar) -> String? {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let known: [UInt32: String] = [
            0x00A0: "a non-breaking space", 0x202F: "a narrow non-breaking space", 0x2007: "a figure space",
            0x2009: "a thin space", 0x200A: "a hair space", 0x2002: "an en space", 0x2003: "an em space",
            0x200B: "a zero-width space", 0x2060: "a word joiner", 0xFEFF: "a byte order mark",
            0x3000: "an ideographic space", 0x2028: "a line separator", 0x2029: "a paragraph separator",
            0x0085: "a next-line control character (NEL)",
        ]
        if let name = known[scalar.value] { return "\(name) (\(code))" }
        let category = scalar.properties.generalCategory
        guard scalar.value > 0x7F, category == .spaceSeparator || category == .format || scalar.properties.isWhitespace
        else { return nil }
        let name = scalar.properties.name?.lowercased() ?? "an invisible character"
        return "\(name.hasPrefix("an ") || name.hasPrefix("a ") ? "" : "a ")\(name) (\(code))"
    }

    /// "a non-breaking space (U+00A0) where JSON allows only an ordinary space", at the space.
    func spaceIssue(_ scalar: Unicode.Scalar, at offset: Int) -> JSONSyntaxIssue {
        let name = Self.spaceName(scalar) ?? "an invisible character"
        return issue(
            "\(name) where JSON allows only an ordinary space", at: offset,
            hint: "between keys, values and punctuation JSON takes only the ordinary space, tab and line breaks; "
                + "word processors and web pages put other spaces where you typed or pasted one, so replace it with "
                + "an ordinary space (or remove it), edit procedure files in a plain-text editor, and keep it only "
                + "inside the text")
    }
}
