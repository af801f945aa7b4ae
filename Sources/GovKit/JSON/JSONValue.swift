import Foundation

/// A JSON value as the rule engine and the renderers see it: no positions, numbers as `Double`.
///
/// Objects keep their keys in document order (for readable output) but compare without regard to it.
/// `decimal` is for output only (money): the writer prints it digit for digit; the rule engine reads it as the
/// nearest `Double`, so rules keep JavaScript number semantics. Parsing never makes one.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    /// An exact number for output, e.g. an amount of money (boxed, so the other cases stay small).
    indirect case decimal(Decimal)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value under `key` when this is an object, else `nil`.
    package subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The string payload, or `nil` when this is not a string.
    package var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The array payload, or `nil` when this is not an array.
    package var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The number as the rule engine reads it (a decimal as the nearest `Double`), or `nil` when not a number.
    package var numberValue: Double? {
        switch self {
        case .number(let n): return n
        case .decimal(let d): return NSDecimalNumber(decimal: d).doubleValue
        default: return nil
        }
    }

    /// A short English name of the value's JSON type, for messages.
    package var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number, .decimal: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// A JSON object that remembers the order its keys were added in.
///
/// Small objects (the usual case in rule data) are kept as ordered pairs and searched linearly, which is faster
/// than hashing; an index is built only once an object grows past `indexThreshold` keys.
package struct JSONObject: Sendable, Equatable {
    private var storage: [(key: String, value: JSONValue)] = []
    private var index: [String: Int]?
    private static let indexThreshold = 12

    package init() {}

    /// Builds an object from ordered pairs; a later duplicate key replaces the earlier value.
    package init(_ pairs: [(String, JSONValue)]) {
        storage.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// Builds an object from pairs the caller knows to have distinct keys (no duplicate check).
    init(distinctPairs pairs: [(key: String, value: JSONValue)]) {
        storage = pairs
        if pairs.count > Self.indexThreshold { rebuildIndex() }
    }

    package var count: Int { storage.count }
    package var isEmpty: Bool { storage.isEmpty }
    package var keys: [String] { storage.map(\.key) }

    @inline(__always)
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for i in storage.indices where storage[i].key == key { return i }
        return nil
    }

    package subscript(key: String) -> JSONValue? {
        get { position(of: key).map { storage[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    storage[i].value = newValue
                } else {
                    storage.remove(at: i)
                    rebuildIndex()
                }
            } else if let newValue {
                storage.append((key, newValue))
                if index != nil {
                    index?[key] = storage.count - 1
                } else if storage.count > Self.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    private mutating func rebuildIndex() {
        guard storage.count > Self.indexThreshold else {
            index = nil
            return
        }
        var built: [String: Int] = [:]
        for (i, pair) in storage.enumerated() { built[pair.key] = i }
        index = built
    }

    /// The key/value pairs in key order.
    package var pairs: [(key: String, value: JSONValue)] { storage }

    /// Equal when both have the same keys with equal values, in any order.
    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.storage where rhs[key] != value { return false }
        return true
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral, ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .number(Double(value)) }
    package init(floatLiteral value: Double) { self = .number(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(nilLiteral: ()) { self = .null }
    package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    package init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}
