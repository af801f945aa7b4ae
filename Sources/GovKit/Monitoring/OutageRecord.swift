import Foundation

/// One line of the outage log (`"v": 1`). Every record keeps who wrote it (the OS user) and when.
package struct OutageRecord: Sendable, Equatable {
    /// The record format this build reads and writes.
    package static let version = 1

    package enum Event: String, Sendable, CaseIterable {
        case start, prognosis, end
        /// A correction of an outage's start, end, scenario or note.
        case amend
        /// The outage was logged by mistake: it is not counted.
        case cancel
    }

    package let event: Event
    package let system: String
    /// When the event happened (for a prognosis: when it was given).
    package var at: Date
    /// The outage a record belongs to: its start record's id.
    package var outage: String?
    package var scenario: String?
    package var note: String?
    /// A prognosis: when the system is expected back.
    package var eta: Date?
    /// An amendment: the corrected start or end.
    package var start: Date?
    package var end: Date?
    /// Who wrote the record (the OS user) and when, on the machine's clock.
    package var by: String?
    package var recorded: Date?
    /// `"probe"` when `govctl outage watch` wrote it; `nil` for a person.
    package var source: String?
    /// The 1-based line in the file (0 for a record not yet written).
    package var line = 0

    package init(
        event: Event, system: String, at: Date, outage: String? = nil, scenario: String? = nil, note: String? = nil,
        eta: Date? = nil
    ) {
        self.event = event
        self.system = system
        self.at = at
        self.outage = outage
        self.scenario = scenario
        self.note = note
        self.eta = eta
    }

    /// Reads one line; the reason when it is not a valid record.
    static func read(_ json: JSONValue) -> Result<OutageRecord, RecordProblem> {
        guard case .object = json else { return .failure(RecordProblem("it is not a JSON object")) }
        guard case .number(let v)? = json["v"] else { return .failure(RecordProblem("it has no version (\"v\": 1)")) }
        guard v == Double(version) else {
            return .failure(
                RecordProblem(
                    "it has record version \(JSONWriter.compact(.number(v))), and this govctl reads version \(version)",
                    hint: "use the govctl that wrote it, or a newer one"))
        }
        guard case .string(let e)? = json["event"], let event = Event(rawValue: e) else {
            return .failure(
                RecordProblem(
                    "its \"event\" is not one of \(Event.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        guard case .string(let system)? = json["system"], !system.isEmpty else {
            return .failure(RecordProblem("it has no \"system\""))
        }
        func time(_ key: String) -> Result<Date?, RecordProblem> {
            guard let value = json[key], value != .null else { return .success(nil) }
            guard case .string(let text) = value, let date = ISO8601.date(text) else {
                return .failure(RecordProblem("its \"\(key)\" is not an ISO 8601 time with an offset"))
            }
            return .success(date)
        }
        func string(_ key: String) -> String? { json[key]?.stringValue }
        do throws(RecordProblem) {
            guard let at = try time("at").get() else { throw RecordProblem("it has no \"at\" time") }
            var record = OutageRecord(
                event: event, system: system, at: at, outage: string("outage"), scenario: string("scenario"),
                note: string("note"), eta: try time("eta").get())
            record.start = try time("start").get()
            record.end = try time("end").get()
            record.recorded = try time("recorded").get()
            record.by = string("by")
            record.source = string("source")
            if event == .prognosis, record.eta == nil { throw RecordProblem("a prognosis has no \"eta\"") }
            // Records written before outages had ids (govctl 0.1.0) name none: they belong to the system's open outage.
            if event == .amend || event == .cancel, record.outage == nil {
                throw RecordProblem("it names no \"outage\"")
            }
            return .success(record)
        } catch {
            return .failure(error)
        }
    }

    /// The line written to the log (without its newline).
    package var json: JSONValue {
        var object = JSONObject([
            ("v", .number(Double(Self.version))), ("event", .string(event.rawValue)), ("system", .string(system)),
            ("at", .string(ISO8601.text(at))),
        ])
        if let outage { object["outage"] = .string(outage) }
        if let scenario { object["scenario"] = .string(scenario) }
        if let eta { object["eta"] = .string(ISO8601.text(eta)) }
        if let start { object["start"] = .string(ISO8601.text(start)) }
        if let end { object["end"] = .string(ISO8601.text(end)) }
        if let note { object["note"] = .string(note) }
        if let source { object["source"] = .string(source) }
        if let by { object["by"] = .string(by) }
        if let recorded { object["recorded"] = .string(ISO8601.text(recorded)) }
        return .object(object)
    }
}

/// Why a line of the log is not a valid record.
package struct RecordProblem: Error, Sendable {
    package let reason: String
    package let hint: String?
    init(_ reason: String, hint: String? = nil) {
        self.reason = reason
        self.hint = hint
    }
}

/// Instants in the log: UTC, ISO 8601 with a four-digit year, whole seconds.
package enum ISO8601 {
    /// The years govctl accepts in a time it is given or reads.
    package static let years = 1900...2200

    package static func text(_ date: Date) -> String {
        LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).local(date).iso.replacingOccurrences(
            of: "+00:00", with: "Z")
    }

    static func date(_ text: String) -> Date? {
        // The form govctl writes, read by arithmetic; any other form by the ISO reader.
        if let date = CivilTime.canonicalUTC(text) { return isPlausible(date) ? date : nil }
        guard text.hasSuffix("Z") || text.contains("+") || text.dropFirst(10).contains("-") else { return nil }
        guard let date = LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).parse(text), isPlausible(date)
        else { return nil }
        return date
    }

    /// Whether an instant lies in the years govctl accepts.
    package static func isPlausible(_ date: Date) -> Bool { plausible.contains(date.timeIntervalSince1970) }

    /// From 1900-01-01T00:00Z up to 2201-01-01T00:00Z, in seconds since 1970.
    private static let plausible: Range<TimeInterval> = {
        let first = CivilTime.days(year: years.lowerBound, month: 1, day: 1)
        let end = CivilTime.days(year: years.upperBound + 1, month: 1, day: 1)
        return TimeInterval(first * 86_400)..<TimeInterval(end * 86_400)
    }()
}
