/// Why a value was refused: a phrase that completes "'--now yesterday' …", e.g. "is not a time", and how to fix it.
package struct ValueError: Error, Sendable, Equatable {
    /// Completes the sentence that starts with the option and the value, e.g. "is not a time".
    package var reason: String
    /// How to write a good value, e.g. "write ISO 8601, e.g. 2026-11-21T14:00".
    package var hint: String?

    package init(_ reason: String, hint: String? = nil) {
        self.reason = reason
        self.hint = hint
    }
}

/// Turns the text of a value into a typed value, or says why it cannot; run while parsing, before any command runs.
package struct ValueParser: Sendable {
    package let parse: @Sendable (String) throws(ValueError) -> any Sendable

    /// A parser from a closure that returns a value of any type or throws a ``ValueError``.
    package init<Value: Sendable>(_ parse: @escaping @Sendable (String) throws(ValueError) -> Value) {
        self.parse = { text throws(ValueError) in try parse(text) }
    }

    /// A whole number, optionally within `range`.
    package static func integer(in range: ClosedRange<Int>? = nil) -> ValueParser {
        ValueParser { text throws(ValueError) -> Int in
            guard let number = Int(text) else { throw ValueError("is not a whole number", hint: nil) }
            if let range, !range.contains(number) {
                throw ValueError("is not between \(range.lowerBound) and \(range.upperBound)")
            }
            return number
        }
    }

    /// `KEY=VALUE`, as a ``KeyValue``.
    package static let keyValue = ValueParser { text throws(ValueError) -> KeyValue in
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw ValueError("is not KEY=VALUE", hint: "write e.g. name=value")
        }
        return KeyValue(key: String(text[..<eq]), value: String(text[text.index(after: eq)...]))
    }
}

/// A `KEY=VALUE` pair from ``ValueParser/keyValue``.
package struct KeyValue: Sendable, Equatable {
    package var key: String
    package var value: String

    package init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
