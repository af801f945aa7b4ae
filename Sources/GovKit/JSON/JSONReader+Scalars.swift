/// Where a string's content is in the source, and where its decoded text is when it was written with escapes.
struct StringSpan {
    let start: Int
    let length: Int
    /// Index into `JSONReader.decoded`, or -1 when the bytes are the text.
    let decoded: Int32
}

extension JSONDocument.Entry {
    mutating func setKey(_ key: StringSpan) {
        keyStart = Int32(key.start)
        keyLength = Int32(key.length)
        decodedKey = key.decoded
    }
}

/// Strings, escapes, numbers and keys.
extension JSONReader {
    func text(of span: StringSpan) -> String {
        if span.decoded >= 0 { return decoded[Int(span.decoded)] }
        return String(decoding: bytes[span.start..<(span.start + span.length)], as: UTF8.self)
    }

    func text(ofKey member: Int) -> String {
        let entry = entries[member]
        return text(of: StringSpan(start: Int(entry.keyStart), length: Int(entry.keyLength), decoded: entry.decodedKey))
    }

    /// Whether two member entries have the same key, compared as UTF-8 (code unit by code unit, as JSON does).
    func sameKey(_ a: Int, _ b: Int) -> Bool {
        let x = entries[a], y = entries[b]
        if x.decodedKey < 0, y.decodedKey < 0 {
            guard x.keyLength == y.keyLength else { return false }
            let length = Int(x.keyLength), xStart = Int(x.keyStart), yStart = Int(y.keyStart)
            return bytes[xStart..<(xStart + length)] == bytes[yStart..<(yStart + length)]
        }
        return text(ofKey: a).utf8.elementsEqual(text(ofKey: b).utf8)
    }

    /// Reads a number and returns the length of its text.
    mutating func parseNumber() throws(JSONSyntaxIssue) -> Int {
        let start = index
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw issue("expected a digit after '-'", hint: "write numbers like -1 or -0.5")
        }
        if bytes[index] == UInt8(ascii: "0"), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
            throw issue(
                "numbers may not have leading zeros", at: start,
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
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw issue("expected a digit in the exponent", hint: "write 1e3, not 1e")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return index - start
    }

    /// Reads a string; its text is made only when someone asks for it, except when it has escapes.
    mutating func parseString() throws(JSONSyntaxIssue) -> StringSpan {
        let start = index
        index += 1
        let contentStart = index
        // Fast path: no escapes (the text is then the bytes themselves). The file is already known to be UTF-8, so a
        // byte from 0x80 up is part of a character; the string ends at '"', or goes the slow way at its first '\\' (or
        // control character, which the slow way reports).
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return StringSpan(start: contentStart, length: index - 1 - contentStart, decoded: -1)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            index += 1
        }
        var scratch = Array(bytes[contentStart..<index])
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                decoded.append(String(decoding: scratch, as: UTF8.self))
                return StringSpan(
                    start: contentStart, length: index - 1 - contentStart, decoded: Int32(decoded.count - 1))
            case UInt8(ascii: "\\"):
                try parseEscape(into: &scratch)
            default:
                if b < 0x20 {
                    // A line break in a string whose closing quote is typographic: the quote is the mistake.
                    if b == UInt8(ascii: "\n"), let quote = closingTypographicQuote(from: contentStart, to: index) {
                        throw quote
                    }
                    throw controlCharacter(b)
                }
                scratch.append(b)
                index += 1
            }
        }
        if let quote = closingTypographicQuote(from: contentStart, to: index) { throw quote }
        throw issue("unterminated string", at: start, hint: "close the string with '\"'")
    }

    func controlCharacter(_ b: UInt8) -> JSONSyntaxIssue {
        if b == UInt8(ascii: "\n") {
            return issue(
                "line break inside a string", hint: "close the string on the same line, or write \\n for a line break")
        }
        return issue(
            "control character 0x\(String(b, radix: 16)) inside a string", hint: "write it as an escape such as \\t")
    }

    mutating func parseEscape(into scratch: inout [UInt8]) throws(JSONSyntaxIssue) {
        let start = index
        index += 1
        guard index < bytes.count else {
            throw issue("unterminated escape", at: start, hint: "finish the escape or remove the '\\'")
        }
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
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw issue(
                        "lone high surrogate in \\u escape", at: start,
                        hint: "write the character itself, or a full surrogate pair")
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
            throw issue(
                "unknown escape '\\\(Character(Unicode.Scalar(c)))'", at: start,
                hint: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    mutating func readHex4(escapeStart: Int) throws(JSONSyntaxIssue) -> UInt32 {
        guard index + 4 <= bytes.count else {
            throw issue("short \\u escape", at: escapeStart, hint: "write four hex digits, e.g. \\u00e6")
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default:
                throw issue(
                    "invalid hex digit in \\u escape", at: escapeStart, hint: "write four hex digits, e.g. \\u00e6")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
