import Foundation

extension ProcedureChecker {
    /// A fact's fixed `value`, its `default` and the values tests give it must be of the fact's `type`: a text such
    /// as "2 timmar" in a number fact is no error for JSON, but the rules then read it as no number (NaN), and a
    /// threshold silently never holds. Only a choice fact lists `choices`.
    mutating func checkFactValues(_ guide: Guide) {
        let clock = clock
        for fact in guide.facts {
            if fact.kind != .choice, !fact.choices.isEmpty {
                report(
                    .wrongFactType, fact.choicesOffset ?? fact.offset,
                    "fact '\(fact.id)' is of type \(fact.kind.rawValue) but lists 'choices'",
                    hint: "make it \"type\": \"choice\", or remove \"choices\"")
            }
            if let value = fact.value, !Self.isConstant(value, of: fact, clock: clock) {
                report(
                    .wrongFactType, fact.valueOffset ?? fact.offset,
                    "the value of fact '\(fact.id)' is \(JSONWriter.compact(value)), which is not \(Self.expected(fact))",
                    hint: Self.example(for: fact, instead: value))
            }
            // A default goes through the same reading as a value the user types, except that a choice is named by
            // its id (not a label).
            if let value = fact.defaultValue, value.isFiniteOrNotNumber,
                !Self.isInput(value, of: fact, in: guide, clock: clock) || !Self.namesChoice(value, of: fact)
            {
                report(
                    .wrongFactType, fact.defaultOffset ?? fact.offset,
                    "the default of fact '\(fact.id)' is \(JSONWriter.compact(value)), which is not "
                        + Self.expected(fact),
                    hint: Self.example(for: fact, instead: value))
            }
        }
    }

    /// The values tests give facts are read as `govctl test` reads them; one it cannot read is reported here, where
    /// it is written, rather than as a failed test.
    mutating func checkTestFactValues(_ p: Procedure) {
        let clock = clock
        for test in p.tests {
            guard let guide = p.guides.first(where: { $0.id == test.guide }) else { continue }
            for (key, value) in test.facts.sorted(by: { $0.key < $1.key }) {
                guard let fact = guide.facts.first(where: { $0.id == key && $0.value == nil }),
                    !Self.isInput(value, of: fact, in: guide, clock: clock)
                else { continue }
                let offset = test.factOffsets[key]
                let shown = value.isFiniteOrNotNumber ? JSONWriter.compact(value) : written(at: offset)
                report(
                    .wrongFactType, offset ?? test.offset,
                    "test '\(test.name)' gives fact '\(key)' \(shown), which is not "
                        + (value.isFiniteOrNotNumber ? Self.expected(fact) : "an exact number"),
                    hint: Self.example(for: fact, instead: value))
            }
        }
    }

    /// A scalar as the file writes it (`1e400`, which JSON's reader could only make infinite).
    func written(at offset: Int?) -> String {
        guard let offset, offset < source.bytes.count else { return "a number" }
        let stops: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), 10, 13, 9]
        let end = source.bytes[offset...].firstIndex(where: stops.contains) ?? source.bytes.count
        return String(decoding: source.bytes[offset..<min(end, offset + 40)], as: UTF8.self)
    }

    /// The clock of the procedure's zone (UTC when the zone is unknown, which is reported on its own).
    var clock: LocalClock {
        (try? LocalClock(identifier: procedure.document.timeZone))
            ?? LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current)
    }

    /// Whether a value given for `fact` (a test's, or a default) reads as the fact's type, as at run time.
    static func isInput(_ value: JSONValue, of fact: FactDefinition, in guide: Guide, clock: LocalClock) -> Bool {
        do throws(GovError) {
            _ = try FactInput(guide: guide, clock: clock, now: Date()).value(for: fact, json: value)
            return true
        } catch {
            return false
        }
    }

    /// A choice fact's default names a choice by its id.
    static func namesChoice(_ value: JSONValue, of fact: FactDefinition) -> Bool {
        guard fact.kind == .choice else { return true }
        return fact.choices.contains { .string($0.id) == value }
    }

    /// Whether a fixed value is of the fact's type. Fixed values go to the rules as written, without the reading
    /// given values get: a number is a JSON number, or an exact decimal written as text ("12.50").
    static func isConstant(_ value: JSONValue, of fact: FactDefinition, clock: LocalClock) -> Bool {
        switch (fact.kind, value) {
        case (.string, .string), (.number, .number), (.boolean, .bool): return true
        case (.number, .string(let text)): return Money(exactText: text) != nil
        case (.time, .string(let text)): return clock.parse(text) != nil
        case (.choice, .string(let text)): return fact.choices.contains { $0.id == text }
        default: return false
        }
    }

    /// "a number", "one of the choices of 'scenario'", … for messages.
    static func expected(_ fact: FactDefinition) -> String {
        switch fact.kind {
        case .string: "text"
        case .number: "a number"
        case .boolean: "true or false"
        case .time: "a time"
        case .choice: "one of the choices of '\(fact.id)'"
        }
    }

    /// How to write a value of the fact's type, with the closest choice for a mistyped one.
    static func example(for fact: FactDefinition, instead value: JSONValue) -> String {
        switch fact.kind {
        case .string: return "put the text in double quotes"
        case .number:
            return "write the number itself, without quotes or units, e.g. 240 (minutes); an exact decimal may be "
                + "written as text, e.g. \"12.50\""
        case .boolean: return "write true or false, without quotes"
        case .time: return "write a time in ISO 8601, e.g. \"2026-10-25T00:30\""
        case .choice:
            let ids = fact.choices.map(\.id)
            let typed = value.stringValue.flatMap { text in
                ChoiceMatching.id(for: text, among: fact.choices) ?? Suggestions.closest(to: text, among: ids)
            }
            return (typed.map { "did you mean '\($0)'? " } ?? "") + "choices: \(ids.joined(separator: ", "))"
        }
    }
}

extension JSONValue {
    /// False for a number JSON's reader could only make infinite (`1e400`): the decoder reports it where it is
    /// written, with its text.
    var isFiniteOrNotNumber: Bool {
        if case .number(let n) = self { return n.isFinite }
        return true
    }
}
