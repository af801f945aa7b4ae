/// A JSON value as read from a file: every value and key knows the byte offset it starts at,
/// and numbers keep their exact text so amounts can be read without going through `Double`.
///
/// A node is a position in its parsed `JSONDocument`: strings are made when asked for, and members and
/// elements are walked in place (`members`, `elements`), so reading a file allocates little beyond what is kept.
package struct JSONNode: Sendable {
    package enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number exactly as written, e.g. `"2884000"` or `"1.5e3"`.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object, in document order.
    package struct Member: Sendable {
        let document: JSONDocument
        let index: Int

        package var key: String { document.key(at: index) }
        /// Byte offset of the key's opening quote.
        package var keyOffset: Int { Int(document.entries[index].keyStart) - 1 }
        package var value: JSONNode { JSONNode(document: document, index: index) }

        /// Whether the key is `key` (compared without making a string).
        func hasKey(_ key: String) -> Bool { document.hasKey(key, at: index) }
    }

    let document: JSONDocument
    let index: Int

    var entry: JSONDocument.Entry { document.entries[index] }

    /// Byte offset of the value's first character in the source text.
    package var offset: Int { Int(entry.offset) }

    /// The value's kind and contents (makes the strings and arrays it holds; walking `members` does not).
    package var kind: Kind {
        switch entry.tag {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(document.text(entry.start, entry.length))
        case .string: return .string(document.string(at: index))
        case .array: return .array(Array(elements))
        case .object: return .object(Array(members))
        }
    }

    var isObject: Bool { entry.tag == .object }
    var isArray: Bool { entry.tag == .array }

    /// The text when this is a string.
    var stringValue: String? { entry.tag == .string ? document.string(at: index) : nil }

    /// The elements of an array (none for anything else), walked in place.
    var elements: LazyMapSequence<ChildIndices, JSONNode> {
        let document = document
        return children(of: .array).lazy.map { JSONNode(document: document, index: $0) }
    }

    /// The members of an object (none for anything else), walked in place.
    var members: LazyMapSequence<ChildIndices, Member> {
        let document = document
        return children(of: .object).lazy.map { Member(document: document, index: $0) }
    }

    /// The entry indices of the members of an object (none for anything else).
    var memberIndices: ChildIndices { children(of: .object) }

    private func children(of tag: JSONDocument.Tag) -> ChildIndices {
        ChildIndices(document: document, first: index + 1, count: entry.tag == tag ? Int(entry.length) : 0)
    }

    /// The same value without positions, for the rule engine.
    package var value: JSONValue {
        switch entry.tag {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(Double(document.text(entry.start, entry.length)) ?? .nan)
        case .string: return .string(document.string(at: index))
        case .array:
            var values: [JSONValue] = []
            values.reserveCapacity(Int(entry.length))
            for element in elements { values.append(element.value) }
            return .array(values)
        case .object:
            // The parser already left out duplicate keys, so the pairs go in without a duplicate check.
            var pairs: [(key: String, value: JSONValue)] = []
            pairs.reserveCapacity(Int(entry.length))
            for member in members { pairs.append((member.key, member.value.value)) }
            return .object(JSONObject(distinctPairs: pairs))
        }
    }

    /// A short English name of the node's JSON type, for messages.
    package var typeName: String {
        switch entry.tag {
        case .null: return "null"
        case .false, .true: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// The entry indices of the direct children of an array or object entry, in order (duplicate members left out).
struct ChildIndices: Sequence {
    let document: JSONDocument
    let first: Int
    let count: Int

    struct Iterator: IteratorProtocol {
        let document: JSONDocument
        var upcoming: Int
        var remaining: Int

        mutating func next() -> Int? {
            while remaining > 0 {
                let current = upcoming
                let entry = document.entries[current]
                upcoming = Int(entry.end)
                if entry.isDuplicate { continue }
                remaining -= 1
                return current
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(document: document, upcoming: first, remaining: count) }
}
