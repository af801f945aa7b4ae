import Foundation

/// A disruption as the procedure means it ("Efter 4 timmar": the hours of the disruption, not since the server last
/// answered): a system's outages, each starting within the recovery period (`Monitor.recovery`) after the one
/// before it ended. It is over only when the system has stayed up for the recovery period after its last outage;
/// until then a new start continues it, and its clock runs from its first start. Probe-opened and manual outages
/// are read alike.
package struct OutageEpisode: Sendable {
    /// The outages, by start (never empty, none cancelled).
    package let outages: [Outage]
    /// The recovery period it was read with, in seconds.
    package let recovery: TimeInterval

    /// The first outage's id: the episode's, the same while it goes on (notifications follow it).
    package var id: String { outages[0].id }
    /// The first start: the clock of the reserve routine runs from here.
    package var startAt: Date { outages[0].startAt }
    package var first: Outage { outages[0] }
    package var last: Outage { outages[outages.count - 1] }
    /// When the system came back up (the last outage's end), or `nil` while it is down.
    package var upSince: Date? { last.isOpen ? nil : last.end?.at }
    /// When the episode is over if the system stays up (its last end and the recovery period).
    package var endsAt: Date? { upSince.map { $0.addingTimeInterval(recovery) } }
    /// Whether the system has stayed up for the recovery period by `now`.
    package func isOver(at now: Date) -> Bool { endsAt.map { now >= $0 } ?? false }
    /// The latest prognosis given in the episode (a prognosis is about the disruption, not one outage of it).
    package var prognosis: OutageRecord? {
        outages.compactMap(\.prognosis).max { $0.at < $1.at || ($0.at == $1.at && $0.line < $1.line) }
    }
    /// The scenario: the first outage's, else the latest one that gives one.
    package var scenario: String? {
        first.start.scenario ?? outages.reversed().lazy.compactMap(\.start.scenario).first
    }
    /// The staff's notes, in order (the probe's own lines left out).
    package var notes: [String] {
        outages.flatMap { outage -> [String] in
            outage.openedByProbe ? [] : [outage.start.note].compactMap { $0 }
        }
    }
}

extension OutageIndex {
    /// The system's latest episode read with `recovery` seconds: its latest outage (by start, not cancelled) and
    /// each one before it that ended less than `recovery` before the next one started.
    package func episode(_ system: String, recovery: TimeInterval) -> OutageEpisode? {
        let outages = self.outages.filter { $0.system == system && $0.cancelled == nil }.sorted {
            $0.startAt < $1.startAt || ($0.startAt == $1.startAt && $0.start.line < $1.start.line)
        }
        guard var index = outages.indices.last else { return nil }
        var episode = [outages[index]]
        while index > 0, let end = outages[index - 1].end?.at,
            episode[0].startAt.timeIntervalSince(end) < recovery
        {
            index -= 1
            episode.insert(outages[index], at: 0)
        }
        return OutageEpisode(outages: episode, recovery: recovery)
    }
}
