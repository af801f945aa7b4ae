/// A monitoring status as text for people, JSON for scripts, and one monitoring-plugins line for Nagios/Icinga.
/// Data (names, labels, scenarios) is printed through `TextEscaping` in the text and Nagios forms.
package enum MonitorStatusRenderer {
    package static func text(_ s: MonitorStatus) -> String {
        let r = s.result
        let lang = r.language
        let source = r.procedure.document.language
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: source)) }
        var out = "\(TextEscaping.line(s.name)): \(TextEscaping.line(s.label(lang)))\n"
        for fact in r.guide.facts where fact.value == nil {
            guard let value = r.data[fact.id], value != .null else { continue }
            switch (fact.kind, value) {
            case (.choice, .string(let id)):
                let label = fact.choices.first { $0.id == id }?.label.resolve(lang, fallback: source) ?? id
                out += "  \(t(fact.label)): \(TextEscaping.line(label))\n"
            case (.boolean, .bool(let b)):
                let passed = b && s.isPassedPrognosis(fact.id) ? " (\(Vocabulary.passed.in(lang)))" : ""
                out += "  \(t(fact.label)): \(b ? Vocabulary.yes.in(lang) : Vocabulary.no.in(lang))\(passed)\n"
            default: break
            }
        }
        if let since = s.since, let elapsed = s.elapsedSeconds {
            out +=
                "  \(Vocabulary.since.in(lang).capitalizedFirst): \(since.calendarDate) \(since.clock) (\(MonitorStatus.duration(seconds: elapsed)))\n"
        }
        if let eta = s.prognosisEta {
            out += "  \(prognosis(s, eta, lang, from: s.result.now))\n"
        }
        if let deadline = s.deadline {
            out +=
                "  \(TextEscaping.line(s.monitor.deadlineLabel?.resolve(lang, fallback: source) ?? "deadline").capitalizedFirst) \(clock(deadline, from: s.result.now))\n"
        }
        if let reachable = s.probeReachable {
            out += "  \(Vocabulary.probeReachable.in(lang).capitalizedFirst): \(clock(reachable, from: s.result.now))\n"
        }
        if let recovering = s.recovering {
            out += "  \(recoveringText(recovering, lang, from: s.result.now).capitalizedFirst)\n"
        }
        for note in s.notes {
            out += "  \(Vocabulary.note.in(lang).capitalizedFirst): \(TextEscaping.line(note))\n"
        }
        // With no outage there is nothing to do: the outage's steps are not listed.
        guard s.level != .ok else { return out }
        for text in s.interpretations(lang) {
            out += "  (\(Vocabulary.reading.in(lang)): \(TextEscaping.line(text)))\n"
        }
        return out + "\n" + GuideTextRenderer.render(r)
    }

    /// "Prognos: Sesam LMN åter 14:00", "(passerad)" once the time has passed.
    static func prognosis(_ s: MonitorStatus, _ eta: LocalTime, _ lang: Language, from: LocalTime) -> String {
        let source = s.result.procedure.document.language
        let label =
            s.result.guide.facts.first { $0.id == s.monitor.prognosisEta }?.label.resolve(lang, fallback: source)
            ?? "eta"
        return "\(TextEscaping.line(label)) \(clock(eta, from: from))"
            + (s.prognosisPassed ? " (\(Vocabulary.passed.in(lang)))" : "")
    }

    /// "i drift igen sedan 14:00, avslutad kl. 14:15 om det förblir i drift".
    static func recoveringText(_ r: MonitorStatus.Recovering, _ lang: Language, from: LocalTime) -> String {
        "\(Vocabulary.upAgain.in(lang)) \(clock(r.up, from: from)), \(Vocabulary.overAt.in(lang)) "
            + "\(clock(r.ends, from: from)) \(Vocabulary.ifStaysUp.in(lang))"
    }

    package static func json(_ s: MonitorStatus) -> String {
        let lang = s.result.language
        func opt(_ v: Int?) -> JSONValue { v.map { .number(Double($0)) } ?? .null }
        let object = JSONObject([
            ("system", s.result.system?.factValue ?? .null), ("state", .string(s.state)),
            ("level", .string(s.level.rawValue)),
            ("exitCode", .number(Double(s.level.exitCode))), ("label", .string(s.label(lang))),
            ("since", s.since.map { .string($0.iso) } ?? .null), ("elapsedSeconds", opt(s.elapsedSeconds)),
            ("elapsedMinutes", opt(s.elapsedSeconds.map { $0 / 60 })), ("deadlineMinutes", opt(s.deadlineMinutes)),
            ("deadline", s.deadline.map { .string($0.iso) } ?? .null),
            ("deadlineClock", s.deadline.map { .string($0.clock) } ?? .null),
            (
                "prognosis",
                s.prognosisEta.map {
                    .object(JSONObject([("eta", .string($0.iso)), ("passed", .bool(s.prognosisPassed))]))
                } ?? .null
            ),
            (
                "interpretations",
                .array(s.interpretations(lang).map { .string("\(Vocabulary.reading.in(lang)): \($0)") })
            ),
            ("probeReachable", s.probeReachable.map { .string($0.iso) } ?? .null),
            (
                "recovering",
                s.recovering.map {
                    .object(JSONObject([("upSince", .string($0.up.iso)), ("overAt", .string($0.ends.iso))]))
                } ?? .null
            ),
            ("notes", .array(s.notes.map(JSONValue.string))),
            ("log", s.log.map(JSONValue.string) ?? .null),
            ("guide", GuideJSONRenderer.value(s.result)),
        ])
        return JSONWriter.pretty(.object(object)) + "\n"
    }

    /// `SESAM LMN WARNING - … | elapsed=5400s;0;14400;0;` (monitoring-plugins guidelines: one line, perfdata after '|').
    package static func nagios(_ s: MonitorStatus) -> String {
        let lang = s.result.language
        let source = s.result.procedure.document.language
        var text = s.label(lang)
        if let since = s.since, let elapsed = s.elapsedSeconds {
            text +=
                "; \(Vocabulary.since.in(lang)) \(clock(since, from: s.result.now)) (\(MonitorStatus.duration(seconds: elapsed)))"
        }
        if let eta = s.prognosisEta { text += "; " + prognosis(s, eta, lang, from: s.result.now) }
        if let deadline = s.deadline {
            text +=
                "; \(s.monitor.deadlineLabel?.resolve(lang, fallback: source) ?? "deadline") \(clock(deadline, from: s.result.now))"
        }
        if let reachable = s.probeReachable {
            text += "; \(Vocabulary.probeReachable.in(lang)) \(clock(reachable, from: s.result.now))"
        }
        if let recovering = s.recovering { text += "; " + recoveringText(recovering, lang, from: s.result.now) }
        // Thresholds as ranges (monitoring-plugins guidelines): WARN 0, as any outage under way is a warning;
        // CRIT the deadline, or the prognosis's time when later, so the perfdata agrees with the state.
        let critical = s.criticalSeconds.map(String.init) ?? ""
        let perf = "elapsed=\(max(0, s.elapsedSeconds ?? 0))s;0;\(critical);0;"
        // Long output (lines after the first): govctl's readings, while an outage is open.
        let long =
            s.level == .ok
            ? "" : s.interpretations(lang).map { sanitize("\(Vocabulary.reading.in(lang)): \($0)") + "\n" }.joined()
        return "\(service(s.name)) \(s.level.rawValue.uppercased()) - \(sanitize(text)) | \(perf)\n" + long
    }

    /// The UNKNOWN line for input the check cannot use.
    package static func nagiosUnknown(_ name: String, _ message: String) -> String {
        "\(service(name)) UNKNOWN - \(sanitize(message))\n"
    }

    /// The label every line starts with: the system's display name in capitals (`SESAM LMN`).
    package static func service(_ name: String) -> String { sanitize(name.uppercased()) }

    /// One line (every control character escaped, line breaks included: Nagios reads the first line as the status),
    /// and no '|' (which starts performance data).
    static func sanitize(_ text: String) -> String {
        TextEscaping.line(text).replacingOccurrences(of: "|", with: " ")
    }

    /// "12:00", or with the date when it is another day than `from`.
    static func clock(_ time: LocalTime, from: LocalTime?) -> String {
        guard let from, from.calendarDate != time.calendarDate else { return time.clock }
        return "\(time.calendarDate) \(time.clock)"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
