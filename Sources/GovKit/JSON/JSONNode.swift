/// A JSON value as read from a file: every value and key knows the byte offset it starts at,
/// and numbers keep their exact text so amounts can be read without going through `Double`.
public struct JSONNode: Sendable {
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number exactly as written, e.g. `"2884000"` or `"1.5e3"`.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object, in document order.
    public struct Member: Sendable {
        public let key: String
        public let keyOffset: Int
        public let value: JSONNode
    }

    public let kind: Kind
    /// Byte offset of the value's first character in the source text.
    public let offset: Int

    /// The same value without positions, for the rule engine.
    public var value: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let text): return .number(Double(text) ?? .nan)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.value))
        case .object(let members):
            var object = JSONObject()
            for member in members { object[member.key] = member.value.value }
            return .object(object)
        }
    }

    /// A short English name of the node's JSON type, for messages.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The member named `key` when this is an object.
    public func member(_ key: String) -> Member? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }
    }
}
