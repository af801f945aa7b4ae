import Foundation

extension ProcedureChecker {
    /// Test cases must name a guide of their procedure, declared facts and existing steps.
    mutating func checkTests(_ p: Procedure) {
        for test in p.tests {
            guard let guide = p.guides.first(where: { $0.id == test.guide }) else {
                if undecoded.contains("guides", test.guide) { continue }
                report(
                    .unknownGuide, test.offset, "test '\(test.name)' names unknown guide '\(test.guide)'",
                    hint: Suggestions.closest(to: test.guide, among: p.guides.map(\.id)).map { "did you mean '\($0)'?" }
                        ?? "use a guide id of this file")
                continue
            }
            let settable = guide.facts.filter { $0.value == nil }.map(\.id)
            for key in test.facts.keys.sorted() where !settable.contains(key) && !undecoded.contains("facts", key) {
                report(
                    .undeclaredFact, test.offset,
                    "test '\(test.name)' sets '\(key)', which guide '\(guide.id)' does not take",
                    hint: Suggestions.closest(to: key, among: settable).map { "did you mean '\($0)'?" }
                        ?? "facts it takes: \(settable.joined(separator: ", "))")
            }
            let derived = guide.derived.map(\.id)
            for key in test.expectDerived.keys.sorted()
            where !derived.contains(key) && !undecoded.contains("derived", key) {
                report(
                    .unknownDerived, test.offset,
                    "test '\(test.name)' expects '\(key)', which guide '\(guide.id)' does not derive",
                    hint: "derived values: \(derived.joined(separator: ", "))")
            }
            for step in test.expectSteps ?? []
            where !guide.steps.contains(where: { $0.id == step }) && !undecoded.contains("steps", step) {
                report(
                    .unknownStep, test.offset,
                    "test '\(test.name)' expects step '\(step)', which guide '\(guide.id)' does not have",
                    hint: "steps: \(guide.steps.map(\.id).joined(separator: ", "))")
            }
        }
    }
}
