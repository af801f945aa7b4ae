/// `govctl test`: one line per test, failures with expected vs actual, then `N passed, M failed`. Test names and
/// failures (which quote values from the file) are printed through `TextEscaping.line`.
package enum TestReportRenderer {
    package static func text(_ outcomes: [TestOutcome]) -> String {
        let e = TextEscaping.line
        var out = ""
        for o in outcomes {
            out += "\(o.passed ? "PASS" : "FAIL")  \(e(o.procedure.id)): \(e(o.test.name))\n"
            for failure in o.failures { out += "      \(e(failure))\n" }
        }
        let passed = outcomes.filter(\.passed).count
        return out + "\(passed) passed, \(outcomes.count - passed) failed\n"
    }

    package static func json(_ outcomes: [TestOutcome]) -> String {
        let passed = outcomes.filter(\.passed).count
        return JSONWriter.pretty(
            .object(
                JSONObject([
                    ("passed", .number(Double(passed))), ("failed", .number(Double(outcomes.count - passed))),
                    (
                        "tests",
                        .array(
                            outcomes.map { o in
                                .object(
                                    JSONObject([
                                        ("procedure", .string(o.procedure.id)), ("name", .string(o.test.name)),
                                        ("passed", .bool(o.passed)),
                                        ("failures", .array(o.failures.map(JSONValue.string))),
                                    ]))
                            })
                    ),
                ]))) + "\n"
    }
}
