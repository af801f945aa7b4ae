// Engine throughput for `make bench`: compiles every conformance rule once, then evaluates all cases
// repeatedly and prints evaluations per second. Usage: GovBench SUITES_DIR [SECONDS] [ROUNDS]
// (ROUNDS > 0 runs exactly that many rounds instead, for profilers that slow the clock.)
import Foundation
import GovKit

let arguments = CommandLine.arguments
let directory = arguments.count > 1 ? arguments[1] : "Tests/GovKitTests/Fixtures/jsonlogic/suites"
let seconds = arguments.count > 2 ? Double(arguments[2]) ?? 3 : 3
let rounds = arguments.count > 3 ? Int(arguments[3]) ?? 0 : 0

func load(_ path: String) -> JSONValue? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONParser.parse([UInt8](data)).root.value
}

var rules: [Rule] = []
var inputs: [JSONValue] = []
var rulesSeen = 0
for case .string(let file) in load(directory + "/index.json")?.arrayValue ?? [] {
    for case .object(let test) in load(directory + "/" + file)?.arrayValue ?? [] {
        guard let rule = test["rule"] else { continue }
        rulesSeen += 1
        if let compiledRule = try? Rule(rule) {
            rules.append(compiledRule)
            inputs.append(test["data"] ?? .null)
        }
    }
}
/// The timed loop, in a function so that the rules are borrowed rather than copied out of globals per call.
func run(_ rules: [Rule], _ inputs: [JSONValue], rounds: Int, seconds: Double) -> (Int, Date) {
    var evaluations = 0
    let start = Date()
    while rounds > 0 ? evaluations < rounds * rules.count : Date().timeIntervalSince(start) < seconds {
        for i in rules.indices { _ = try? rules[i].evaluate(inputs[i]) }
        evaluations += rules.count
    }
    return (evaluations, start)
}

let (evaluations, start) = run(rules, inputs, rounds: rounds, seconds: seconds)
let elapsed = Date().timeIntervalSince(start)
print(
    "cases=\(rulesSeen) compiled=\(rules.count) evaluations=\(evaluations) seconds=\(String(format: "%.2f", elapsed)) per_second=\(Int(Double(evaluations) / elapsed))"
)
