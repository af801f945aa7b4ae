/// A line of the outage log in the form govctl writes it, read without the general JSON reader: the log may hold
/// hundreds of thousands of records, and every check reads all of them.
///
/// The form: one object, no white space, keys and string values without escapes or control characters, numbers
/// only as `1` (the version), and `null`. A line in any other form (edited by hand, a note with a line break, a
/// damaged line) gets `nil` here and is read by `JSONParser`, which also says what is wrong with it; both readers
/// give the same value for every line this one accepts.
enum OutageLine {
    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")

    /// The line's object, or `nil` when it is not in the compact form.
    static func compactObject(_ line: ArraySlice<UInt8>) -> JSONValue? {
        var i = line.startIndex
        guard i < line.endIndex, line[i] == open else { return nil }
        i += 1
        var pairs: [(key: String, value: JSONValue)] = []
        pairs.reserveCapacity(12)
        while true {
            guard let key = string(line, &i), i < line.endIndex, line[i] == colon else { return nil }
            i += 1
            guard let value = value(line, &i), !pairs.contains(where: { $0.key == key }) else { return nil }
            pairs.append((key, value))
            guard i < line.endIndex else { return nil }
            if line[i] == comma {
                i += 1
            } else if line[i] == close {
                i += 1
                break
            } else {
                return nil
            }
        }
        guard i == line.endIndex else { return nil }
        return .object(JSONObject(distinctPairs: pairs))
    }

    /// A string, `1` or `null` starting at `i`, which moves past it.
    private static func value(_ line: ArraySlice<UInt8>, _ i: inout Int) -> JSONValue? {
        guard i < line.endIndex else { return nil }
        switch line[i] {
        case quote:
            return string(line, &i).map(JSONValue.string)
        case UInt8(ascii: "1"):
            guard i + 1 < line.endIndex, line[i + 1] == comma || line[i + 1] == close else { return nil }
            i += 1
            return .number(1)
        case UInt8(ascii: "n"):
            guard line[i...].starts(with: "null".utf8) else { return nil }
            i += 4
            return .null
        default:
            return nil
        }
    }

    /// A string without escapes or control characters, in well-formed UTF-8, starting at `i`, which moves past it.
    private static func string(_ line: ArraySlice<UInt8>, _ i: inout Int) -> String? {
        guard i < line.endIndex, line[i] == quote else { return nil }
        let start = i + 1
        var j = start
        var ascii = true
        while j < line.endIndex, line[j] != quote {
            let byte = line[j]
            if byte == backslash || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            j += 1
        }
        guard j < line.endIndex else { return nil }
        i = j + 1
        let bytes = line[start..<j]
        return ascii ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
    }
}
