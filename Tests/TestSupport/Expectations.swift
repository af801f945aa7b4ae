import Foundation
import Synchronization
import XCTest

// The tests' checks, as plain functions over XCTest. The test targets use XCTest rather than Swift Testing because
// each Swift Testing test is a macro expansion that the compiler makes twice (in the emit-module job and in the compile job),
// parsing the whole test function each time: for our ~600 tests that was 67 CPU-seconds of every debug build
// (docs/testing.md). `expectTrue` and `expectEqual` record a failure at the caller's line, with both values and the
// comment; an error thrown while the condition is worked out is thrown on. A failure inside a table's case
// (`withCase`) names the case.

/// Records a failure at the caller's line unless `condition` is true.
public func expectTrue(
    _ condition: @autoclosure () throws -> Bool,
    _ comment: @autoclosure () -> String? = nil,
    file: StaticString = #filePath,
    line: UInt = #line
) rethrows {
    if try !condition() {
        reportFailure(comment() ?? "expectation failed", file: file, line: line)
    }
}

/// Records a failure at the caller's line, showing both values, unless `actual == expected`.
public func expectEqual<T: Equatable>(
    _ actual: @autoclosure () throws -> T,
    _ expected: @autoclosure () throws -> T,
    _ comment: @autoclosure () -> String? = nil,
    file: StaticString = #filePath,
    line: UInt = #line
) rethrows {
    let a = try actual()
    let b = try expected()
    if a != b {
        var message = "expected equal values:\n  \(String(reflecting: a))\n  \(String(reflecting: b))"
        if let comment = comment() { message += "\n\(comment)" }
        reportFailure(message, file: file, line: line)
    }
}

/// Records a failure at the caller's line, naming the table case being run (`withCase`), if any.
public func reportFailure(_ message: String, file: StaticString = #filePath, line: UInt = #line) {
    if let name = TableCase.current.withLock({ $0 }) {
        XCTFail("\(message)\n(case: \(name))", file: file, line: line)
    } else {
        XCTFail(message, file: file, line: line)
    }
}

/// Why `require` stopped a test (its failure is already recorded).
public struct RequirementFailed: Error, CustomStringConvertible {
    public let description: String
}

/// `value`, or a recorded failure and a thrown `RequirementFailed` when it is nil.
@discardableResult
public func require<T>(
    _ value: T?, _ comment: @autoclosure () -> String? = nil, file: StaticString = #filePath, line: UInt = #line
) throws -> T {
    guard let value else {
        let message = comment() ?? "required value was nil"
        reportFailure(message, file: file, line: line)
        throw RequirementFailed(description: message)
    }
    return value
}

/// Nothing when `condition` is true; a recorded failure and a thrown `RequirementFailed` otherwise.
public func require(
    _ condition: Bool, _ comment: @autoclosure () -> String? = nil, file: StaticString = #filePath, line: UInt = #line
) throws {
    if !condition {
        let message = comment() ?? "requirement failed"
        reportFailure(message, file: file, line: line)
        throw RequirementFailed(description: message)
    }
}

/// The error `body` throws when it is an `E`; a recorded failure (and nil) when it throws none or another.
@discardableResult
public func expectThrows<E: Error, R>(
    _ type: E.Type, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> R
) -> E? {
    do {
        _ = try body()
        reportFailure("expected an error of type \(E.self); none was thrown", file: file, line: line)
    } catch let error as E {
        return error
    } catch {
        reportFailure("expected an error of type \(E.self); got \(error)", file: file, line: line)
    }
    return nil
}

/// A recorded failure unless `body` throws an error equal to `expected`.
public func expectThrows<E: Error & Equatable, R>(
    _ expected: E, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> R
) {
    if let error = expectThrows(E.self, file: file, line: line, body), error != expected {
        reportFailure("expected the error \(expected); got \(error)", file: file, line: line)
    }
}

/// The case of a table test being run, named in its failures.
enum TableCase {
    static let current = Mutex<String?>(nil)
}

/// Runs one case of a table test (a test run for each of a list of arguments), naming it in any failure.
public func withCase<R>(_ name: String, _ body: () throws -> R) rethrows -> R {
    TableCase.current.withLock { $0 = name }
    defer { TableCase.current.withLock { $0 = nil } }
    return try body()
}

/// Runs one case of a table test whose body is async, naming it in any failure.
public func withCase<R>(_ name: String, _ body: () async throws -> R) async rethrows -> R {
    TableCase.current.withLock { $0 = name }
    defer { TableCase.current.withLock { $0 = nil } }
    return try await body()
}

/// A recorded failure unless `body` throws an error that `matching` accepts.
public func expectThrows<R>(
    file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> R, matching: (any Error) -> Bool
) {
    do {
        _ = try body()
        reportFailure("expected an error; none was thrown", file: file, line: line)
    } catch {
        if !matching(error) {
            reportFailure("the error thrown is not the one expected: \(error)", file: file, line: line)
        }
    }
}
