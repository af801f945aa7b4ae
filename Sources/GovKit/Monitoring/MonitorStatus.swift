import Foundation

/// A guide's result read as a monitoring check: state, level, elapsed time and the deadline, if any.
package struct MonitorStatus: Sendable {
    package enum Level: String, Sendable {
        case ok, warning, critical, unknown

        /// The monitoring-plugins exit code: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
        package var exitCode: Int32 {
            switch self {
            case .ok: return 0
            case .warning: return 1
            case .critical: return 2
            case .unknown: return 3
            }
        }
    }

    package let result: GuideResult
    package let monitor: Monitor
    package let state: String
    package let level: Level
    /// When the clock started, if it did.
    package let since: LocalTime?
    package let elapsedSeconds: Int?
    /// The minutes after `since` when the next level starts, where the procedure gives one.
    package let deadlineMinutes: Int?
    /// The local time of that deadline, while it still lies ahead and applies.
    package let deadline: LocalTime?
    /// The time a prognosis gives for the system's return, and whether that time has passed.
    package let prognosisEta: LocalTime?
    package var prognosisPassed: Bool { prognosisEta.map { $0.date <= result.now.date } ?? false }
    /// Whether `fact` is the prognosis fact and the prognosis's time has passed: "Prognos finns: ja" then says
    /// "(passerad)" too, as the prognosis line does, so the two never read as disagreeing.
    package func isPassedPrognosis(_ fact: String) -> Bool { fact == monitor.prognosis && prognosisPassed }
    /// The elapsed seconds from which the check is CRITICAL by the clock, for perfdata's threshold: the deadline,
    /// or with a prognosis its time when that is later (a prognosis keeps the next level off until it has passed).
    package var criticalSeconds: Int? {
        guard let minutes = deadlineMinutes else { return nil }
        guard let eta = prognosisEta, let since else { return minutes * 60 }
        return max(minutes * 60, Int(eta.date.timeIntervalSince(since.date).rounded(.up)))
    }
    /// The outage log the state was read from (`nil` when the start was given).
    package var log: String?
    /// When `govctl outage watch` last saw the system reachable, while an outage is open.
    package var probeReachable: LocalTime?
    /// While the system is up again within the recovery period: since when, and when the outage is over if it stays up.
    package var recovering: Recovering?
    /// The staff's notes on the outage (from the log), in order.
    package var notes: [String] = []

    package struct Recovering: Sendable {
        package let up: LocalTime
        package let ends: LocalTime
    }

    /// `nil` when the guide has no monitor.
    package init?(_ result: GuideResult) {
        guard let monitor = result.guide.monitor else { return nil }
        self.result = result
        self.monitor = monitor
        let data = result.data
        state = data[monitor.state]?.stringValue ?? ""
        level = monitor.levels[state].map { Level(rawValue: $0.rawValue) ?? .unknown } ?? .unknown
        let clock = result.clock
        if let start = result.times[monitor.since] {
            since = clock.local(start)
            elapsedSeconds = TimeBounds.wholeSeconds(result.now.date.timeIntervalSince(start))
        } else {
            since = nil
            elapsedSeconds = nil
        }
        if let key = monitor.deadlineMinutes, case .number(let minutes)? = data[key] {
            deadlineMinutes = TimeBounds.deadlineMinutes(minutes)
        } else {
            deadlineMinutes = nil
        }
        prognosisEta = monitor.prognosisEta.flatMap { result.times[$0] }.map(clock.local)
        let applies = monitor.deadlineApplies.map { Coercion.truthy(data[$0] ?? .null) } ?? true
        if level == .warning, applies, let since, let deadlineMinutes,
            since.date.addingTimeInterval(TimeInterval(deadlineMinutes * 60)) > result.now.date
        {
            deadline = clock.local(since.date.addingTimeInterval(TimeInterval(deadlineMinutes * 60)))
        } else {
            deadline = nil
        }
    }

    /// How the procedure says the state to a person, else the state's id.
    package func label(_ language: Language) -> String {
        monitor.labels[state]?.resolve(language, fallback: result.procedure.document.language) ?? state
    }

    /// The system's display name, the same in every line and on errors.
    package var name: String { result.system?.name ?? result.guide.id }

    /// govctl's readings that bear on this result (the monitor's interpretations, which concern a prognosis whose
    /// time has passed: shown while an outage with such a prognosis is open, not beside a prognosis still ahead),
    /// in the language asked for.
    package func interpretations(_ language: Language) -> [String] {
        guard level != .ok, prognosisPassed else { return [] }
        return monitor.interpretations.map { $0.text.resolve(language, fallback: result.procedure.document.language) }
    }

    /// Those readings as every face words them: "govctl's reading, not the source's: …" (`Interpretation.label`).
    package func readings(_ language: Language) -> [String] {
        interpretations(language).map { Interpretation.label(language) + ": " + $0 }
    }

    /// "4 h 45 min", "45 min".
    package static func duration(seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        return minutes >= 60 ? "\(minutes / 60) h \(String(format: "%02d", minutes % 60)) min" : "\(minutes) min"
    }
}
