import Testing

// `expectTrue` and `expectEqual` check what `#expect` checks, as plain functions: the test targets call them some two
// thousand times, and each `#expect` is a macro expansion whose generated closures cost the compiler more than the
// test itself (about 20 CPU-seconds of every `make test` build for EndToEndTests alone). A failure is recorded at the
// caller's line with both values (`expectEqual`) and the comment, as `#expect` records it; an error thrown while the
// condition is worked out is thrown on, as from `#expect`.

/// Records a failure at the caller's line unless `condition` is true.
public func expectTrue(
    _ condition: @autoclosure () throws -> Bool,
    _ comment: @autoclosure () -> Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) rethrows {
    if try !condition() {
        Issue.record(comment() ?? "expectation failed", sourceLocation: sourceLocation)
    }
}

/// Records a failure at the caller's line, showing both values, unless `actual == expected`.
public func expectEqual<T: Equatable>(
    _ actual: @autoclosure () throws -> T,
    _ expected: @autoclosure () throws -> T,
    _ comment: @autoclosure () -> Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) rethrows {
    let a = try actual()
    let b = try expected()
    if a != b {
        var message = "expected equal values:\n  \(String(reflecting: a))\n  \(String(reflecting: b))"
        if let comment = comment() { message += "\n\(comment.rawValue)" }
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
