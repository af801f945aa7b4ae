import Foundation

/// What a guide says for given facts at a given time: derived values, the steps that apply, filled-in texts,
/// and the facts still missing.
package struct GuideResult: Sendable {
    package let procedure: Procedure
    package let guide: Guide
    package let system: SystemEntry?
    package let language: Language
    /// The procedure's clock: every time in the answer is read and shown in its zone.
    package let clock: LocalClock
    package let now: LocalTime
    /// Everything rules saw: facts, built-ins and derived values.
    package let data: JSONValue
    package let derived: [(DerivedValue, JSONValue)]
    /// The steps that apply, each with its filled text and who it sends the reader to.
    package let steps: [GuideStep]
    package let texts: [(TextTemplate, FilledText)]
    /// Required facts not given.
    package let missing: [FactDefinition]
    /// The instant of each time fact that has one, as given (never read back from text).
    package let times: [String: Date]
    /// Facts this command line gives with a flag of their own name (`--mobile`) rather than `--fact`.
    package let flagFacts: Set<String>

    /// The facts a reader still has to give: the required ones missing, then any other left blank in a step or
    /// text, in the guide's order. This is the missing list of every face (text, Markdown, JSON) and what the case
    /// and the mail refuse to be written without.
    package var unfilled: [FactDefinition] {
        let blanks = Set(steps.flatMap(\.text.blanks) + texts.flatMap(\.1.blanks))
        let required = Set(missing.map(\.id))
        return guide.facts.filter { required.contains($0.id) || blanks.contains($0.id) }
    }

    /// How the user gives `fact` on the command line: `--mobile` or `--fact mobile=…`.
    package func flag(for fact: FactDefinition) -> String {
        flagFacts.contains(fact.id) ? "--\(fact.id)" : "--fact \(fact.id)=…"
    }
}

/// The input of one evaluation.
package struct GuideRequest: Sendable {
    package var system: SystemEntry?
    /// Facts as typed by the user (`key` → text).
    package var textFacts: [String: String] = [:]
    /// Facts as JSON (test cases).
    package var jsonFacts: [String: JSONValue] = [:]
    /// Time facts as instants (from the outage log, or already read by the caller): never turned into text.
    package var timeFacts: [String: Date] = [:]
    /// Facts the command line gives with a flag of their own name, for saying how to give a missing one.
    package var flagFacts: Set<String> = []
    package var now: Date
    package var language: Language?

    package init(system: SystemEntry? = nil, now: Date, language: Language? = nil) {
        self.system = system
        self.now = now
        self.language = language
    }
}

