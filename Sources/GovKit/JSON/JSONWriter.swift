import Foundation

/// Writes `JSONValue`s as JSON text, keeping object keys in their order.
package enum JSONWriter {
    /// Says which arrays and objects of a pretty document go on one line (`{"id": "a", "amount": 1}`), given the
    /// object keys leading to them (array positions are not part of the path) and the value.
    package typealias OneLine = (_ path: [String], _ value: JSONValue) -> Bool

    /// Indented JSON where `oneLine` picks containers written on a single line, as tables of rows read best.
    package static func pretty(_ value: JSONValue, oneLine: OneLine) -> String {
        var out = ""
        var path: [String] = []
        write(value, into: &out, indent: "  ", level: 0, path: &path, oneLine: oneLine)
        return out
    }

    /// `oneLine` for rows: an object whose members are all scalars (not arrays or objects).
    package static func isRow(_ value: JSONValue) -> Bool {
        guard case .object(let object) = value else { return false }
        return object.pairs.allSatisfy { pair in
            switch pair.value {
            case .array, .object: return false
            default: return true
            }
        }
    }

    /// Compact JSON on one line.
    package static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON (two spaces), ending without a newline.
    package static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: "  ", level: 0)
        return out
    }

    /// A number as JavaScript prints it: integers without a fraction, others in shortest form.
    package static func formatNumber(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        if number == number.rounded(), abs(number) < 1e21 {
            if number == 0 { return "0" }
            if abs(number) <= 9_007_199_254_740_992 { return String(Int64(number)) }
            return String(format: number)
        }
        return String(format: number)
    }

    /// An exact decimal as plain digits with an optional '.', never an exponent: 2884000, 1234.5.
    package static func formatDecimal(_ number: Decimal) -> String {
        NSDecimalNumber(decimal: number).stringValue
    }

    static func write(
        _ value: JSONValue, into out: inout String, indent: String?, level: Int, path: inout [String],
        oneLine: OneLine
    ) {
        if level > 0, oneLine(path, value) {
            writeOneLine(value, into: &out)
            return
        }
        switch value {
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                write(item, into: &out, indent: indent, level: level + 1, path: &path, oneLine: oneLine)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let object):
            if object.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                writeString(pair.key, into: &out)
                out += indent == nil ? ":" : ": "
                path.append(pair.key)
                write(pair.value, into: &out, indent: indent, level: level + 1, path: &path, oneLine: oneLine)
                path.removeLast()
            }
            newline(&out, indent, level)
            out += "}"
        default: write(value, into: &out, indent: indent, level: level)
        }
    }

    /// A container on one line with a space after each ',' and ':'.
    static func writeOneLine(_ value: JSONValue, into out: inout String) {
        switch value {
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                writeOneLine(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out += ", " }
                writeString(pair.key, into: &out)
                out += ": "
                writeOneLine(pair.value, into: &out)
            }
            out += "}"
        default: write(value, into: &out, indent: nil, level: 0)
        }
    }

    static func write(_ value: JSONValue, into out: inout String, indent: String?, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n.isFinite ? formatNumber(n) : "null"
        case .decimal(let d): out += d.isFinite ? formatDecimal(d) : "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let object):
            if object.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, pair) in object.pairs.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                writeString(pair.key, into: &out)
                out += indent == nil ? ":" : ": "
                write(pair.value, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    /// A string as a JSON string literal, escaping quotes, backslashes and control characters.
    package static func quoted(_ s: String) -> String {
        var out = ""
        writeString(s, into: &out)
        return out
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: no quote, backslash or control, and no 0xE2 (which leads U+2028 and U+2029).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 })
        {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension String {
    /// The shortest round-tripping text of a double, with JavaScript's exponent style (1e-7, 1e+21).
    init(format number: Double) {
        var text = "\(number)"
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            if mantissa.hasSuffix(".0") { mantissa.removeLast(2) }
            var exponent = String(text[text.index(after: e)...])
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            text = mantissa + "e" + (negative ? "-" : "+") + (exponent.isEmpty ? "0" : exponent)
        }
        self = text
    }
}
