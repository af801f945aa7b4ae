/// The `TODO`s that `govctl new` writes into every value to replace (`Skeleton`): one still in a value is the warning
/// `leftover-todo` at that value (an error with `validate --strict`), so an unfinished procedure does not ship.
enum LeftoverTodos {
    /// The word, in capitals, as the skeleton writes it.
    static let word = Array("TODO".utf8)

    /// Reports every string value of the file that holds the word TODO, at the value. A file without the bytes
    /// `TODO` (every finished one) costs one pass over its bytes and no walk.
    static func check(_ root: JSONNode, bytes: [UInt8], sink: DiagnosticSink) {
        guard hasWord(bytes) else { return }
        walk(root, name: nil, sink: sink)
    }

    /// Whether `bytes` hold TODO as a word: not inside a longer word such as `TODOS` or `MASTODON`.
    static func hasWord<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex - 4
        // The letters as constants, not read from `word` (a global, checked for its first use at every byte).
        while i <= end {
            if bytes[i] == UInt8(ascii: "T"), bytes[i + 1] == UInt8(ascii: "O"), bytes[i + 2] == UInt8(ascii: "D"),
                bytes[i + 3] == UInt8(ascii: "O"),
                i == bytes.startIndex || !isWordByte(bytes[i - 1]),
                i + 4 == bytes.endIndex || !isWordByte(bytes[i + 4])
            {
                return true
            }
            i += 1
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default: return false
        }
    }

    /// `name`: the key the value is written under; a text's language (`"nb": "TODO: …"`) and an array's elements
    /// keep the key above them, e.g. 'title'.
    private static func walk(_ node: JSONNode, name: String?, sink: DiagnosticSink) {
        if node.isObject {
            for member in node.members {
                let key = member.key
                walk(member.value, name: Language(rawValue: key) != nil && name != nil ? name : key, sink: sink)
            }
        } else if node.isArray {
            for element in node.elements { walk(element, name: name, sink: sink) }
        } else if let text = node.stringValue, hasWord(Array(text.utf8)) {
            sink.warning(
                .leftoverTodo, at: node.offset,
                "a TODO is left in \(name.map { "'\($0)'" } ?? "the value"): \"\(shortened(text))\"",
                hint: "write what the source says in its place, or leave the key out where the source is silent")
        }
    }

    /// The value as the message quotes it: at most 60 characters.
    private static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : text.prefix(59) + "…"
    }
}
