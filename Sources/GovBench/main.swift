// Engine throughput for `make bench`: compiles the conformance rules once, then evaluates the cases repeatedly and
// prints evaluations per second.
//
//   GovBench SUITES_DIR [SECONDS] [ROUNDS] [--cases FILE]
//   GovBench SUITES_DIR --status
//   GovBench SUITES_DIR ROUNDS --per-case [--cases FILE]
//
// ROUNDS > 0 runs exactly that many rounds instead of SECONDS, for profilers that slow the clock. `--cases FILE`
// times only the cases whose numbers FILE lists (one a line; cases are numbered from 0 in the order of
// `index.json` and of each file, objects only), so that engines are compared on the same rules. `--status` prints,
// for each case, its number and `ok`, `compile-error` or `evaluation-error`: which rules govctl evaluates without
// an error. `--per-case` prints, for each case, its number and the nanoseconds an evaluation took (the best of five
// runs of ROUNDS evaluations), to find the rules that cost the most.
import Foundation
import GovKit

var arguments = Array(CommandLine.arguments.dropFirst())
var casesFile: String?
var statusOnly = false
var perCase = false
if let i = arguments.firstIndex(of: "--cases"), i + 1 < arguments.count {
    casesFile = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
if let i = arguments.firstIndex(of: "--per-case") {
    perCase = true
    arguments.remove(at: i)
}
if let i = arguments.firstIndex(of: "--status") {
    statusOnly = true
    arguments.remove(at: i)
}
let directory = arguments.count > 0 ? arguments[0] : "Tests/GovKitTests/Fixtures/jsonlogic/suites"
let seconds = arguments.count > 1 ? Double(arguments[1]) ?? 3 : 3
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 0 : 0

func load(_ path: String) -> JSONValue? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONParser.parse([UInt8](data)).root.value
}

/// Every case of the suites, in order: its rule and its data.
var cases: [(rule: JSONValue, data: JSONValue)] = []
for case .string(let file) in load(directory + "/index.json")?.arrayValue ?? [] {
    for case .object(let test) in load(directory + "/" + file)?.arrayValue ?? [] {
        guard let rule = test["rule"] else { continue }
        cases.append((rule, test["data"] ?? .null))
    }
}

if statusOnly {
    var out = ""
    for (i, c) in cases.enumerated() {
        let status: String
        if let rule = try? Rule(c.rule) {
            status = (try? rule.evaluate(c.data)) == nil ? "evaluation-error" : "ok"
        } else {
            status = "compile-error"
        }
        out += "\(i) \(status)\n"
    }
    print(out, terminator: "")
    exit(0)
}

let chosen: [Int]
if let casesFile {
    guard let text = try? String(contentsOfFile: casesFile, encoding: .utf8) else {
        FileHandle.standardError.write(Data("GovBench: cannot read \(casesFile)\n".utf8))
        exit(66)
    }
    chosen = text.split(whereSeparator: \.isNewline).compactMap { Int($0) }.filter { cases.indices.contains($0) }
} else {
    chosen = Array(cases.indices)
}

var rules: [Rule] = []
var inputs: [JSONValue] = []
for i in chosen {
    if let compiledRule = try? Rule(cases[i].rule) {
        rules.append(compiledRule)
        inputs.append(cases[i].data)
    }
}
if perCase {
    let repeats = max(1, Int(arguments.count > 1 ? arguments[1] : "1000") ?? 1000)
    var out = ""
    for i in chosen {
        guard let rule = try? Rule(cases[i].rule) else { continue }
        let data = cases[i].data
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<repeats { _ = try? rule.evaluate(data) }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(repeats))
        }
        out += "\(i) \(String(format: "%.1f", best))\n"
    }
    print(out, terminator: "")
    exit(0)
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
    "cases=\(chosen.count) compiled=\(rules.count) evaluations=\(evaluations) seconds=\(String(format: "%.2f", elapsed)) per_second=\(Int(Double(evaluations) / elapsed))"
)
