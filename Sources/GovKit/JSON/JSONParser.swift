/// A problem found while reading JSON text, at a byte offset of the source.
package struct JSONSyntaxIssue: Sendable, Error, Equatable {
    package let offset: Int
    package let message: String
    package let hint: String
}

/// The result of reading JSON text: the root value, plus duplicate keys (reported, not fatal; the first one counts).
package struct ParsedJSON: Sendable {
    package let root: JSONNode
    package let duplicateKeys: [JSONSyntaxIssue]
}

/// A strict RFC 8259 reader: no trailing commas, no comments, no duplicate keys,
/// no leading zeros, no unescaped control characters; every value carries its offset.
package enum JSONParser {
    /// Reads `bytes` as one JSON text. Throws the first syntax error; duplicate keys are collected.
    package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxIssue) -> ParsedJSON {
        var reader = JSONReader(bytes: bytes)
        try reader.parseDocument()
        let document = JSONDocument(bytes: bytes, entries: reader.entries, decoded: reader.decoded)
        return ParsedJSON(root: JSONNode(document: document, index: 0), duplicateKeys: reader.duplicates)
    }

    /// Reads a JSON text given as a string (used for rules typed on the command line and for tests).
    package static func parse(_ text: String) throws(JSONSyntaxIssue) -> ParsedJSON {
        try parse(Array(text.utf8))
    }
}

/// Reads one JSON text into `JSONDocument` entries (containers and scalars are in the `JSONReader+…` files).
struct JSONReader {
    let bytes: [UInt8]
    var index = 0
    var duplicates: [JSONSyntaxIssue] = []
    var depth = 0
    var entries: [JSONDocument.Entry] = []
    /// The text of strings and keys written with escapes.
    var decoded: [String] = []
    /// The entries of the members of the objects being read, innermost object last.
    var memberStack: [Int] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed and ignored (RFC 8259 §8.1).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        // About one value per dozen bytes in procedure files: one allocation for most files.
        entries.reserveCapacity(bytes.count / 12 + 4)
    }

    mutating func parseDocument() throws(JSONSyntaxIssue) {
        guard bytes.count < Int(Int32.max) else {
            throw issue("the file is larger than 2 GB", at: 0, hint: "split it into several procedure files")
        }
        // The whole file is checked as UTF-8 first, so that a file saved in another encoding is reported as such, at
        // its first bad byte, whatever else is wrong with it; strings are then made from bytes known to be UTF-8.
        if let bad = UTF8Check.firstInvalidOffset(bytes, from: index) { throw notUTF8(at: bad) }
        skipWhitespace()
        guard index < bytes.count else {
            throw issue("the file is empty", hint: "a procedure file holds one JSON object: start it with '{'")
        }
        try parseValue(key: nil)
        skipWhitespace()
        if index < bytes.count {
            if let quote = lookalikeIssue(at: index) { throw quote }
            throw issue(
                "unexpected \(describe(at: index)) after the end of the JSON value",
                hint: "a file holds exactly one JSON value; remove what follows it or add a missing ','")
        }
    }

    func notUTF8(at offset: Int) -> JSONSyntaxIssue {
        issue(
            "the file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))", at: offset,
            hint: "save the file as UTF-8")
    }

    func issue(_ message: String, at offset: Int? = nil, hint: String) -> JSONSyntaxIssue {
        JSONSyntaxIssue(offset: offset ?? index, message: message, hint: hint)
    }

    /// The character at `offset` for a message: `'x'`, `end of line`, or a byte in hex when it is not printable.
    func describe(at offset: Int) -> String {
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "\n"): return "end of line"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case 0xC2...0xF4:
            // The file is known to be UTF-8: a lead byte starts a whole character.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard offset + length <= bytes.count else { break }
            let character = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
            let visible = character.unicodeScalars.allSatisfy {
                !$0.properties.isWhitespace && $0.properties.generalCategory != .format
                    && $0.properties.generalCategory != .control
            }
            if visible { return "'\(character)'" }
            if let scalar = character.unicodeScalars.first, let name = Self.spaceName(scalar) { return name }
        default: break
        }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        var i = index
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        index = i
    }

    /// Appends the entry of a value that holds nothing else, as the member `key` when in an object.
    mutating func appendScalar(
        _ tag: JSONDocument.Tag, at offset: Int, start: Int = 0, length: Int = 0,
        decoded: Int32 = -1, key: StringSpan?
    ) {
        var entry = JSONDocument.Entry(
            tag: tag, offset: Int32(offset), start: Int32(start), length: Int32(length),
            end: Int32(entries.count + 1), decodedValue: decoded)
        if let key { entry.setKey(key) }
        entries.append(entry)
    }

    mutating func parseValue(key: StringSpan?) throws(JSONSyntaxIssue) {
        guard index < bytes.count else {
            throw issue(
                "unexpected end of file where a value was expected",
                hint: "the file may be cut short; close every '{' and '['")
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(key: key)
        case UInt8(ascii: "["): try parseArray(key: key)
        case UInt8(ascii: "\""):
            let text = try parseString()
            appendScalar(.string, at: start, start: text.start, length: text.length, decoded: text.decoded, key: key)
        case UInt8(ascii: "t"):
            try expectWord("true")
            appendScalar(.true, at: start, key: key)
        case UInt8(ascii: "f"):
            try expectWord("false")
            appendScalar(.false, at: start, key: key)
        case UInt8(ascii: "n"):
            try expectWord("null")
            appendScalar(.null, at: start, key: key)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let length = try parseNumber()
            appendScalar(.number, at: start, start: start, length: length, key: key)
        case UInt8(ascii: "'"):
            throw issue("strings must use double quotes", hint: "write \"text\" instead of 'text'")
        case UInt8(ascii: "/"):
            throw issue(
                "comments are not allowed in JSON",
                hint: "put explanations in a \"note\" or \"description\" field instead")
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw issue("expected a value, found \(describe(at: index))", hint: "remove the trailing ',' before it")
        default:
            if let quote = lookalikeIssue(at: index) { throw quote }
            throw issue(
                "expected a value, found \(describe(at: index))",
                hint: "values are strings in double quotes, numbers, true, false, null, objects or arrays")
        }
    }

    mutating func expectWord(_ word: String) throws(JSONSyntaxIssue) {
        let count = word.utf8.count
        let matches = index + count <= bytes.count && bytes[index..<(index + count)].elementsEqual(word.utf8)
        guard matches else {
            throw issue("unknown word", hint: "use true, false or null (lowercase), or put text in double quotes")
        }
        index += count
    }
}
