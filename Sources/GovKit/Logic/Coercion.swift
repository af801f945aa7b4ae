/// JavaScript-style conversions used by the operators: truthiness, numbers, text.
enum Coercion {
    /// JSON Logic truthiness: `false`, `null`, `0`, `""` and `[]` are false; everything else is true.
    @inline(__always)
    static func truthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n != 0 && !n.isNaN
        case .decimal(let d): return !d.isZero && !d.isNaN
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object: return true
        }
    }

    /// A value as a number for arithmetic and comparison; arrays, objects and non-numeric text are `NaN` errors.
    @inline(__always)
    static func number(_ value: JSONValue) throws(LogicError) -> Double {
        switch value {
        case .number(let n): return n
        case .decimal: return value.numberValue ?? .nan
        case .null: return 0
        case .bool(let b): return b ? 1 : 0
        case .string(let s):
            guard let n = parseNumber(s) else { throw LogicError.nan }
            return n
        case .array, .object: throw LogicError.nan
        }
    }

    /// JavaScript's `Number(text)`: trimmed, empty is 0, decimal, exponent, hex/octal/binary and Infinity.
    static func parseNumber(_ text: String) -> Double? {
        if let n = smallInteger(text) { return n }
        let trimmed = text.trimmingJSWhitespace()
        if trimmed.isEmpty { return 0 }
        switch trimmed {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        let utf8 = trimmed.utf8
        if utf8.count > 2, utf8.first == UInt8(ascii: "0") {
            let radix: Int?
            switch utf8[utf8.index(after: utf8.startIndex)] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2
            default: radix = nil
            }
            if let radix {
                return UInt64(trimmed.dropFirst(2), radix: radix).map(Double.init)
            }
        }
        // Only the characters of a decimal literal: Swift's Double(...) would also accept "nan", "inf" and hex floats.
        var sawDigit = false
        for b in utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(trimmed)
    }

    /// Text that is only an optional `-` and up to 15 digits, without a redundant leading zero: exact as a `Double`.
    @inline(__always)
    private static func smallInteger(_ text: String) -> Double? {
        var value = 0
        var digits = 0
        var negative = false
        for b in text.utf8 {
            if b == UInt8(ascii: "-"), digits == 0, !negative {
                negative = true
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), digits < 15 else { return nil }
            if digits == 1, value == 0 { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? (value == 0 ? -0.0 : -Double(value)) : Double(value)
    }

    /// JavaScript's ToIntegerOrInfinity (`NaN` is 0, fractions go toward zero), then clamped to `-bound...bound`:
    /// the only way a number from a rule or its data becomes an `Int`, so no value (1e300, Infinity) can trap.
    /// Clamping keeps JavaScript's results wherever the integer is used as an index or count within `bound`.
    static func integer(_ value: Double, clampedTo bound: Int) -> Int {
        guard !value.isNaN else { return 0 }
        let limit = Double(bound)
        let clamped = Swift.min(limit, Swift.max(-limit, value.rounded(.towardZero)))
        return Int(exactly: clamped) ?? (clamped < 0 ? -bound : bound)
    }

    /// A value as `cat` joins it: `null` is empty, numbers as JavaScript prints them.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JSONWriter.formatNumber(n)
        case .decimal: return JSONWriter.formatNumber(value.numberValue ?? .nan)
        case .string(let s): return s
        case .array(let items): return items.map(text).joined(separator: ",")
        case .object: return "[object Object]"
        }
    }

    /// What `throw` raises: a string becomes `{"type": string}`; an object is raised as it is.
    static func errorPayload(_ value: JSONValue) -> JSONValue {
        if case .object = value { return value }
        if case .string = value { return .object(JSONObject([("type", value)])) }
        return .object(JSONObject([("type", .string(text(value)))]))
    }
}

extension String {
    func trimmingJSWhitespace() -> String {
        // Fast path: nothing to trim when both ends are visible ASCII (the usual case for numbers in data).
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
