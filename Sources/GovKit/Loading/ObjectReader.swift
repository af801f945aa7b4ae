import Foundation

/// Reads one JSON object of a procedure file. Every accessor both reads a key and declares it allowed,
/// so `finish()` can report every key nobody asked for (a typo) with the closest allowed key.
///
/// Keys and descriptions are literals in the decoders; a key is compared with the file's bytes without making a
/// string of the file's key.
struct ObjectReader {
    let node: JSONNode
    let what: String
    let sink: DiagnosticSink
    /// The keys asked for (the allowed keys), and the entries of the members they found.
    private var asked: [String] = []
    private var found: [Int] = []
    /// The entry of the member to look at first (the one after the last member found).
    private var cursor: Int

    /// Reads `node` as an object; when it is not one, reports that and `isObject` is false (the decoder stops).
    /// (Not a failable initializer: unwrapping an optional reader copied it, for every object of every file.)
    init(_ node: JSONNode, what: String, sink: DiagnosticSink) {
        if !node.isObject {
            sink.error(
                .wrongType, at: node.offset, "\(what) must be an object, found \(node.typeName)",
                hint: "write it as { \"key\": value, … }")
        }
        self.node = node
        self.what = what
        self.sink = sink
        cursor = node.index + 1
        asked.reserveCapacity(8)
        found.reserveCapacity(8)
    }

    /// Whether the node is an object; the other accessors assume it is.
    var isObject: Bool { node.isObject }

    /// The raw node under `key`; reports a missing required key.
    mutating func node(_ key: String, required: Bool = false) -> JSONNode? {
        asked.append(key)
        if let found = find(key) { return JSONNode(document: node.document, index: found) }
        if required {
            sink.error(.missingKey, at: node.offset, "\(what) has no '\(key)'", hint: "add \"\(key)\": …")
        }
        return nil
    }

    /// The entry of the member named `key`. Decoders mostly ask in the order files are written, so the search
    /// runs from the cursor to the end of the object, then from its first member up to the cursor.
    private mutating func find(_ key: String) -> Int? {
        guard
            let entry = scan(for: key, from: cursor, to: Int(node.entry.end))
                ?? scan(for: key, from: node.index + 1, to: cursor)
        else { return nil }
        cursor = Int(node.document.entries[entry].end)
        found.append(entry)
        return entry
    }

    /// The entry of the member named `key` among the members from entry `start` up to `end`.
    private func scan(for key: String, from start: Int, to end: Int) -> Int? {
        let document = node.document
        var i = start
        while i < end {
            let entry = document.entries[i]
            if !entry.isDuplicate, document.hasKey(key, at: i) { return i }
            i = Int(entry.end)
        }
        return nil
    }

    mutating func has(_ key: String) -> Bool {
        node.members.contains { $0.hasKey(key) }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard let s = value.stringValue else {
            typeError(key, value, expected: "a string in double quotes")
            return nil
        }
        if Self.isBlank(s) {
            sink.error(
                .emptyValue, at: value.offset, "'\(key)' of \(what) is empty",
                hint: required ? "write the \(key)" : "write the text, or leave the key out")
            return nil
        }
        if sink.checks.contains(.oneLine), let scalar = Self.controlCharacter(in: s) {
            Self.reportControl(scalar, in: "'\(key)' of \(what)", at: value.offset, sink: sink)
        }
        return s
    }

