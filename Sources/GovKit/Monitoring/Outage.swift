import Foundation

/// An outage put together from its records: the start, the latest prognosis, the end, corrections applied.
package struct Outage: Sendable {
    /// The start record's id (`outage` in later records).
    package let id: String
    package let system: String
    package var start: OutageRecord
    package var prognosis: OutageRecord?
    package var end: OutageRecord?
    /// Set by `outage cancel`: logged by mistake, not counted.
    package var cancelled: OutageRecord?
    /// Every record of the outage, in order (its history).
    package var history: [OutageRecord] { historyIndices.map { log[$0] } }
    /// The log's records (shared by every outage, not copied) and where this outage's are among them.
    private let log: [OutageRecord]
    private var historyIndices: [Int]

    init(id: String, start: OutageRecord, log: [OutageRecord], at index: Int) {
        self.id = id
        self.system = start.system
        self.start = start
        self.log = log
        self.historyIndices = [index]
    }

    /// Adds the record at `index` of the log to the history.
    mutating func record(at index: Int) { historyIndices.append(index) }

    package var isOpen: Bool { end == nil && cancelled == nil }
    /// When it started, as amended.
    package var startAt: Date { start.at }
    /// Opened by `govctl outage watch`, not by a person.
    package var openedByProbe: Bool { start.source == "probe" }
}

/// The outages of a log, read in one pass, with an index of the open outage per system.
package struct OutageIndex: Sendable {
    package private(set) var outages: [Outage] = []
    private var byID: [String: Int] = [:]
    private var openBySystem: [String: Int] = [:]
    /// Records that name an outage no start record opened (or, without an id, a system with none open).
    package private(set) var unattached: [OutageRecord] = []

    package init(_ records: [OutageRecord]) {
        // One allocation for the outages (an outage is several records wide; regrowing would copy them all).
        outages.reserveCapacity(records.reduce(0) { $1.event == .start ? $0 + 1 : $0 })
        for position in records.indices { add(records[position], at: position, of: records) }
    }

    /// The system's open outage.
    package func open(_ system: String) -> Outage? { openBySystem[system].map { outages[$0] } }

    /// The outage with this id.
    package func outage(_ id: String) -> Outage? { byID[id].map { outages[$0] } }

    /// The system's latest outage (open or not, not cancelled).
    package func latest(_ system: String) -> Outage? {
        outages.last { $0.system == system && $0.cancelled == nil }
    }

    private mutating func add(_ record: OutageRecord, at position: Int, of records: [OutageRecord]) {
        if record.event == .start {
            let id = record.outage ?? "line-\(record.line)"
            byID[id] = outages.count
            openBySystem[record.system] = outages.count
            outages.append(Outage(id: id, start: record, log: records, at: position))
            return
        }
        // A record without an id (written by govctl 0.1.0) belongs to the system's open outage.
        guard let index = record.outage.map({ byID[$0] }) ?? openBySystem[record.system] else {
            unattached.append(record)
            return
        }
        outages[index].record(at: position)
        switch record.event {
        case .start: break
        case .prognosis: outages[index].prognosis = record
        case .end: outages[index].end = record
        case .cancel: outages[index].cancelled = record
        case .amend:
            if let start = record.start { outages[index].start.at = start }
            if let scenario = record.scenario { outages[index].start.scenario = scenario }
            if let note = record.note { outages[index].start.note = note }
            if let end = record.end, outages[index].end != nil { outages[index].end?.at = end }
        }
        if !outages[index].isOpen, openBySystem[record.system] == index { openBySystem[record.system] = nil }
    }
}
