/// `reserve-status`'s answer as a document, the one conversion its text, Markdown and mail faces write: the system
/// and its state as the heading, the facts the state rests on (the scenario, the prognosis), since when, the
/// prognosis's time, the deadline, what the probe saw, the recovery, the staff's notes and govctl's readings; then,
/// while an outage is under way, the guide's answer one level down (`GuideDocument`). With no outage there is nothing
/// to do: the outage's steps are not listed.
package enum ReserveStatusDocument {
    package static func document(_ s: MonitorStatus) -> Document {
        var blocks = [status(s)]
        if s.level != .ok { blocks += GuideDocument.document(s.result).asPart }
        return Document(blocks)
    }

    /// The notice that the outage has ended: its start and end on the procedure's clock, then the status (no
    /// outage, so no steps).
    package static func ended(_ s: MonitorStatus, episode: OutageEpisode?) -> Document {
        let lang = s.result.language
        var fields: [Field] = []
        if let episode, let end = episode.upSince {
            let clock = s.result.clock
            let (from, to) = (clock.local(episode.startAt), clock.local(end))
            let seconds = TimeBounds.wholeSeconds(end.timeIntervalSince(episode.startAt))
            fields.append(
                Field(
                    Vocabulary.since.in(lang).capitalizedFirst,
                    .words(
                        "\(from.calendarDate) \(from.clock) – \(to.calendarDate) \(to.clock) (\(MonitorStatus.duration(seconds: seconds)))"
                    )))
        }
        let body: [Block] = fields.isEmpty ? [] : [.fields(fields)]
        return Document(
            [.section(level: 1, heading: .words(StatusMail.endedSubject(s)), body: body)] + document(s).blocks)
    }

    /// The status part: "Sesam LMN: <state>" and what it rests on.
    static func status(_ s: MonitorStatus) -> Block {
        let r = s.result
        let lang = r.language
        let source = r.procedure.document.language
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: source) }
        let now = r.now
        var fields: [Field] = []
        for fact in r.guide.facts where fact.value == nil {
            guard let value = r.data[fact.id], value != .null else { continue }
            switch (fact.kind, value) {
            case (.choice, .string(let id)):
                fields.append(
                    Field(t(fact.label), .words(fact.choices.first { $0.id == id }.map { t($0.label) } ?? id)))
            case (.boolean, .bool(let b)):
                let passed = b && s.isPassedPrognosis(fact.id) ? " (\(Vocabulary.passed.in(lang)))" : ""
                fields.append(
                    Field(t(fact.label), .words((b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang)) + passed)))
            default: break
            }
        }
        if let since = s.since, let elapsed = s.elapsedSeconds {
            fields.append(
                Field(
                    Vocabulary.since.in(lang).capitalizedFirst,
                    .words("\(since.calendarDate) \(since.clock) (\(MonitorStatus.duration(seconds: elapsed)))")))
        }
        if let eta = s.prognosisEta { fields.append(Field("", .words(prognosis(s, eta)))) }
        if let deadline = s.deadline {
            fields.append(Field("", .words(deadlineText(s, deadline).capitalizedFirst)))
        }
        if let reachable = s.probeReachable {
            fields.append(
                Field(Vocabulary.probeReachable.in(lang).capitalizedFirst, .words(clock(reachable, from: now))))
        }
        if let recovering = s.recovering {
            fields.append(Field("", .words(recoveringText(recovering, lang, from: now).capitalizedFirst)))
        }
        for note in s.notes { fields.append(Field(Vocabulary.note.in(lang).capitalizedFirst, .words(note))) }
        var body: [Block] = fields.isEmpty ? [] : [.fields(fields)]
        if s.level != .ok { body += s.interpretations(lang).map { .reading(Interpretation.label(lang) + ": " + $0) } }
        return .section(level: 1, heading: .words("\(s.name): \(s.label(lang))"), body: body)
    }

    /// "Prognos: Sesam LMN åter 14:00", "(passerad)" once the time has passed.
    static func prognosis(_ s: MonitorStatus, _ eta: LocalTime) -> String {
        let lang = s.result.language
        let source = s.result.procedure.document.language
        let label =
            s.result.guide.facts.first { $0.id == s.monitor.prognosisEta }?.label.resolve(lang, fallback: source)
            ?? "eta"
        return "\(label) \(clock(eta, from: s.result.now))"
            + (s.prognosisPassed ? " (\(Vocabulary.passed.in(lang)))" : "")
    }

    /// "reservrutinen aktiveras om prognos saknas kl. 12:00".
    static func deadlineText(_ s: MonitorStatus, _ deadline: LocalTime) -> String {
        let label =
            s.monitor.deadlineLabel?.resolve(s.result.language, fallback: s.result.procedure.document.language)
            ?? "deadline"
        return "\(label) \(clock(deadline, from: s.result.now))"
    }

    /// "i drift igen sedan 14:00, avslutad kl. 14:15 om det förblir i drift".
    static func recoveringText(_ r: MonitorStatus.Recovering, _ lang: Language, from: LocalTime) -> String {
        "\(Vocabulary.upAgain.in(lang)) \(clock(r.up, from: from)), \(Vocabulary.overAt.in(lang)) "
            + "\(clock(r.ends, from: from)) \(Vocabulary.ifStaysUp.in(lang))"
    }

    /// "12:00", or with the date when it is another day than `from`.
    static func clock(_ time: LocalTime, from: LocalTime?) -> String {
        guard let from, from.calendarDate != time.calendarDate else { return time.clock }
        return "\(time.calendarDate) \(time.clock)"
    }
}
