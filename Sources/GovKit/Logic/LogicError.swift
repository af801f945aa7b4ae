/// An error raised by a JSON Logic rule, at compile time (unknown operator, malformed arguments)
/// or at evaluation time (`NaN`, `Invalid Arguments`, or a value given to `throw`).
package struct LogicError: Error, Sendable, Equatable {
    /// The error value as `try` sees it, e.g. `{"type": "NaN"}`.
    package let payload: JSONValue
    /// A human explanation, when the engine has one.
    package let detail: String?
    /// Where in the rule the problem is (object keys and array indexes), for compile-time errors.
    package var rulePath: [RulePathComponent]

    package init(payload: JSONValue, detail: String? = nil, rulePath: [RulePathComponent] = []) {
        self.payload = payload
        self.detail = detail
        self.rulePath = rulePath
    }

    /// An error of one of the engine's own types.
    static func of(_ type: String, _ detail: String? = nil, at path: [RulePathComponent] = []) -> LogicError {
        LogicError(payload: .object(JSONObject([("type", .string(type))])), detail: detail, rulePath: path)
    }

    static let nan = LogicError.of(LogicErrorType.nan)
    static func invalidArguments(_ detail: String, at path: [RulePathComponent] = []) -> LogicError {
        .of(LogicErrorType.invalidArguments, detail, at: path)
    }

    /// The error's type: the `type` of an object payload, else the payload as text.
    package var type: String {
        if case .string(let s)? = payload["type"] { return s }
        if case .string(let s) = payload { return s }
        return JSONWriter.compact(payload)
    }
}

/// The error types the engine itself raises.
package enum LogicErrorType {
    package static let nan = "NaN"
    package static let invalidArguments = "Invalid Arguments"
    package static let unknownOperator = "Unknown Operator"
    /// A rule went over one of its `EvaluationLimits` (steps, string or array length, allocation, depth).
    package static let limitExceeded = "Limit Exceeded"
}

/// One step of a path into a rule: an object key or an array index.
package enum RulePathComponent: Sendable, Equatable, CustomStringConvertible {
    case key(String)
    case index(Int)

    package var description: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return String(i)
        }
    }
}
