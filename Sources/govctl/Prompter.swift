import Foundation
import GovKit
import Synchronization

/// Asks a person at a terminal for the facts a guide still needs, one at a time, in the procedure's language and in
/// the source's order (the guide's facts), then shows every answer for review before anything is printed.
///
/// Before the questions from a section of the source, it shows the steps that cite that section (for an urgent case:
/// the source's definition, before the questions whether it holds). A choice is answered by its number or its name
/// (any case, spaces or hyphens), with a suggestion for a near miss; a time as people type it (`02:40`,
/// `i går 23:10`, `for 2 timer siden`), echoed back in full; Enter leaves an optional fact blank. A multi-line fact
/// (`"multiline": true`) ends with an empty line or is one paste; elsewhere a pasted block is refused, so a paste
/// never answers the next question. When the answers make a `report-urgent` guide's `urgent` value false, it stops
/// asking: there is no case to complete. Ctrl-C, the end of input or `a` at the review abandons the run (exit 130),
/// and nothing is printed. Every line it writes is in the run's language.
struct Prompter {
    private var terminal: Terminal

    /// The exit status of an abandoned run, as a shell reports a program ended by Ctrl-C.
    static let abandoned: Int32 = 130

    /// A prompter at the terminal (`Terminal.open`), unless `--no-input` is given.
    static func atTerminal(_ context: Context) -> Prompter? {
        Terminal.open(noInput: context.arguments.has("no-input")).map { Prompter(terminal: $0) }
    }

    private func write(_ text: String) { terminal.write(text) }

    /// The facts the person gave, as text by fact id; `evaluate` runs the guide with the facts given so far added.
    mutating func ask(_ evaluate: ([String: String]) throws(GovError) -> GuideResult) throws(GovError) -> [String:
        String]
    {
        defer { terminal.close() }
        let first = try evaluate([:])
        let open = first.guide.facts.filter { fact in
            fact.value == nil && (first.data[fact.id] ?? .null) == .null
        }
        guard !open.isEmpty, !UrgentCaseGate.isNotUrgent(first) else { return [:] }
        let lang = first.language
        let source = first.procedure.document.language
        Self.trapInterrupt(lang)
        terminal.startPasteMode()
        defer { terminal.endPasteMode() }
        write(first.guide.title.resolve(lang, fallback: source) + (first.system.map { " – \($0.name)" } ?? "") + "\n")
        write(Vocabulary.promptIntro.in(lang) + "\n")
        var answers: [String: String] = [:]
        var shown: Set<String> = []
        var asked: [FactDefinition] = []
        for fact in open {
            let current = try evaluate(answers)
            if UrgentCaseGate.isNotUrgent(current) { break }
            if let section = fact.source {
                for line in current.steps where line.step.source == section && !shown.contains(line.step.id) {
                    shown.insert(line.step.id)
                    write("\n" + line.text.shown + "\n  [\(Vocabulary.source.in(lang)): \(line.step.source)]\n")
                }
            }
            asked.append(fact)
            answers[fact.id] = try question(fact, lang, source, answers: answers, evaluate)
        }
        let last = try evaluate(answers)
        if UrgentCaseGate.isNotUrgent(last) {
            write("\n" + Vocabulary.notUrgent.in(lang) + "\n\n")
            return answers
        }
        try review(asked, lang, source, answers: &answers, evaluate)
        write("\n")
        return answers
    }