    /// The first character of `text` that `TextEscaping.line` would have to escape (a line break, a tab, any other
    /// C0 or C1 control, DEL, U+2028, U+2029, a bidirectional override), or `nil`. One-line values (names, ids,
    /// titles, labels, addresses) may hold none: every face would show them escaped, and a mail subject refuses them.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return nil }
        return text.unicodeScalars.first(where: TextEscaping.needsEscape)
    }

    /// Reports a control character in a one-line value (`control-character`).
    static func reportControl(_ scalar: Unicode.Scalar, in what: String, at offset: Int?, sink: DiagnosticSink) {
        let name = "U+" + String(String(scalar.value, radix: 16, uppercase: true).paddingLeft(to: 4))
        sink.error(
            .controlCharacter, at: offset,
            "\(what) holds \(scalar == "\n" || scalar == "\r" ? "a line break" : "a control character") (\(name))",
            hint: "write it on one line, without control characters (an escape such as \\n in JSON is one too)")
    }

    /// What one entry of a list of strings is, for the hint on an empty one.
    static let entryNoun = ["aliases": "alias", "keywords": "keyword", "systems": "system's id", "steps": "step's id"]

    /// Whether `text` is empty or only white space (a name nobody could type or read; the schema's
    /// `"pattern": "\\S"` rejects it too).
    static func isBlank(_ text: String) -> Bool {
        // Most texts start with a visible ASCII character; only the others need the Unicode whitespace check.
        let first = text.utf8.first ?? 0
        return !(first > 0x20 && first < 0x7F) && !text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }

    /// A string that `parse` turns into a value; when it cannot, reports `'text' is not <what>` with `hint`.
    mutating func parsed<T>(
        _ key: String, required: Bool = false, as what: @autoclosure () -> String,
        hint: (String) -> String, _ parse: (String) -> T?
    ) -> T? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = parse(text) else {
            sink.error(.invalidValue, at: node(key)?.offset, "'\(text)' is not \(what())", hint: hint(text))
            return nil
        }
        return value
    }

    /// `parsed` for a key held as a `StaticString` (RoleDecoder's helpers still pass their keys so).
    mutating func parsed<T>(
        _ key: StaticString, required: Bool = false, as what: @autoclosure () -> String,
        hint: (String) -> String, _ parse: (String) -> T?
    ) -> T? {
        parsed(key.description, required: required, as: what(), hint: hint, parse)
    }

    /// An identifier: lowercase letters, digits and '-' (ids that commands and tests refer to).
    mutating func identifier(_ key: String, required: Bool = true) -> String? {
        guard let s = string(key, required: required) else { return nil }
        // Checked as UTF-8 bytes: every allowed character is ASCII, and any other character has a byte ≥ 0x80.
        let ok = Self.everyByte(of: s) {
            (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E
        }
        if !ok {
            sink.error(
                .invalidValue, at: node(key)?.offset, "'\(s)' is not a valid id",
                hint:
                    "use lowercase letters, digits, '-', '_' and '.', e.g. \"\(s.lowercased().replacingOccurrences(of: " ", with: "-"))\""
            )
        }
        return s
    }

    /// A name that rules read with `var` and texts with `{{…}}`: a letter, then letters, digits or '_'.
    mutating func variableName(_ key: String) -> String? {
        guard let s = string(key, required: true) else { return nil }
        let isLetter: (UInt8) -> Bool = { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }
        let ok =
            s.utf8.first.map(isLetter) == true
            && Self.everyByte(of: s) { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
        if !ok {
            sink.error(
                .invalidValue, at: node(key)?.offset, "'\(s)' is not a valid fact name",
                hint:
                    "rules read facts by name: start with a letter, then letters, digits or '_' (no '.', '-' or spaces), e.g. \"onCallFrom\""
            )
        }
        return s
    }

    /// Whether every UTF-8 byte of `text` passes `test`.
    private static func everyByte(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        text.utf8.allSatisfy(test)
    }

    mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = node(key, required: required) else { return nil }
        guard case .number(let text) = value.kind, let n = Int(text) else {
            typeError(key, value, expected: "a whole number")
            return nil
        }
        return n
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard case .bool(let b) = value.kind else {
            typeError(key, value, expected: "true or false")
            return nil
        }
        return b
    }

    /// An array of strings (aliases, keywords, system ids); an empty entry is reported and left out.
    mutating func strings(_ key: String) -> [String] {
        let what = what
        return array(key) { item, sink in
            guard let s = item.stringValue else {
                sink.error(
                    .wrongType, at: item.offset, "each entry of '\(key)' must be a string, found \(item.typeName)",
                    hint: "put the text in double quotes")
                return nil
            }
            if Self.isBlank(s) {
                sink.error(
                    .emptyValue, at: item.offset, "an entry of '\(key)' of \(what) is empty",
                    hint: "write the \(Self.entryNoun[key] ?? "text"), or remove the entry")
                return nil
            }
            if sink.checks.contains(.oneLine), let scalar = Self.controlCharacter(in: s) {
                Self.reportControl(scalar, in: "an entry of '\(key)' of \(what)", at: item.offset, sink: sink)
            }
            return s
        }
    }

    /// An array under `key`, each element decoded by `element` (which reports its own problems).
    mutating func array<T>(_ key: String, required: Bool = false, _ element: (JSONNode, DiagnosticSink) -> T?)
        -> [T]
    {
        guard let value = node(key, required: required) else { return [] }
        guard value.isArray else {
            typeError(key, value, expected: "an array [ … ]")
            return []
        }
        // Room for every element at once (a lazy sequence's compactMap grows its array 1, 2, 4, …).
        var result: [T] = []
        result.reserveCapacity(Int(value.entry.length))
        for item in value.elements {
            if let decoded = element(item, sink) {
                result.append(decoded)
            } else if item.isObject, let id = item.members.first(where: { $0.hasKey("id") })?.value.stringValue {
                // An entry with an id that did not decode (its problems are reported): references to the id are not
                // reported again as unknown.
                sink.undecoded.insert(key, Self.isBlank(id) ? "" : id)
            }
        }
        return result
    }

    mutating func text(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = node(key, required: required) else { return nil }
        return TextDecoder.decode(value, key: key, sink: sink)
    }

    func typeError(_ key: String, _ value: JSONNode, expected: String) {
        sink.error(
            .wrongType, at: value.offset, "'\(key)' of \(what) must be \(expected), found \(value.typeName)",
            hint: "write \(expected) for '\(key)'")
    }

    /// Reports every key that no accessor asked for.
    func finish() {
        for member in node.members where !found.contains(member.index) {
            let allowed = asked
            let suggestion = Suggestions.closest(to: member.key, among: allowed)
            let hint =
                suggestion.map { "did you mean '\($0)'?" } ?? "allowed keys here: \(allowed.joined(separator: ", "))"
            sink.error(.unknownKey, at: member.keyOffset, "unknown key '\(member.key)' in \(what)", hint: hint)
        }
    }
}

extension String {
    /// The text with leading zeros up to `width` characters (`"A"` → `"000A"`).
    fileprivate func paddingLeft(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
