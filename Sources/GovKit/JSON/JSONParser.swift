/// A problem found while reading JSON text, at a byte offset of the source.
public struct JSONSyntaxIssue: Sendable, Error, Equatable {
    public let offset: Int
    public let message: String
    public let hint: String
}

/// The result of reading JSON text: the tree, plus duplicate keys (reported, not fatal).
public struct ParsedJSON: Sendable {
    public let root: JSONNode
    public let duplicateKeys: [JSONSyntaxIssue]
}

/// A strict RFC 8259 reader: no trailing commas, no comments, no duplicate keys,
/// no leading zeros, no unescaped control characters; every value carries its offset.
public enum JSONParser {
    /// Reads `bytes` as one JSON text. Throws the first syntax error; duplicate keys are collected.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxIssue) -> ParsedJSON {
        let result: Result<ParsedJSON, JSONSyntaxIssue> = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            do throws(JSONSyntaxIssue) {
                let root = try reader.parseDocument()
                return .success(ParsedJSON(root: root, duplicateKeys: reader.duplicates))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads a JSON text given as a string (used for rules typed on the command line and for tests).
    public static func parse(_ text: String) throws(JSONSyntaxIssue) -> ParsedJSON {
        try parse(Array(text.utf8))
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var duplicates: [JSONSyntaxIssue] = []
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed and ignored (RFC 8259 §8.1).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    mutating func parseDocument() throws(JSONSyntaxIssue) -> JSONNode {
        // Checked once for the whole file, so that each string is then made without checking it again.
        if let bad = UTF8Check.firstInvalidOffset(bytes, from: index) {
            throw issue("the file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))", at: bad,
                        hint: "save the file as UTF-8")
        }
        skipWhitespace()
        guard index < bytes.count else {
            throw issue("the file is empty", hint: "a procedure file holds one JSON object: start it with '{'")
        }
        let root = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw issue("unexpected \(describe(bytes[index])) after the end of the JSON value",
                        hint: "a file holds exactly one JSON value; remove what follows it or add a missing ','")
        }
        return root
    }

    func issue(_ message: String, at offset: Int? = nil, hint: String) -> JSONSyntaxIssue {
        JSONSyntaxIssue(offset: offset ?? index, message: message, hint: hint)
    }

    func describe(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\n"): return "end of line"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxIssue) -> JSONNode {
        guard index < bytes.count else {
            throw issue("unexpected end of file where a value was expected", hint: "the file may be cut short; close every '{' and '['")
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(kind: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(kind: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(kind: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(kind: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(kind: .number(try parseNumber()), offset: start)
        case UInt8(ascii: "'"):
            throw issue("strings must use double quotes", hint: "write \"text\" instead of 'text'")
        case UInt8(ascii: "/"):
            throw issue("comments are not allowed in JSON", hint: "put explanations in a \"note\" or \"description\" field instead")
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw issue("expected a value, found \(describe(bytes[index]))", hint: "remove the trailing ',' before it")
        default:
            throw issue("expected a value, found \(describe(bytes[index]))",
                        hint: "values are strings in double quotes, numbers, true, false, null, objects or arrays")
        }
    }

    mutating func expectWord(_ word: String) throws(JSONSyntaxIssue) {
        let start = index
        let expected = Array(word.utf8)
        let count = expected.count
        let matches = index + count <= bytes.count
            && (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        guard matches else {
            throw issue("unknown word", at: start, hint: "use true, false or null (lowercase), or put text in double quotes")
        }
        index += count
    }

    mutating func enter() throws(JSONSyntaxIssue) {
        depth += 1
        if depth > 512 {
            throw issue("nesting is deeper than 512 levels", hint: "flatten the structure")
        }
    }

    mutating func parseObject() throws(JSONSyntaxIssue) -> JSONNode {
        let start = index
        try enter()
        index += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONNode(kind: .object(members), offset: start)
        }
        // Room for a typical object at once (a text has two or three members), instead of growing 1, 2, 4.
        members.reserveCapacity(4)
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an object", at: start, hint: "close the object with '}'")
            }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw issue("trailing comma before '}'", hint: "remove the ',' after the last member")
                }
                throw issue("expected a key in double quotes, found \(describe(bytes[index]))",
                            hint: "object keys are written \"key\": value")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw issue("expected ':' after the key '\(key)'", hint: "write \"\(key)\": value")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            // Objects in procedure files are small: a linear scan beats building a dictionary for each.
            if members.contains(where: { $0.key == key }) {
                duplicates.append(issue("duplicate key '\(key)'", at: keyOffset,
                                        hint: "each key may appear once in an object; remove or rename one"))
            } else {
                members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
            }
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an object", at: start, hint: "close the object with '}'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return JSONNode(kind: .object(members), offset: start)
            }
            throw issue("expected ',' or '}' after the value of '\(key)', found \(describe(bytes[index]))",
                        hint: "separate members with ','")
        }
    }

    mutating func parseArray() throws(JSONSyntaxIssue) -> JSONNode {
        let start = index
        try enter()
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONNode(kind: .array(items), offset: start)
        }
        items.reserveCapacity(4)
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw issue("trailing comma before ']'", hint: "remove the ',' after the last element")
            }
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else {
                throw issue("unexpected end of file inside an array", at: start, hint: "close the array with ']'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return JSONNode(kind: .array(items), offset: start)
            }
            throw issue("expected ',' or ']' in the array, found \(describe(bytes[index]))",
                        hint: "separate elements with ','")
        }
    }

    mutating func parseNumber() throws(JSONSyntaxIssue) -> String {
        let start = index
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw issue("expected a digit after '-'", hint: "write numbers like -1 or -0.5")
        }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
            throw issue("numbers may not have leading zeros", at: start,
                        hint: "write 7, not 07; put codes such as phone numbers in double quotes")
        }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw issue("expected a digit after '.'", hint: "write 1.0 or 1, not 1.")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw issue("expected a digit in the exponent", hint: "write 1e3, not 1e")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    mutating func parseString() throws(JSONSyntaxIssue) -> String {
        let start = index
        index += 1
        let contentStart = index
        // Fast path: no escapes. Whole 8-byte words first, while none is '"', '\\' or a control character.
        skipPlainStringBytes()
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                index += 1
                return makeString(slice)
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw controlCharacter(b) }
            index += 1
        }
        var scratch = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return scratch.withUnsafeBufferPointer { makeString($0) }
            case UInt8(ascii: "\\"):
                try parseEscape(into: &scratch)
            default:
                if b < 0x20 { throw controlCharacter(b) }
                scratch.append(b)
                index += 1
            }
        }
        throw issue("unterminated string", at: start, hint: "close the string with '\"'")
    }

    /// Advances `index` over whole 8-byte words that hold no '"', no '\\' and no byte below 0x20.
    @inline(__always)
    mutating func skipPlainStringBytes() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // Per byte, x - 1 borrows into the high bit where x is 0 (and x - 0x20 where x < 0x20); bytes at or
            // above 0x80 are masked out by ~x, and the byte loop after this re-checks any word that matches.
            let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if found & highs != 0 { return }
            index += 8
        }
    }

    func controlCharacter(_ b: UInt8) -> JSONSyntaxIssue {
        if b == UInt8(ascii: "\n") {
            return issue("line break inside a string", hint: "close the string on the same line, or write \\n for a line break")
        }
        return issue("control character 0x\(String(b, radix: 16)) inside a string", hint: "write it as an escape such as \\t")
    }

    /// A string from bytes of the file (already checked as UTF-8) or from decoded escapes.
    func makeString(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: buffer, as: UTF8.self)
    }

    mutating func parseEscape(into scratch: inout [UInt8]) throws(JSONSyntaxIssue) {
        let start = index
        index += 1
        guard index < bytes.count else { throw issue("unterminated escape", at: start, hint: "finish the escape or remove the '\\'") }
        let c = bytes[index]
        index += 1
        switch c {
        case UInt8(ascii: "\""): scratch.append(c)
        case UInt8(ascii: "\\"): scratch.append(c)
        case UInt8(ascii: "/"): scratch.append(c)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4(escapeStart: start)
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw issue("lone high surrogate in \\u escape", at: start, hint: "write the character itself, or a full surrogate pair")
                }
                index += 2
                let low = try readHex4(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw issue("invalid surrogate pair in \\u escape", at: start, hint: "write the character itself")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw issue("lone low surrogate in \\u escape", at: start, hint: "write the character itself")
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw issue("invalid \\u escape", at: start, hint: "write the character itself")
            }
            scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw issue("unknown escape '\\\(Character(Unicode.Scalar(c)))'", at: start,
                        hint: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    mutating func readHex4(escapeStart: Int) throws(JSONSyntaxIssue) -> UInt32 {
        guard index + 4 <= bytes.count else { throw issue("short \\u escape", at: escapeStart, hint: "write four hex digits, e.g. \\u00e6") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw issue("invalid hex digit in \\u escape", at: escapeStart, hint: "write four hex digits, e.g. \\u00e6")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