    /// Shows every answer, numbered, until the person prints (Enter), changes one (its number) or abandons (`a`).
    private mutating func review(
        _ asked: [FactDefinition], _ lang: Language, _ source: Language, answers: inout [String: String],
        _ evaluate: ([String: String]) throws(GovError) -> GuideResult
    ) throws(GovError) {
        guard !asked.isEmpty else { return }
        while true {
            let result = try evaluate(answers)
            var list = "\n\(Vocabulary.review.in(lang))\n"
            for (i, fact) in asked.enumerated() {
                let label = fact.label.resolve(lang, fallback: source)
                let value = Self.shown(fact, answers[fact.id], result, lang, source)
                list += "  \(i + 1). \(label): " + value.replacingOccurrences(of: "\n", with: "\n       ") + "\n"
            }
            write(list)
            var choice: String?
            while choice == nil {
                write(Vocabulary.reviewChoice.in(lang) + " ")
                switch terminal.read(multiline: false) {
                case .end: throw Self.inputEnded(lang)
                case .answer(let typed): choice = typed.trimmingCharacters(in: .whitespaces).lowercased()
                default: write(Vocabulary.reviewAgain.in(lang) + "\n")
                }
                if let typed = choice, !typed.isEmpty, typed != "a",
                    !(Int(typed).map { (1...asked.count).contains($0) } ?? false)
                {
                    write(Vocabulary.reviewAgain.in(lang) + "\n")
                    choice = nil
                }
            }
            switch choice ?? "" {
            case "": return
            case "a":
                throw GovError(.usage, Vocabulary.abandoned.in(lang)).withExit(Self.abandoned)
            default:
                let fact = asked[(Int(choice ?? "") ?? 1) - 1]
                var others = answers
                others[fact.id] = nil
                answers[fact.id] = try question(fact, lang, source, answers: others, evaluate)
            }
        }
    }

