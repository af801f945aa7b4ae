import Foundation
import TestSupport
import XCTest

/// `govctl test` on a valid procedure whose own tests are wrong (Tests/Fixtures/failing-test): every way a test
/// case can fail (a derived value, the steps, the missing facts, all three at once, an unknown system) is shown as
/// expected against actual, and the exit code is 1. (A `now` that is not a time is a validation error, in the invalid
/// corpus: invalid-value/test-time-not-a-time.)
final class FailingTestFixtureTests: XCTestCase {
    static let fixture = "Tests/Fixtures/failing-test"
    static let now = ["--now", "2026-11-21T03:00"]

    func testTheFixtureIsAValidProcedure() throws {
        let result = try Binary.run(["validate", Self.fixture])
        expectEqual(result.exitCode, 0, "\(result.stdout)\(result.stderr)")
        expectEqual(result.stdout, "1 file, 0 errors, 0 warnings\n")
    }

    func testFailingTestsShowExpectedAgainstActualAndExitWith1() throws {
        forEachCase([("test-failing.txt", "text"), ("test-failing.json", "json")]) { element in
            let (a0, a1) = element
            try Self.failingTestsShowExpectedAgainstActualAndExitWith1(a0, a1)
        }
    }

    static func failingTestsShowExpectedAgainstActualAndExitWith1(_ golden: String, _ format: String) throws {
        let result = try Binary.run(["test", Self.fixture, "--format", format] + Self.now)
        expectEqual(result.exitCode, 1, "stderr: \(result.stderr)")
        expectEqual(result.stderr, "")
        let (expected, actual) = try Golden.compare(golden, result.stdout)
        expectTrue(expected != nil, "no golden file \(golden); record it with `make golden` and review it")
        expectEqual(actual, expected)
    }

    func testEachKindOfFailureIsReported() throws {
        let output = try Binary.run(["test", Self.fixture] + Self.now).stdout
        for line in [
            "PASS  failing-test: passes: 240 minutes is late",
            "derived 'late': expected true, got false",
            "steps: expected [vent, ring], got [ring]",
            "missing: expected [], got [ward]",
            "error: unknown system 'xyz'",
            "1 passed, 5 failed",
        ] {
            expectTrue(output.contains(line), "no '\(line)' in:\n\(output)")
        }
    }
}
