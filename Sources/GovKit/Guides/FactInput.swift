import Foundation

/// Turns facts given as text (`--fact key=value`, flags), JSON (test cases) or instants into the values rules read.
struct FactInput {
    let guide: Guide
    let clock: LocalClock
    let now: Date

    /// What rules read for a fact, and for a time fact the instant it stands for.
    struct Value {
        let json: JSONValue
        var date: Date? = nil
    }

    /// A time fact from an instant: no text in between.
    func value(for fact: FactDefinition, date: Date) -> Value {
        Value(json: clock.local(date).factValue(now: now), date: date)
    }

    /// A fact from command-line text or a prompt: a time as people type it (`HumanTime`), the nearest one when it
    /// has no day, relative to `now`.
    func value(for fact: FactDefinition, text: String) throws(GovError) -> Value {
        try value(for: fact, text: text, typed: true)
    }

    /// A fact from text; a time in a procedure file (`typed` false) is ISO 8601 alone, so that a test means the same
    /// on every day it runs.
    private func value(for fact: FactDefinition, text: String, typed: Bool) throws(GovError) -> Value {
        if fact.kind == .time {
            let notATime = GovError(
                .dataError, "fact '\(fact.id)': '\(text)' is not a time",
                hint: typed
                    ? "write a time, \(TimeInput.forms)"
                    : "write ISO 8601, e.g. 2026-10-25T00:30 (local time) or 2026-10-24T22:30Z")
            guard typed else {
                guard let date = clock.parse(text) else { throw notATime }
                return value(for: fact, date: date)
            }
            let input = TimeInput.text(
                text, otherwise: notATime, now: Clock(at: now, machine: clock), direction: .nearest)
            return value(for: fact, date: try input.date(in: clock))
        }
        return Value(json: try scalar(for: fact, text: text))
    }

    /// A fact other than a time from command-line text.
    private func scalar(for fact: FactDefinition, text: String) throws(GovError) -> JSONValue {
        switch fact.kind {
        case .string, .time: return .string(text)
        case .number:
            guard let n = AmountInput.number(text) else {
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not an exact number",
                    hint: "write digits with an optional '.' and spaces between groups of three, as for an amount, "
                        + "e.g. \(fact.id)=25000 or \(fact.id)='40 000'; not a sign, an exponent, hex or Infinity")
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
            guard let id = ChoiceMatching.id(for: text, among: fact.choices) else {
                let suggestion = Suggestions.closest(to: text, among: ids)
                throw GovError(
                    .dataError, "fact '\(fact.id)': '\(text)' is not one of its choices",
                    hint: (suggestion.map { "did you mean '\($0)'? " } ?? "")
                        + "choices: \(ids.joined(separator: ", "))")
            }
            return .string(id)
        }
    }

    /// A fact from JSON (procedure test cases): strings go through the same reading as command-line text.
    func value(for fact: FactDefinition, json: JSONValue) throws(GovError) -> Value {
        switch (fact.kind, json) {
        case (.number, .number(let n)) where !n.isFinite || abs(n) > AmountInput.largestExactInteger:
            throw GovError(
                .dataError, "fact '\(fact.id)' is a number too large to be exact",
                hint: "write a number of at most 15 digits, e.g. 25000")
        case (.string, .string), (.number, .number), (.boolean, .bool): return Value(json: json)
        case (_, .string(let text)): return try value(for: fact, text: text, typed: false)
        default:
            throw GovError(
                .dataError, "fact '\(fact.id)' must be a \(fact.kind.rawValue), got \(json.typeName)",
                hint: "write it as a \(fact.kind.rawValue)")
        }
    }
}
