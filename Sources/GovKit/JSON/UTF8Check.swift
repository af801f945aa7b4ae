/// Checks UTF-8 for well-formedness (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF), to say
/// where a file that is not UTF-8 goes wrong. The parser checks a whole file with it before reading the file.
enum UTF8Check {
    /// The offset of the first byte that does not start a well-formed sequence, or `nil` when all is well-formed.
    static func firstInvalidOffset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var i = start
        while i < bytes.count {
            // Mostly ASCII: 32 bytes at a time while none has its high bit set.
            if i + 32 <= bytes.count, bytes[i..<(i + 32)].reduce(0, |) < 0x80 {
                i += 32
                continue
            }
            if bytes[i] < 0x80 {
                i += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence starting at `i` (whose byte is at least 0x80), or `nil`
    /// when it is not one.
    static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch bytes[i] {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return nil
        }
        guard i + length <= bytes.count else { return nil }
        let second = bytes[i + 1]
        guard second >= lower, second <= upper else { return nil }
        var k = 2
        while k < length {
            guard bytes[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return length
    }
}
