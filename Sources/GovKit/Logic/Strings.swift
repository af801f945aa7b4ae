import Foundation

/// `substr`, `in`, `merge`.
enum Strings {
    /// JavaScript's `substr`: a negative start counts from the end; a negative length stops that far from the end.
    static func substr(_ args: [JSONValue]) throws(LogicError) -> JSONValue {
        let text = Coercion.text(args.first ?? .null)
        // ASCII without "\r\n" (one Character of two bytes): each Character is one byte, so the bytes are cut
        // where the Characters would be, without breaking the text into Characters first.
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 })
            && !bytes.indices.dropLast().contains(where: { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A })
        {
            let (start, end) = try bounds(args, count: bytes.count)
            return .string(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        let characters = Array(text)
        let (start, end) = try bounds(args, count: characters.count)
        return .string(String(characters[start..<end]))
    }

    /// Where `substr` cuts a text of `count` Characters: `start..<end`.
    private static func bounds(_ args: [JSONValue], count: Int) throws(LogicError) -> (Int, Int) {
        var start = args.count > 1 ? Coercion.integer(try Coercion.number(args[1]), clampedTo: count) : 0
        if start < 0 { start = max(0, count + start) }
        start = min(start, count)
        var end = count
        if args.count > 2 {
            let length = Coercion.integer(try Coercion.number(args[2]), clampedTo: count)
            end = length < 0 ? max(start, count + length) : min(count, start + length)
        }
        return (start, max(start, end))
    }

    /// Membership in an array, or substring of a string; `false` for anything else.
    static func inside(_ args: [JSONValue]) -> JSONValue {
        guard args.count >= 2 else { return .bool(false) }
        switch args[1] {
        case .array(let items): return .bool(items.contains(args[0]))
        case .string(let s): return .bool(contains(Array(s.utf8), Array(Coercion.text(args[0]).utf8)))
        default: return .bool(false)
        }
    }

    /// Whether `needle` occurs in `text`, byte for byte: JavaScript's `includes`, which compares code units (so a
    /// precomposed "é" is not found in "e" + U+0301; Foundation's `range(of:)`, used before, took them as equal, at
    /// some thousands of instructions a call). "" occurs everywhere. Knuth–Morris–Pratt: linear in both lengths.
    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard needle.count <= text.count else { return false }
        // fallback[i]: the length of the longest proper prefix of needle[0...i] that is also its suffix.
        var fallback = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<max(1, needle.count) {
            while k > 0 && needle[i] != needle[k] { k = fallback[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            fallback[i] = k
        }
        var matched = 0
        for byte in text {
            while matched > 0 && byte != needle[matched] { matched = fallback[matched - 1] }
            if byte == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }

    /// One array of all arguments, arrays flattened one level.
    static func merge(_ args: [JSONValue]) -> JSONValue {
        var out: [JSONValue] = []
        for arg in args {
            if case .array(let items) = arg { out.append(contentsOf: items) } else { out.append(arg) }
        }
        return .array(out)
    }
}
