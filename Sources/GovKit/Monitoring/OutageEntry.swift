import Foundation

/// `outage start|prognosis|end`: one event for a system's outage, checked against the procedures and the log
/// before it is appended.
package struct OutageEntry: Sendable {
    package enum Event: Sendable {
        /// An outage starts: its scenario (one of the reserve guide's; `nil` takes the procedure's default) and a note.
        case start(at: TimeInput, scenario: String?, note: String?)
        /// A prognosis for when the system is back, given now.
        case prognosis(eta: TimeInput, now: TimeInput)
        case end(at: TimeInput)
    }

    /// The system's name or alias, in any case.
    package var system: String
    package var event: Event

    package init(system: String, event: Event) {
        self.system = system
        self.event = event
    }

    /// What was written, for the confirmation line.
    package struct Written: Sendable {
        package let record: OutageRecord
        package let system: SystemEntry
        /// The event's time (the prognosis's eta) on the procedure's wall clock.
        package let when: LocalTime
        package let timeZone: String
    }

    /// Appends the event to `log`. A second start while one is open, or a prognosis or end without an open outage,
    /// is a data error (exit 65); an unknown scenario is a usage error listing the scenarios.
    package func append(to log: OutageLog, in catalog: Catalog) throws(GovError) -> Written {
        let (system, procedure) = try catalog.system(named: self.system)
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        var record: OutageRecord
        switch event {
        case .start(let at, let scenario, let note):
            record = OutageRecord(event: .start, system: system.id, at: try at.date(in: clock), note: note)
            record.scenario = try Self.scenario(scenario, catalog, system)
        case .prognosis(let eta, let now):
            record = OutageRecord(
                event: .prognosis, system: system.id, at: try now.date(in: clock), eta: try eta.date(in: clock))
        case .end(let at):
            record = OutageRecord(event: .end, system: system.id, at: try at.date(in: clock))
        }
        try log.append(record) { outages throws(GovError) in
            let open = outages.last { $0.system == system.id && $0.isOpen }
            if record.event == .start, let open {
                let since = clock.local(open.start.at)
                throw GovError(
                    .dataError,
                    "an outage of \(system.name) is already open since \(since.calendarDate) \(since.clock) (\(log.path) line \(open.start.line))",
                    hint: "end it first with 'govctl outage end \(system.id)'")
            }
            if record.event != .start, open == nil {
                throw GovError(
                    .dataError, "no open outage of \(system.name) in \(log.path)",
                    hint: "start one with 'govctl outage start \(system.id)'")
            }
        }
        return Written(
            record: record, system: system, when: clock.local(record.eta ?? record.at),
            timeZone: procedure.document.timeZone)
    }

    /// The scenario must be one of the procedure's; the default is the procedure's own.
    static func scenario(_ given: String?, _ catalog: Catalog, _ system: SystemEntry) throws(GovError) -> String? {
        guard
            let fact = catalog.guide(purpose: "reserve-status", for: system)?.0.facts.first(where: {
                $0.id == "scenario"
            })
        else {
            return given
        }
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
