import Foundation
import GovKit

/// Asks a person at a terminal for the facts a guide still needs, one at a time, in the procedure's language and in
/// the source's order (the guide's facts), before the answer is printed.
///
/// Before the questions from a section of the source, it shows the steps that cite that section (for an urgent case:
/// the source's definition, before the questions whether it holds). A choice is answered by its number or its name
/// (any case, spaces or hyphens); Enter leaves an optional fact blank; an answer the guide cannot use is asked again
/// with the reason. When the answers make a `report-urgent` guide's `urgent` value false, it stops asking: there is
/// no case to complete. Ctrl-C or the end of input abandons the run (exit 130), and nothing is printed.
struct Prompter {
    /// One line of input without its line break; `nil` at the end of input.
    var readLine: () -> String?
    var write: (String) -> Void

    /// The exit status of an abandoned run, as a shell reports a program ended by Ctrl-C.
    static let abandoned: Int32 = 130

    /// A prompter on the terminal when stdin and stdout are both terminals and `--no-input` is not given.
    static func atTerminal(_ context: Context) -> Prompter? {
        guard !context.arguments.has("no-input"), isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return nil
        }
        return Prompter(
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { text in StandardStreams.write(text, to: .standardOutput) })
    }

    /// The facts the person gave, as text by fact id; `evaluate` runs the guide with the facts given so far added.
    func ask(_ evaluate: ([String: String]) throws(GovError) -> GuideResult) throws(GovError) -> [String: String] {
        let first = try evaluate([:])
        let open = first.guide.facts.filter { fact in
            fact.value == nil && (first.data[fact.id] ?? .null) == .null
        }
        guard !open.isEmpty, !UrgentCaseGate.isNotUrgent(first) else { return [:] }
        let lang = first.language
        let source = first.procedure.document.language
        write(first.guide.title.resolve(lang, fallback: source) + (first.system.map { " – \($0.name)" } ?? "") + "\n")
        write(Vocabulary.promptIntro.in(lang) + "\n")
        Self.trapInterrupt()
        var answers: [String: String] = [:]
        var shown: Set<String> = []
        for fact in open {
            let current = try evaluate(answers)
            if UrgentCaseGate.isNotUrgent(current) { break }
            if let section = fact.source {
                for line in current.steps where line.step.source == section && !shown.contains(line.step.id) {
                    shown.insert(line.step.id)
                    write("\n" + line.text.shown + "\n  [\(Vocabulary.source.in(lang)): \(line.step.source)]\n")
                }
            }
            if let answer = try question(fact, lang, source, answers: answers, evaluate) { answers[fact.id] = answer }
        }
        let last = try evaluate(answers)
        if UrgentCaseGate.isNotUrgent(last) {
            write("\n" + Vocabulary.notUrgent.in(lang) + "\n")
        }
        write("\n")
        return answers
    }

    /// Asks for one fact until the answer is usable; `nil` for an optional fact left blank.
    private func question(
        _ fact: FactDefinition, _ lang: Language, _ source: Language, answers: [String: String],
        _ evaluate: ([String: String]) throws(GovError) -> GuideResult
    ) throws(GovError) -> String? {
        let label = fact.label.resolve(lang, fallback: source)
        let optional = fact.required ? "" : " (\(Vocabulary.optionalAnswer.in(lang)))"
        var prompt = "\n\(label)\(optional): "
        switch fact.kind {
        case .choice:
            var list = "\n\(label)\(optional)\n"
            for (i, choice) in fact.choices.enumerated() {
                list += "  \(i + 1). \(choice.label.resolve(lang, fallback: source))\n"
            }
            write(list)
            prompt = "\(Vocabulary.choose.in(lang)) 1–\(fact.choices.count): "
        case .boolean:
            prompt = "\n\(label)\(optional) (\(Vocabulary.yes.in(lang))/\(Vocabulary.no.in(lang))): "
        default: break
        }
        while true {
            write(prompt)
            guard let line = readLine() else {
                throw GovError(
                    .usage, "the input ended before every question was answered; no case printed",
                    hint: "answer the questions, or give the facts as options (--help lists them) with --no-input"
                ).withExit(Self.abandoned)
            }
            let typed = line.trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                if !fact.required { return nil }
                write(Vocabulary.answerRequired.in(lang) + "\n")
                continue
            }
            var text = typed
            switch fact.kind {
            case .choice:
                if let n = Int(typed), n >= 1, n <= fact.choices.count {
                    text = fact.choices[n - 1].id
                } else if let id = ChoiceMatching.id(for: typed, among: fact.choices) {
                    text = id
                } else {
                    write(Vocabulary.notAChoice.in(lang) + "\n")
                    continue
                }
            case .boolean:
                let word = typed.lowercased()
                if [Vocabulary.yes.in(lang), "j", "y", "yes", "ja", "true"].contains(word) {
                    text = "true"
                } else if [Vocabulary.no.in(lang), "n", "no", "nei", "nej", "false"].contains(word) {
                    text = "false"
                } else {
                    write(Vocabulary.yesOrNo.in(lang) + "\n")
                    continue
                }
            default: break
            }
            var trial = answers
            trial[fact.id] = text
            do throws(GovError) {
                _ = try evaluate(trial)
                return text
            } catch {
                guard error.kind == .dataError else { throw error }
                write(error.message + (error.hint.map { " (\($0))" } ?? "") + "\n")
            }
        }
    }

    /// Ctrl-C while the questions are asked: say so and end with 130, printing no case.
    /// Made before the handler is installed, so that the handler itself allocates nothing.
    private static let interruptMessage: [UInt8] = Array("\ngovctl: abandoned (Ctrl-C); no case printed\n".utf8)

    private static func trapInterrupt() {
        _ = interruptMessage.count
        signal(SIGINT) { _ in
            _ = Glibc.write(STDERR_FILENO, Prompter.interruptMessage, Prompter.interruptMessage.count)
            _exit(130)
        }
    }
}
