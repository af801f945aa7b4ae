import Foundation

/// `outage start|prognosis|end|amend|cancel`: one event for a system's outage, checked against the procedures, the
/// clock and the log before it is appended. The log refuses nonsense: an end before the start, a start in the future,
/// a second start, a prognosis already past, a system without a reserve routine.
package struct OutageEntry: Sendable {
    package enum Event: Sendable {
        /// An outage starts: its scenario (one of the reserve guide's; `nil` takes the procedure's default) and a note.
        case start(at: TimeInput, scenario: String?, note: String?)
        /// A prognosis for when the system is back.
        case prognosis(eta: TimeInput)
        case end(at: TimeInput)
        /// Corrects the outage `outage` (default: the open one, else the latest).
        case amend(outage: String?, start: TimeInput?, end: TimeInput?, scenario: String?, note: String?)
        /// The outage was logged by mistake.
        case cancel(outage: String?, note: String?)
    }

    /// The system's name or alias, in any case.
    package var system: String
    package var event: Event
    package var now: TimeInput
    /// `"probe"` for `govctl outage watch`.
    package var source: String?
    /// How far ahead of the clock a time may be (clock skew between machines).
    package static let skew: TimeInterval = 60

    package init(system: String, event: Event, now: TimeInput, source: String? = nil) {
        self.system = system
        self.event = event
        self.now = now
        self.source = source
    }

    /// What was written, for the confirmation line.
    package struct Written: Sendable {
        package let record: OutageRecord
        package let system: SystemEntry
        /// The event's time (the prognosis's eta) on the procedure's wall clock.
        package let when: LocalTime
        package let timeZone: String
        package let log: String
        /// The log is near govctl's size limit (`OutageLog.sizeWarning`).
        package var warnings: [String] = []
    }

    /// The system and its reserve guide; a system whose procedure has no monitor has no outage log entries.
    package static func monitored(_ name: String, in catalog: Catalog) throws(GovError) -> (
        SystemEntry, Guide, Monitor, Procedure
    ) {
        let (system, _) = try catalog.system(named: name)
        guard let (guide, procedure) = try catalog.guide(purpose: GuidePurpose.reserveStatus.rawValue, for: system),
            let monitor = guide.monitor
        else {
            throw GovError(
                .notFound,
                "\(system.name) has no reserve routine to monitor (no procedure's guide has a monitor for it)",
                hint: "the outage log is for systems with a reserve routine; 'govctl list' shows the procedures")
        }
        return (system, guide, monitor, procedure)
    }

    /// Appends the event to `log`.
    package func append(to log: any OutageStore, in catalog: Catalog) throws(GovError) -> Written {
        let (system, guide, _, procedure) = try Self.monitored(self.system, in: catalog)
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        let now = try self.now.date(in: clock)
        func time(_ input: TimeInput, _ option: String) throws(GovError) -> Date {
            let date = try input.date(in: clock)
            guard ISO8601.isPlausible(date) else {
                throw GovError(
                    .usage,
                    "--\(option): the year must lie between \(ISO8601.years.lowerBound) and \(ISO8601.years.upperBound)",
                    hint: "write a four-digit year, e.g. 2026-11-21T08:00")
            }
            return date
        }
        func notAhead(_ date: Date, _ what: String) throws(GovError) {
            guard date <= now.addingTimeInterval(Self.skew) else {
                let local = clock.local(date)
                throw GovError(
                    .dataError, "\(what) \(local.calendarDate) \(local.clock) lies in the future",
                    hint: "give the time it happened (--at), or leave --at out for now")
            }
        }
        // With its seconds when it has any: an end refused as before a start must not read as the same minute.
        func local(_ date: Date) -> String {
            let t = clock.local(date)
            let seconds = t.second == 0 ? "" : ":" + (t.second < 10 ? "0" : "") + String(t.second)
            return "\(t.calendarDate) \(t.clock)\(seconds)"
        }
        var record: OutageRecord
        var check: (OutageIndex) throws(GovError) -> Void = { _ in }
        func target(_ index: OutageIndex, _ id: String?) throws(GovError) -> Outage {
            if let id {
                guard let outage = index.outage(id), outage.system == system.id else {
                    throw GovError(
                        .notFound, "no outage '\(id)' of \(system.name) in \(log.location)",
                        hint: "'govctl outage list' shows the outages and their ids")
                }
                return outage
            }
            guard let outage = index.open(system.id) ?? index.latest(system.id) else {
                throw GovError(
                    .dataError, "no outage of \(system.name) in \(log.location)",
                    hint: "start one with 'govctl outage start \(system.id)'")
            }
            return outage
        }
        func open(_ index: OutageIndex) throws(GovError) -> Outage {
            guard let open = index.open(system.id) else {
                throw GovError(
                    .dataError, "no open outage of \(system.name) in \(log.location)",
                    hint: "start one with 'govctl outage start \(system.id)'")
            }
            return open
        }
        switch event {
        case .start(let at, let scenario, let note):
            let at = try time(at, "at")
            try notAhead(at, "the start")
            record = OutageRecord(
                event: .start, system: system.id, at: at, outage: OutageLog.newID(system: system.id, at: at),
                note: note)
            record.scenario = try Self.scenario(scenario, guide)
            check = { index throws(GovError) in
                if let open = index.open(system.id) {
                    throw GovError(
                        .dataError,
                        "an outage of \(system.name) is already open since \(local(open.startAt)) (\(log.location) line \(open.start.line))",
                        hint:
                            "end it first with 'govctl outage end \(system.id)', or correct it with 'govctl outage amend'"
                    )
                }
                if let other = index.outages.last(where: {
                    $0.system == system.id && $0.cancelled == nil && ($0.end?.at ?? .distantFuture) > at
                }) {
                    throw GovError(
                        .dataError,
                        "an outage from \(local(at)) would overlap the outage \(Self.span(other, local)) (\(log.location) line \(other.start.line))",
                        hint:
                            "outages of one system never overlap: give a start after it, or correct it with 'govctl outage amend --outage \(other.id)'"
                    )
                }
            }
        case .prognosis(let eta):
            let eta = try time(eta, "eta")
            guard eta > now else {
                throw GovError(
                    .dataError, "the prognosis \(local(eta)) is already past (now \(local(now)))",
                    hint:
                        "give the time the system is expected back, e.g. --eta \(clock.local(now.addingTimeInterval(7200)).iso)"
                )
            }
            record = OutageRecord(event: .prognosis, system: system.id, at: now, eta: eta)
            check = { index throws(GovError) in
                record.outage = try open(index).id
            }
        case .end(let at):
            let at = try time(at, "at")
            try notAhead(at, "the end")
            record = OutageRecord(event: .end, system: system.id, at: at)
            check = { index throws(GovError) in
                let outage = try open(index)
                guard at >= outage.startAt else {
                    throw GovError(
                        .dataError, "the end \(local(at)) is before the outage's start \(local(outage.startAt))",
                        hint:
                            "give the time it ended with --at, or correct the start with 'govctl outage amend --start'")
                }
                record.outage = outage.id
            }
        case .amend(let id, let start, let end, let scenario, let note):
            record = OutageRecord(event: .amend, system: system.id, at: now, note: note)
            if let start { record.start = try time(start, "start") }
            if let end { record.end = try time(end, "end") }
            if let scenario { record.scenario = try Self.scenario(scenario, guide) }
            if let start = record.start { try notAhead(start, "the start") }
            if let end = record.end { try notAhead(end, "the end") }
            guard record.start != nil || record.end != nil || record.scenario != nil || note != nil else {
                throw GovError(
                    .usage, "'outage amend' needs something to correct",
                    hint: "give --start, --end, --scenario or --note")
            }
            check = { index throws(GovError) in
                let outage = try target(index, id)
                if outage.cancelled != nil {
                    throw GovError(
                        .dataError, "the outage \(outage.id) was cancelled; there is nothing to correct",
                        hint: "a cancelled outage stays in the log as cancelled; log the real one with "
                            + "'govctl outage start \(system.id) --at TIME'")
                }
                if record.end != nil, outage.end == nil {
                    throw GovError(
                        .dataError, "the outage is still open; it has no end to correct",
                        hint: "end it with 'govctl outage end \(system.id) --at TIME'")
                }
                let start = record.start ?? outage.startAt
                if let end = record.end ?? outage.end?.at, end < start {
                    throw GovError(
                        .dataError, "the end \(local(end)) would be before the start \(local(start))",
                        hint: "correct both with --start and --end")
                }
                let end = record.end ?? outage.end?.at ?? .distantFuture
                if let other = index.outages.last(where: {
                    $0.system == system.id && $0.id != outage.id && $0.cancelled == nil && $0.startAt < end
                        && ($0.end?.at ?? .distantFuture) > start
                }) {
                    throw GovError(
                        .dataError,
                        "the corrected outage would overlap the outage \(Self.span(other, local)) (\(other.id), \(log.location) line \(other.start.line))",
                        hint: "outages of one system never overlap; 'govctl outage list' shows the outages")
                }
                record.outage = outage.id
            }
        case .cancel(let id, let note):
            record = OutageRecord(event: .cancel, system: system.id, at: now, note: note)
            check = { index throws(GovError) in
                let outage = try target(index, id)
                if outage.cancelled != nil {
                    throw GovError(.dataError, "the outage \(outage.id) is already cancelled", hint: nil)
                }
                record.outage = outage.id
            }
        }
        record.source = source
        try log.append { index throws(GovError) in
            try check(index)
            return [record]
        }
        return Written(
            record: record, system: system, when: clock.local(record.eta ?? record.start ?? record.end ?? record.at),
            timeZone: procedure.document.timeZone, log: log.location, warnings: log.sizeWarning().map { [$0] } ?? [])
    }

    /// "2026-11-21 08:00 – 2026-11-21 09:00", or "since 2026-11-21 08:00" for an open outage.
    static func span(_ outage: Outage, _ local: (Date) -> String) -> String {
        outage.end.map { "\(local(outage.startAt)) – \(local($0.at))" } ?? "open since \(local(outage.startAt))"
    }

    /// The scenario must be one of the guide's; the default is the guide's own.
    static func scenario(_ given: String?, _ guide: Guide) throws(GovError) -> String? {
        guard let fact = guide.facts.first(where: { $0.id == "scenario" }) else { return given }
        guard let given else { return fact.defaultValue?.stringValue }
        let ids = fact.choices.map(\.id)
        guard ids.contains(given) else {
            throw GovError(
                .usage, "unknown scenario '\(given)'",
                hint: (Suggestions.closest(to: given, among: ids).map { "did you mean '\($0)'? " } ?? "")
                    + "scenarios: \(ids.joined(separator: ", "))")
        }
        return given
    }
}
