/// A monitoring status as text and Markdown for people (both written from `ReserveStatusDocument`), JSON for
/// scripts, and one monitoring-plugins line for Nagios/Icinga, which says the same facts in its own one-line form
/// (with the document's own wordings of the prognosis, the deadline and the recovery).
package enum MonitorStatusRenderer {
    /// The text face: `ReserveStatusDocument` written for a terminal (and the body of every status mail).
    package static func text(_ s: MonitorStatus) -> String { TextWriter.write(ReserveStatusDocument.document(s)) }

    /// The Markdown face (a ticket comment or a chat message during an outage): the same document.
    package static func markdown(_ s: MonitorStatus) -> String {
        MarkdownWriter.write(ReserveStatusDocument.document(s))
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
                .array(s.readings(lang).map(JSONValue.string))
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
        let now = s.result.now
        var text = s.label(lang)
        if let since = s.since, let elapsed = s.elapsedSeconds {
            text +=
                "; \(Vocabulary.since.in(lang)) \(ReserveStatusDocument.clock(since, from: now)) (\(MonitorStatus.duration(seconds: elapsed)))"
        }
        if let eta = s.prognosisEta { text += "; " + ReserveStatusDocument.prognosis(s, eta) }
        if let deadline = s.deadline { text += "; " + ReserveStatusDocument.deadlineText(s, deadline) }
        if let reachable = s.probeReachable {
            text += "; \(Vocabulary.probeReachable.in(lang)) \(ReserveStatusDocument.clock(reachable, from: now))"
        }
        if let recovering = s.recovering {
            text += "; " + ReserveStatusDocument.recoveringText(recovering, lang, from: now)
        }
        // Thresholds as ranges (monitoring-plugins guidelines): WARN 0, as any outage under way is a warning;
        // CRIT the deadline, or the prognosis's time when later, so the perfdata agrees with the state.
        let critical = s.criticalSeconds.map(String.init) ?? ""
        let perf = "elapsed=\(max(0, s.elapsedSeconds ?? 0))s;0;\(critical);0;"
        // Long output (lines after the first): govctl's readings, while an outage is open.
        let long = s.level == .ok ? "" : s.readings(lang).map { sanitize($0) + "\n" }.joined()
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
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
