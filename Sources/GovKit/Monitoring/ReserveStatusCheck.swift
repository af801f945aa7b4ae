import Foundation

/// `reserve-status` as cron and Nagios run it: the query, and with `--on-change` whether there is anything to say
/// (a new state, a state held past `--repeat`, an outage that ended, or a check that can no longer tell). Every
/// decision is here; the command parses, calls `run` and renders the outcome.
package struct ReserveStatusCheck: Sendable {
    package var query: ReserveStatusQuery
    /// Report only a state that differs from the last one notified (kept beside the log).
    package var onChange = false
    /// With `onChange`: notify again after this long while a state holds.
    package var repeatAfter: TimeInterval?
    /// With `onChange`: the running user's own state directory (`OutageLog.privateDirectory`), where what was said
    /// about a log govctl cannot trust is kept; `nil`: said every time.
    package var privateDirectory: String?

    package init(query: ReserveStatusQuery, onChange: Bool = false, repeatAfter: TimeInterval? = nil) {
        self.query = query
        self.onChange = onChange
        self.repeatAfter = repeatAfter
    }

    /// What to report.
    package struct Notice: Sendable {
        package let answer: ReserveStatusQuery.Answer
        package var status: MonitorStatus { answer.status }
        /// The system's latest outage in the log, for "the outage has ended".
        package var latest: OutageEpisode? { answer.latest }
        /// With `onChange`: the state went back to "no outage" since the last notice.
        package let ended: Bool
        /// With `onChange`: a notice of a change (or a repeat), not a check's answer.
        package let notified: Bool
    }

    package enum Outcome: Sendable {
        /// The status, to print.
        case report(Notice)
        /// With `onChange`: nothing new to say (the warnings still go to stderr).
        case quiet(warnings: [String], procedure: Procedure)
        /// With `onChange`: the check can no longer tell (the error), said once for the system whose display name is
        /// `name`, at the time evaluated.
        case cannotTell(GovError, name: String, at: Date)
        /// With `onChange`: the check still cannot tell, which was said already.
        case stillCannotTell
    }

    /// The outcome; an error is thrown as it is unless `onChange` can say it once (the log was to be read, and the
    /// notification state beside it can be kept).
    package func run(in catalog: Catalog) throws(GovError) -> Outcome {
        let answer: ReserveStatusQuery.Answer
        do throws(GovError) {
            answer = try query.answer(in: catalog)
        } catch {
            return try cannotTell(error, in: catalog)
        }
        guard onChange, let log = query.log else {
            return .report(Notice(answer: answer, ended: false, notified: false))
        }
        if let directory = privateDirectory {
            ChangeNotifier.forgetUntrustedLog(
                system: answer.status.result.system?.id ?? query.system, log: log, directory: directory)
        }
        let status = answer.status
        // "No outage" is the state to stay quiet about when nothing was notified before.
        let quiet = status.monitor.levels.first { $0.value == .ok }?.key ?? status.state
        let decided: ChangeNotifier.Notice?
        do throws(GovError) {
            decided = try ChangeNotifier.decide(
                ChangeNotifier.Key(
                    state: status.state, outage: answer.episode?.id,
                    prognosis: answer.episode?.prognosis.map { $0.eta.map(ISO8601.text) ?? "given" }),
                system: status.result.system?.id ?? query.system, log: log, now: status.result.now.date,
                repeatAfter: repeatAfter, quiet: quiet)
        } catch {
            // The notification state cannot be kept (a held lock, a disk): the check cannot tell.
            throw error.withExit(MonitorStatus.Level.unknown.exitCode)
        }
        guard let notice = decided else { return .quiet(warnings: answer.warnings, procedure: answer.procedure) }
        var ended = false
        if case .changed(let previous?) = notice, status.level == .ok, previous != quiet { ended = true }
        return .report(Notice(answer: answer, ended: ended, notified: true))
    }

    /// With `onChange`, a check that reads the log and cannot tell says so once: an error reading the log or
    /// assessing the outage, for a system the procedures know. Any other error is thrown as it is.
    func cannotTell(_ error: GovError, in catalog: Catalog) throws(GovError) -> Outcome {
        guard onChange, query.since == nil, error.kind != .usage, let log = query.log,
            let (system, registry) = try? catalog.system(named: query.system),
            let now = try? query.now.date(inZone: registry.document.timeZone)
        else { throw error }
        let notice: ChangeNotifier.Notice?
        do throws(GovError) {
            notice = try ChangeNotifier.decide(
                ChangeNotifier.Key(state: "unknown", outage: nil), system: system.id, log: log, now: now,
                repeatAfter: repeatAfter, quiet: "")
        } catch _ {
            // A log that is not trusted, or a database that cannot be reached: what was said is kept in the user's
            // own directory. Where not even that can be kept (no log, no home), the error is reported every time.
            guard error.kind == .untrusted || error.kind == .unavailable, let directory = privateDirectory else {
                throw error
            }
            do throws(GovError) {
                notice = try ChangeNotifier.decideForUntrustedLog(
                    ChangeNotifier.Key(state: "unknown", outage: nil), system: system.id, log: log,
                    directory: directory, now: now, repeatAfter: repeatAfter)
            } catch _ {
                throw error
            }
        }
        return notice == nil ? .stillCannotTell : .cannotTell(error, name: system.name, at: now)
    }

    /// `--repeat 90m`, `2h`, `1h30m`, `45s`: the seconds, or `nil` when the text is not a duration.
    package static func repeatInterval(_ text: String) -> TimeInterval? {
        var total = 0.0
        var number = ""
        for character in text {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            let unit: Double? = ["s": 1, "m": 60, "h": 3600, "d": 86_400][String(character)]
            guard let unit, let n = Double(number) else { return nil }
            total += n * unit
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        return total
    }
}
