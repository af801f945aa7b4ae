import Foundation

/// The result of one test case written in a procedure file.
package struct TestOutcome: Sendable {
    package let procedure: Procedure
    package let test: ProcedureTest
    /// Empty when the test passed; else one line per mismatch, "expected … got …".
    package let failures: [String]

    package var passed: Bool { failures.isEmpty }
}

/// Runs the test cases in procedure files: facts in, expected derived values, steps and missing facts out.
package enum ProcedureTestRunner {
    /// `now` is the clock for tests that do not set their own.
    package static func run(_ catalog: Catalog, now: Date) -> [TestOutcome] {
        run(catalog, clock: Clock(at: now, machine: LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current)))
    }

    /// `clock` is the clock for tests that do not set their own, read in the zone of the test's guide.
    package static func run(_ catalog: Catalog, clock: Clock) -> [TestOutcome] {
        let lookups = TestLookups(catalog)
        return catalog.procedures.flatMap { procedure in
            procedure.tests.map { test in
                TestOutcome(
                    procedure: procedure, test: test,
                    failures: failures(of: test, in: procedure, lookups, clock: clock))
            }
        }
    }

    static func failures(of test: ProcedureTest, in procedure: Procedure, _ lookups: TestLookups, clock: Clock)
        -> [String]
    {
        do throws(GovError) {
            let (guide, owner) = try lookups.guide(id: test.guide)
            var clockTime = clock.instant(in: try LocalClock(identifier: owner.document.timeZone))
            if let text = test.now {
                guard let parsed = try LocalClock(identifier: owner.document.timeZone).parse(text) else {
                    return ["'now' \(text) is not an ISO 8601 time"]
                }
                clockTime = parsed
            }
            var request = GuideRequest(now: clockTime)
            if let name = test.system {
                let system = try lookups.system(named: name).0
                try GuideQuery.check(guide, in: owner, appliesTo: system, catalog: lookups.catalog)
                request.system = system
            }
            request.jsonFacts = test.facts
            let result = try GuideEvaluator.evaluate(guide, in: owner, request: request)
            var out: [String] = []
            let derived = Dictionary(result.derived.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
            for (key, expected) in test.expectDerived.sorted(by: { $0.key < $1.key }) {
                let actual = derived[key] ?? .null
                if actual != expected {
                    out.append(
                        "derived '\(key)': expected \(JSONWriter.compact(expected)), got \(JSONWriter.compact(actual))")
                }
            }
            if let expected = test.expectSteps {
                let actual = result.steps.map(\.step.id)
                if actual != expected {
                    out.append(
                        "steps: expected [\(expected.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
                    )
                }
            }
            if let expected = test.expectMissing {
                let actual = result.missing.map(\.id)
                if actual != expected {
                    out.append(
                        "missing: expected [\(expected.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
                    )
                }
            }
            return out
        } catch {
            return ["error: \(error.message)" + (error.hint.map { "; \($0)" } ?? "")]
        }
    }
}
