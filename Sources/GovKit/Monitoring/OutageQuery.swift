import Foundation

/// `outage list` and `outage show`: which outages of the log, and the zone each is shown in (its system's
/// procedure's, else this machine's when the procedures cannot be read or do not know the system).
package struct OutageQuery: Sendable {
    /// Only this system's outages (a name or alias); needs the procedures.
    package var system: String?
    /// Only the outages still open.
    package var openOnly = false
    /// `show`: one outage with its history, corrections included.
    package var show = false
    /// With `show`: the outage by id; else the system's open outage, else its latest.
    package var outage: String?

    package init(system: String? = nil, openOnly: Bool = false, show: Bool = false, outage: String? = nil) {
        self.system = system
        self.openOnly = openOnly
        self.show = show
        self.outage = outage
    }

    package struct Answer: Sendable {
        package let outages: [Outage]
        /// Each outage with its records (`show`), not one line each.
        package let history: Bool
        package let log: String
        /// The zone of each system in `outages`.
        package let zones: [String: TimeZone]
        package let machine: TimeZone

        /// The zone an outage of `system` is shown in.
        package func zone(_ system: String) -> TimeZone { zones[system] ?? machine }
    }

    /// `catalog` is `nil` when the procedures cannot be read: the log is still listed, in this machine's zone.
    package func answer(log: any OutageStore, catalog: Catalog?, machine: TimeZone) throws(GovError) -> Answer {
        var outages = try log.index().outages
        if let name = system {
            guard let catalog else {
                throw GovError(.dataError, "the procedures cannot be read", hint: "run 'govctl validate'")
            }
            let id = try catalog.system(named: name).0.id
            outages = outages.filter { $0.system == id }
        }
        if openOnly { outages = outages.filter(\.isOpen) }
        if show {
            guard
                let chosen = outage.map({ id in outages.first { $0.id == id } })
                    ?? outages.last(where: { $0.isOpen }) ?? outages.last
            else {
                throw GovError(.notFound, "no such outage in \(log.location)", hint: "'govctl outage list' shows them")
            }
            outages = [chosen]
        }
        // One look-up per system, not per outage: a long log lists many outages of few systems.
        var zones: [String: TimeZone] = [:]
        for system in Set(outages.map(\.system)) {
            if let (_, procedure) = try? catalog?.system(named: system),
                let zone = TimeZone(identifier: procedure.document.timeZone)
            {
                zones[system] = zone
            }
        }
        return Answer(outages: outages, history: show, log: log.location, zones: zones, machine: machine)
    }
}
