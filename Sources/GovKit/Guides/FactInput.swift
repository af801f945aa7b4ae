import Foundation

/// Turns facts given as text (`--fact key=value`, flags) or JSON (test cases) into the values rules read.
struct FactInput {
    let guide: Guide
    let clock: LocalClock
    let now: Date

    /// A fact from command-line text.
    func value(for fact: FactDefinition, text: String) throws(GovError) -> JSONValue {
        switch fact.kind {
        case .string: return .string(text)
        case .number:
            guard let n = Coercion.parseNumber(text), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not a number",
                    hint: "write digits, e.g. \(fact.id)=25000")
            }
            return .number(n)
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "ja", "1": return .bool(true)
            case "false", "no", "nei", "nej", "0": return .bool(false)
            default:
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not true or false",
                    hint: "write \(fact.id)=true or \(fact.id)=false")
            }
        case .choice:
            let ids = fact.choices.map(\.id)
            guard ids.contains(text) else {
                let suggestion = Suggestions.closest(to: text, among: ids)
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not one of its choices",
                    hint: (suggestion.map { "did you mean '\($0)'? " } ?? "")
                        + "choices: \(ids.joined(separator: ", "))")
            }
            return .string(text)
        case .time:
            guard let date = clock.parse(text) else {
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not a time",
                    hint: "write ISO 8601, e.g. 2026-10-25T00:30 (local time) or 2026-10-24T22:30Z")
            }
            return clock.local(date).factValue(now: now)
        }
    }

    /// A fact from JSON (procedure test cases): strings go through the same reading as command-line text.
    func value(for fact: FactDefinition, json: JSONValue) throws(GovError) -> JSONValue {
        switch (fact.kind, json) {
        case (.string, .string), (.number, .number), (.boolean, .bool): return json
        case (_, .string(let text)): return try value(for: fact, text: text)
        default:
            throw GovError(
                .dataError, "fact '\(fact.id)' must be a \(fact.kind.rawValue), got \(json.typeName)",
                hint: "write it as a \(fact.kind.rawValue)")
        }
    }
}
