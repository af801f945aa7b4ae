/// The house layout of procedure files (`govctl fmt`), the rule that reproduces every bundled file byte for byte:
///
/// 1. Two spaces of indentation; `"key": value` with one space after the colon; no space before a comma; the file
///    ends with one newline.
/// 2. The file's object and the values of its top-level keys (`document`, `systems`, …) are always written one
///    member per line.
/// 3. Deeper down, the author decides: a container written on one line stays on one line, as
///    `{ "nb": "…", "en": "…" }` (spaces inside braces) or `["a", "b"]` (none inside brackets). An object written
///    over several lines has one member per line; an array written over several lines starts a new line for an
///    element exactly where the file did (so an `"if"` rule keeps each condition and its result on one line). The
///    closing bracket of a broken container has a line of its own. Line length decides nothing: the bundled files
///    have one-line steps of 500 columns and broken arrays of 98.
/// 4. Empty containers are `{}` and `[]`.
/// 5. Keys stay in the order written; strings, numbers and literals keep their exact bytes (no re-escaping, so
///    `"ø"` stays `"ø"` and `"\u00f8"` stays `"\u00f8"`).
package enum CanonicalFormat {
    /// The canonical layout of `bytes`, which must be JSON (else the parser's error, with its offset).
    package static func format(_ bytes: [UInt8]) throws(JSONSyntaxIssue) -> [UInt8] {
        _ = try JSONParser.parse(bytes)
        var reader = Reader(bytes: bytes)
        let root = reader.value()
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        write(root, bytes: bytes, level: 0, into: &out)
        out.append(newline)
        return out
    }

    /// Whether `bytes` is already in the canonical layout (a file that is not JSON is not).
    package static func isCanonical(_ bytes: [UInt8]) -> Bool {
        (try? format(bytes)) == bytes
    }

    /// A value as written: a scalar's bytes, or a container with its members.
    indirect enum Node {
        case scalar(Range<Int>)
        case container(object: Bool, members: [Member], multiline: Bool)
    }

    /// One member of a container: the key's bytes (objects), the value, and whether a line break came before it.
    struct Member {
        let key: Range<Int>?
        let value: Node
        let newlineBefore: Bool
    }

    /// Reads the tree of an input the strict parser has accepted.
    struct Reader {
        let bytes: [UInt8]
        var index = 0

        /// Whitespace from `index` on; returns whether it held a line break.
        @discardableResult
        mutating func skipSpace() -> Bool {
            var sawNewline = false
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"): sawNewline = true
                case UInt8(ascii: " "), UInt8(ascii: "\t"): break
                default: return sawNewline
                }
                index += 1
            }
            return sawNewline
        }

        mutating func value() -> Node {
            skipSpace()
            guard index < bytes.count else { return .scalar(index..<index) }
            switch bytes[index] {
            case UInt8(ascii: "{"): return container(object: true)
            case UInt8(ascii: "["): return container(object: false)
            case UInt8(ascii: "\""): return .scalar(string())
            default:
                let start = index
                while index < bytes.count, !Self.ends(bytes[index]) { index += 1 }
                return .scalar(start..<index)
            }
        }

        static func ends(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","),
                UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"):
                return true
            default: return false
            }
        }

        /// A string's bytes, quotes included.
        mutating func string() -> Range<Int> {
            let start = index
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            index = min(index + 1, bytes.count)
            return start..<index
        }

        mutating func container(object: Bool) -> Node {
            let close = object ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            var members: [Member] = []
            var multiline = false
            while index < bytes.count {
                let newline = skipSpace()
                multiline = multiline || newline
                guard index < bytes.count else { break }
                if bytes[index] == close {
                    index += 1
                    break
                }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                var key: Range<Int>?
                var newlineBefore = newline
                if object {
                    key = string()
                    multiline = skipSpace() || multiline
                    index += 1 // ':'
                }
                let value = value()
                if case .container(_, _, true) = value { multiline = true }
                if members.isEmpty { newlineBefore = true }
                members.append(Member(key: key, value: value, newlineBefore: newlineBefore))
                multiline = skipSpace() || multiline
            }
            return .container(object: object, members: members, multiline: multiline)
        }
    }

    static let newline = UInt8(ascii: "\n")

    static func write(_ node: Node, bytes: [UInt8], level: Int, into out: inout [UInt8]) {
        switch node {
        case .scalar(let range): out += bytes[range]
        case .container(let object, let members, let multiline):
            let (open, close) = object ? (UInt8(ascii: "{"), UInt8(ascii: "}")) : (UInt8(ascii: "["), UInt8(ascii: "]"))
            if members.isEmpty {
                out += [open, close]
            } else if !multiline && level >= 2 {
                writeOneLine(node, bytes: bytes, into: &out)
            } else {
                out.append(open)
                for (i, member) in members.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    if object || member.newlineBefore || level < 2 {
                        out.append(newline)
                        indent(level + 1, into: &out)
                    } else {
                        out.append(UInt8(ascii: " "))
                    }
                    if let key = member.key { out += bytes[key] + Array(": ".utf8) }
                    write(member.value, bytes: bytes, level: level + 1, into: &out)
                }
                out.append(newline)
                indent(level, into: &out)
                out.append(close)
            }
        }
    }

    static func writeOneLine(_ node: Node, bytes: [UInt8], into out: inout [UInt8]) {
        switch node {
        case .scalar(let range): out += bytes[range]
        case .container(let object, let members, _):
            if members.isEmpty {
                out += Array((object ? "{}" : "[]").utf8)
                return
            }
            out += Array((object ? "{ " : "[").utf8)
            for (i, member) in members.enumerated() {
                if i > 0 { out += Array(", ".utf8) }
                if let key = member.key { out += bytes[key] + Array(": ".utf8) }
                writeOneLine(member.value, bytes: bytes, into: &out)
            }
            out += Array((object ? " }" : "]").utf8)
        }
    }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        out += [UInt8](repeating: UInt8(ascii: " "), count: 2 * level)
    }
}
