import Foundation
import Synchronization
import XCTest

// The tests' checks, as plain functions over XCTest. The test targets use XCTest rather than Swift Testing because
// each Swift Testing test is a macro expansion that the compiler makes twice (in the emit-module job and in the
// compile job), parsing the whole test function each time: for our ~600 tests that was 67 CPU-seconds of every
// debug build (docs/testing.md). `expectTrue` and `expectEqual` record a failure at the caller's line, with both
// values and the comment; an error thrown while the condition is worked out is thrown on. A failure inside a table's
// case (`forEachCase`, or `withCase` where the cases run one after another) names the case.

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

/// Records a failure at the caller's line, naming the table case being run (`withCase`), if any; inside a case of
/// `forEachCase` it is kept for `forEachCase` to record when all cases have run.
public func reportFailure(_ message: String, file: StaticString = #filePath, line: UInt = #line) {
    if let collector = CaseFailures.current {
        collector.failures.withLock { $0.append(CaseFailure(message: message, file: file, line: line)) }
        return
    }
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

/// A failure recorded while a case of `forEachCase` ran on another thread, reported when all have run.
struct CaseFailure: Sendable {
    let message: String
    let file: StaticString
    let line: UInt
}

/// Where a case running on a thread of `forEachCase` records its failures.
final class CaseFailures: Sendable {
    static let key = "govctl.forEachCase"
    let failures = Mutex<[CaseFailure]>([])

    /// The collector of the case running on this thread, if any.
    static var current: CaseFailures? { Thread.current.threadDictionary[key] as? CaseFailures }
}

/// Runs `body` for each case of a table test (a test run for each of a list of arguments), up to `lanes` cases at
/// once: most cases wait for govctl, as Swift Testing's cases of one test did side by side. Each case's failures are
/// recorded when all have run, in the cases' order and naming the case; an error a case throws is one of its failures.
public func forEachCase<C: Collection>(
    _ cases: C, lanes: Int = 4, file: StaticString = #filePath, line: UInt = #line,
    _ body: @escaping @Sendable (C.Element) throws -> Void
) where C.Element: Sendable {
    let items = Array(cases)
    let collectors = items.map { _ in CaseFailures() }
    let next = Mutex(0)
    let group = DispatchGroup()
    for _ in 0..<min(max(lanes, 1), items.count) {
        group.enter()
        DispatchQueue.global().async {
            defer { group.leave() }
            while true {
                let index = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard index < items.count else { return }
                Thread.current.threadDictionary[CaseFailures.key] = collectors[index]
                defer { Thread.current.threadDictionary[CaseFailures.key] = nil }
                do {
                    try body(items[index])
                } catch is RequirementFailed {
                    // already recorded where `require` failed
                } catch {
                    collectors[index].failures.withLock {
                        $0.append(CaseFailure(message: "the case threw: \(error)", file: file, line: line))
                    }
                }
            }
        }
    }
    group.wait()
    for (item, collector) in zip(items, collectors) {
        for failure in collector.failures.withLock({ $0 }) {
            XCTFail("\(failure.message)\n(case: \(item))", file: failure.file, line: failure.line)
        }
    }
}