/// Evaluate → render input: runs a guide's rules over the facts.
package enum GuideEvaluator {
    package static func evaluate(_ guide: Guide, in procedure: Procedure, request: GuideRequest) throws(GovError)
        -> GuideResult
    {
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        let input = FactInput(guide: guide, clock: clock, now: request.now)
        let language = procedure.document.language(for: request.language)
        var data = JSONObject()
        let now = clock.local(request.now)
        data["now"] = now.factValue(now: request.now)
        data["system"] = request.system?.factValue ?? .null
        for key in request.textFacts.keys.sorted()
        where !guide.facts.contains(where: { $0.id == key && $0.value == nil }) {
            throw unknownFact(key, guide)
        }
        for key in request.jsonFacts.keys.sorted()
        where !guide.facts.contains(where: { $0.id == key && $0.value == nil }) {
            throw unknownFact(key, guide)
        }
        for key in request.timeFacts.keys.sorted()
        where !guide.facts.contains(where: { $0.id == key && $0.value == nil && $0.kind == .time }) {
            throw unknownFact(key, guide)
        }
        var missing: [FactDefinition] = []
        var times: [String: Date] = [:]
        // The facts the request gave (not a default, not blank): a reading about a fact's absence is left out.
        var givenFacts = Set<String>()
        for fact in guide.facts {
            var given: FactInput.Value?
            if let constant = fact.value {
                data[fact.id] = constant
            } else if let date = request.timeFacts[fact.id] {
                given = input.value(for: fact, date: date)
                givenFacts.insert(fact.id)
            } else if let text = request.textFacts[fact.id],
                !text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace })
            {
                // A blank given value (`--users ''`, `--users '   '`) is a missing one, as Enter at a prompt is.
                given = try input.value(for: fact, text: text)
                givenFacts.insert(fact.id)
            } else if let json = request.jsonFacts[fact.id] {
                given = try input.value(for: fact, json: json)
                givenFacts.insert(fact.id)
            } else if let fallback = fact.defaultValue {
                given = try input.value(for: fact, json: fallback)
            } else {
                data[fact.id] = .null
                if fact.required { missing.append(fact) }
            }
            if let given {
                data[fact.id] = given.json
                times[fact.id] = given.date
            }
        }
        var derived: [(DerivedValue, JSONValue)] = []
        for (i, value) in guide.derived.enumerated() {
            let result = try run(
                value.logic, .object(data), at: "derived[\(i)].logic", what: "derived value '\(value.id)'", guide,
                procedure)
            data[value.id] = result
            var shown = value
            if let fact = value.interpretationWhenNotGiven, givenFacts.contains(fact) { shown.interpretation = nil }
            derived.append((shown, result))
        }
        let all = JSONValue.object(data)
        var steps: [GuideStep] = []
        for (i, step) in guide.steps.enumerated() {
            if let when = step.when,
                !Coercion.truthy(
                    try run(when, all, at: "steps[\(i)].when", what: "step '\(step.id)'", guide, procedure))
            {
                continue
            }
            let text = fill(step.text.resolve(language, fallback: procedure.document.language), all, guide, language)
            steps.append(GuideStep(step: step, text: text, contact: StepContact(step, in: procedure)))
        }
        var texts: [(TextTemplate, FilledText)] = []
        for (i, template) in guide.texts.enumerated() {
            if let when = template.when,
                !Coercion.truthy(
                    try run(when, all, at: "texts[\(i)].when", what: "text '\(template.id)'", guide, procedure))
            {
                continue
            }
            let textLanguage = template.fixedLanguage ?? language
            let text = fill(
                template.text.resolve(textLanguage, fallback: procedure.document.language), all, guide, textLanguage)
            texts.append((template, text))
        }
        return GuideResult(
            procedure: procedure, guide: guide, system: request.system, language: language, clock: clock, now: now,
            data: all, derived: derived, steps: steps, texts: texts, missing: missing, times: times,
            flagFacts: request.flagFacts)
    }

    static func unknownFact(_ key: String, _ guide: Guide) -> GovError {
        let settable = guide.facts.filter { $0.value == nil }.map(\.id)
        let suggestion = Suggestions.closest(to: key, among: settable)
        return GovError(
            .usage, "guide '\(guide.id)' takes no fact '\(key)'",
            hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "facts: \(settable.joined(separator: ", "))")
    }

    /// Runs the rule at `path` in the guide (`steps[2].when`); what it throws becomes an error naming the file and
    /// that path (`RuleFailure`).
    static func run(
        _ field: LogicField, _ data: JSONValue, at path: String, what: String, _ guide: Guide, _ procedure: Procedure
    ) throws(GovError) -> JSONValue {
        do throws(LogicError) {
            return try field.rule.evaluate(data)
        } catch {
            throw RuleFailure.error(error, in: procedure, guide: guide, field: path, what: what)
        }
    }

    /// Fills `{{placeholders}}`; a choice shows its label; a missing value stays a blank for the renderer to show.
    /// A multi-line fact's value (a description) keeps its lines, each after the first indented by two spaces, so
    /// that no line of it can pass for a line of the text around it.
    static func fill(_ text: String, _ data: JSONValue, _ guide: Guide, _ language: Language) -> FilledText {
        let pieces = Template.pieces(text).flatMap { piece -> [FilledText.Piece] in
            switch piece {
            case .literal(let s): return [.words(s)]
            case .placeholder(let name):
                if let value = placeholderValue(name, data, guide, language) {
                    guard guide.facts.contains(where: { $0.id == name && $0.multiline }), value.contains("\n") else {
                        return [.value(value)]
                    }
                    let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map {
                        FilledText.Piece.value(String($0))
                    }
                    return Array(lines.map { [$0] }.joined(separator: [.words("\n  ")]))
                }
                // A clock time left blank (a page read at any time) is labelled as such.
                let clock = name == "now" || name.hasPrefix("now.") ? Vocabulary.now.in(language) : nil
                let label =
                    guide.facts.first { $0.id == name }?.label.resolve(language, fallback: language) ?? clock ?? name
                return [.blank(name: name, label: label)]
            }
        }
        return FilledText(pieces, language: language)
    }

    /// A placeholder's value as text, or `nil` when it has none.
    static func placeholderValue(_ name: String, _ data: JSONValue, _ guide: Guide, _ language: Language) -> String? {
        let components = name.split(separator: ".").map(String.init)
        guard let value = DataPath.resolve(data, components), value != .null else { return nil }
        if components.count == 1, let fact = guide.facts.first(where: { $0.id == name }), fact.kind == .choice,
            case .string(let id) = value, let choice = fact.choices.first(where: { $0.id == id })
        {
            return choice.label.resolve(language, fallback: language)
        }
        if case .string(let s) = value { return s }
        // Whole numbers of five digits or more are grouped as in the sources: 25 000.
        if case .number(let n) = value, n == n.rounded(), abs(n) >= 10_000, abs(n) < 1e15 {
            return String(MoneyFormat.swedish(Decimal(Int64(n)), unit: "").dropLast())
        }
        return Coercion.text(value)
    }
}

extension GuideResult {
    /// A text's heading in the run's language. A text the procedure always writes in one language (a case text the
    /// portal takes in Norwegian) is a quotation in a run in another language, and its heading says so.
    package func heading(of template: TextTemplate) -> String {
        let label = template.label.resolve(language, fallback: procedure.document.language)
        guard let fixed = template.fixedLanguage, fixed != language else { return label }
        return label + " ("
            + Vocabulary.quotedIn.in(language).replacingOccurrences(
                of: "LANGUAGE", with: Vocabulary.languageName(fixed).in(language)) + ")"
    }
}

extension Vocabulary {
    static let quotedIn = Vocabulary(
        nb: "på LANGUAGE, slik kilden vil ha den", sv: "på LANGUAGE, som källan vill ha den",
        en: "in LANGUAGE, as the source wants it")

    static func languageName(_ language: Language) -> Vocabulary {
        switch language {
        case .nb: Vocabulary(nb: "norsk", sv: "norska", en: "Norwegian")
        case .sv: Vocabulary(nb: "svensk", sv: "svenska", en: "Swedish")
        case .en: Vocabulary(nb: "engelsk", sv: "engelska", en: "English")
        }
    }
}
