/// One parsed JSON text as a flat list of entries in document order (a container's entry comes before its
/// contents). Entries are offsets into the source bytes (shared with the caller's array, not copied) rather than
/// strings and arrays of their own, so a parse is a few allocations however large the file. `JSONNode` is the view
/// on it. Nothing changes once the document exists.
final class JSONDocument: Sendable {
    enum Tag: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    struct Entry: Sendable {
        var tag: Tag
        /// Byte offset of the value's first character in the source.
        var offset: Int32
        /// A string's content (after the opening quote) or a number's text: first byte and length in bytes.
        /// For an array or object, `length` is the number of elements or members.
        var start: Int32
        var length: Int32
        /// The index of the first entry after this value and everything inside it.
        var end: Int32
        /// For a member of an object: its key's content, first byte and length in bytes; otherwise -1.
        var keyStart: Int32 = -1
        var keyLength: Int32 = 0
        /// Where a string or key written with escapes has its decoded text in `decoded`; otherwise -1.
        var decodedValue: Int32 = -1
        var decodedKey: Int32 = -1
        /// A member whose key an earlier member of the same object already has: reported, and skipped when
        /// the object is read (the first one counts), but kept so that `end` still leads past it.
        var isDuplicate = false
    }

    /// The source, which the parser checked as well-formed UTF-8 before reading it.
    let bytes: [UInt8]
    let entries: [Entry]
    let decoded: [String]

    init(bytes: [UInt8], entries: [Entry], decoded: [String]) {
        self.bytes = bytes
        self.entries = entries
        self.decoded = decoded
    }

    /// The text of `count` bytes at `start`: a string's or key's content written without escapes, or a number.
    func text(_ start: Int32, _ count: Int32) -> String {
        String(decoding: bytes[Int(start)..<Int(start + count)], as: UTF8.self)
    }

    /// The string value of entry `index`.
    func string(at index: Int) -> String {
        let entry = entries[index]
        return entry.decodedValue >= 0 ? decoded[Int(entry.decodedValue)] : text(entry.start, entry.length)
    }

    /// The key of member entry `index`.
    func key(at index: Int) -> String {
        let entry = entries[index]
        return entry.decodedKey >= 0 ? decoded[Int(entry.decodedKey)] : text(entry.keyStart, entry.keyLength)
    }

    /// Whether member entry `index` has the key `key`, compared as UTF-8 without making a string of the key.
    func hasKey(_ key: String, at index: Int) -> Bool {
        let entry = entries[index]
        if entry.decodedKey >= 0 { return decoded[Int(entry.decodedKey)].utf8.elementsEqual(key.utf8) }
        guard key.utf8.count == Int(entry.keyLength) else { return false }
        var i = Int(entry.keyStart)
        for unit in key.utf8 {
            guard bytes[i] == unit else { return false }
            i += 1
        }
        return true
    }
}