    /// An answer as the review shows it: a choice by its label, a time in full, a blank as "–".
    private static func shown(
        _ fact: FactDefinition, _ answer: String?, _ result: GuideResult, _ lang: Language, _ source: Language
    ) -> String {
        guard let answer else { return "–" }
        switch fact.kind {
        case .choice:
            return fact.choices.first { $0.id == answer }?.label.resolve(lang, fallback: source) ?? answer
        case .boolean: return answer == "true" ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang)
        case .time: return result.times[fact.id].map { fullTime(result.clock.local($0)) } ?? answer
        default: return answer
        }
    }

    /// `2026-10-25 02:40 (+01:00)`: the day, the time and the zone's offset, so that a typed `02:40` shows which one.
    private static func fullTime(_ local: LocalTime) -> String {
        let iso = local.iso
        return "\(local.calendarDate) \(local.clock) (\(iso.suffix(6)))"
    }

    /// Asks for one fact until the answer is usable; `nil` for an optional fact left blank.
    private mutating func question(
        _ fact: FactDefinition, _ lang: Language, _ source: Language, answers: [String: String],
        _ evaluate: ([String: String]) throws(GovError) -> GuideResult
    ) throws(GovError) -> String? {
        let label = fact.label.resolve(lang, fallback: source)
        var notes: [String] = []
        if !fact.required { notes.append(Vocabulary.optionalAnswer.in(lang)) }
        if fact.multiline { notes.append(Vocabulary.multilineAnswer.in(lang)) }
        let remark = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
        var prompt = "\n\(label)\(remark): "
        // govctl's reading of the question, once, above it (asking as required what the source gives as examples).
        if let reading = fact.interpretation { write("\n" + Interpretation.line(reading, lang, fallback: source)) }
        switch fact.kind {
        case .choice:
            var list = "\n\(label)\(remark)\n"
            for (i, choice) in fact.choices.enumerated() {
                list += "  \(i + 1). \(choice.label.resolve(lang, fallback: source))\n"
            }
            write(list)
            prompt = "\(Vocabulary.choose.in(lang)) 1–\(fact.choices.count): "
        case .boolean:
            prompt = "\n\(label)\(remark) (\(Vocabulary.yes.in(lang))/\(Vocabulary.no.in(lang))): "
        default: break
        }
        while true {
            write(prompt)
            let typed: String
            switch terminal.read(multiline: fact.multiline) {
            case .end: throw Self.inputEnded(lang)
            case .pastedLines(let count):
                write(Vocabulary.pastedLines.in(lang).replacingOccurrences(of: "LINES", with: String(count)) + "\n")
                continue
            case .pastedAfter:
                write(Vocabulary.pastedAfter.in(lang) + "\n")
                continue
            case .notUTF8:
                write(Vocabulary.notUTF8.in(lang) + "\n")
                continue
            case .answer(let text): typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if typed.isEmpty {
                if !fact.required { return nil }
                write(Vocabulary.answerRequired.in(lang) + "\n")
                continue
            }
            guard let text = interpret(typed, fact, lang, source) else { continue }
            var trial = answers
            trial[fact.id] = text
            do throws(GovError) {
                let result = try evaluate(trial)
                if fact.kind == .time, let date = result.times[fact.id] {
                    write("  → \(Self.fullTime(result.clock.local(date)))\n")
                }
                return text
            } catch {
                guard error.kind == .dataError else { throw error }
                write(Self.explain(error, fact, typed, lang, base: try evaluate(answers)) + "\n")
            }
        }
    }

    /// The fact's value for what was typed, or `nil` (having said why) to ask again.
    private func interpret(_ typed: String, _ fact: FactDefinition, _ lang: Language, _ source: Language) -> String? {
        switch fact.kind {
        case .choice:
            if let n = Int(typed), n >= 1, n <= fact.choices.count { return fact.choices[n - 1].id }
            if let id = ChoiceMatching.id(for: typed, among: fact.choices) { return id }
            let labels = fact.choices.map { $0.label.resolve(lang, fallback: source) }
            var folded: [String: String] = [:]
            for (choice, label) in zip(fact.choices, labels) {
                folded[ChoiceMatching.normalized(label)] = label
                folded[ChoiceMatching.normalized(choice.id)] = label
            }
            let near = Suggestions.closest(to: ChoiceMatching.normalized(typed), among: Array(folded.keys).sorted())
            var line = Vocabulary.notAChoice.in(lang)
            if let near, let label = folded[near] {
                line += " " + Vocabulary.didYouMean.in(lang).replacingOccurrences(of: "NAME", with: label)
            }
            write(line + "\n")
            return nil
        case .boolean:
            let word = typed.lowercased()
            if [Vocabulary.yes.in(lang), "j", "y", "yes", "ja", "true"].contains(word) { return "true" }
            if [Vocabulary.no.in(lang), "n", "no", "nei", "nej", "false"].contains(word) { return "false" }
            write(Vocabulary.yesOrNo.in(lang) + "\n")
            return nil
        case .time:
            switch HumanTime.problem(typed) {
            case nil: return typed
            default:
                write(Vocabulary.notATime.in(lang) + "\n")
                return nil
            }
        default: return typed
        }
    }

    /// Why the guide could not use an answer, in the run's language where govctl knows the reason.
    private static func explain(
        _ error: GovError, _ fact: FactDefinition, _ typed: String, _ lang: Language, base: GuideResult
    ) -> String {
        switch fact.kind {
        case .time:
            do throws(HumanTime.Problem) {
                _ = try HumanTime.read(typed, now: base.now.date, clock: base.clock, direction: .nearest)
            } catch .skipped(let when) {
                return Vocabulary.skippedTime.in(lang).replacingOccurrences(of: "WHEN", with: when)
            } catch {}
            return Vocabulary.notATime.in(lang)
        case .number: return Vocabulary.notANumber.in(lang)
        default:
            return Vocabulary.unusable.in(lang) + " " + error.message + (error.hint.map { " (\($0))" } ?? "")
        }
    }

    private static func inputEnded(_ lang: Language) -> GovError {
        GovError(.usage, Vocabulary.inputEnded.in(lang), hint: Vocabulary.inputEndedHint.in(lang))
            .withExit(abandoned)
    }

    /// Ctrl-C while the questions are asked: turn the terminal's paste mode off, say so in the run's language and end
    /// with 130, printing no case. The messages are made before the handler is installed, so that the handler itself
    /// allocates nothing; it picks one by the language stored in `interruptLanguage`.
    private static let interruptMessages: [[UInt8]] = Language.allCases.map { lang in
        Array("\ngovctl: \(Vocabulary.abandonedByInterrupt.in(lang))\n".utf8)
    }
    private static let pasteModeOff: [UInt8] = Array(Terminal.pasteModeOff.utf8)
    private static let interruptLanguage = Atomic<Int>(0)

    private static func trapInterrupt(_ lang: Language) {
        _ = interruptMessages.count
        _ = pasteModeOff.count
        interruptLanguage.store(Language.allCases.firstIndex(of: lang) ?? 0, ordering: .sequentiallyConsistent)
        signal(SIGINT) { _ in
            let fd = Terminal.pasteModeFD.load(ordering: .sequentiallyConsistent)
            if fd >= 0 { _ = Glibc.write(fd, Prompter.pasteModeOff, Prompter.pasteModeOff.count) }
            let message = Prompter.interruptMessages[Prompter.interruptLanguage.load(ordering: .sequentiallyConsistent)]
            _ = Glibc.write(STDERR_FILENO, message, message.count)
            _exit(130)
        }
    }
}
