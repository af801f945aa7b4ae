import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of the outage log.
package struct OutageRecord: Sendable, Equatable {
    package enum Event: String, Sendable { case start, prognosis, end }
    package let event: Event
    package let system: String
    package let at: Date
    package var scenario: String?
    package var note: String?
    package var eta: Date?
    /// The 1-based line in the file (0 for a record not yet written).
    package var line = 0

    package init(event: Event, system: String, at: Date, scenario: String? = nil, note: String? = nil, eta: Date? = nil)
    {
        self.event = event
        self.system = system
        self.at = at
        self.scenario = scenario
        self.note = note
        self.eta = eta
    }
}

/// An outage put together from its records.
package struct Outage: Sendable {
    package let system: String
    package let start: OutageRecord
    package var prognosis: OutageRecord?
    package var end: OutageRecord?
    package var isOpen: Bool { end == nil }
}

/// The append-only JSON Lines outage log. Every write takes an exclusive lock on the file for the whole
/// read-check-append, and appends one whole line at a time, so cron and a person never lose or mix records.
package struct OutageLog: Sendable {
    package let path: String

    package init(path: String) { self.path = path }

    /// `--state`, else `GOVCTL_STATE`, else `$XDG_STATE_HOME/govctl/outages.jsonl` (`~/.local/state/…`).
    package static func defaultPath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let state = environment["GOVCTL_STATE"], !state.isEmpty { return state }
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/govctl/outages.jsonl"
    }

    /// Every readable record, and a message per line that is not one (torn or corrupt), with its line number.
    package func read() throws(GovError) -> (records: [OutageRecord], problems: [String]) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GovError(
                .notFound, "cannot read the outage log '\(path)'",
                hint: "check its permissions, or give another with --state")
        }
        return Self.parse([UInt8](data), path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) -> (records: [OutageRecord], problems: [String]) {
        var records: [OutageRecord] = []
        var problems: [String] = []
        for (index, slice) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        {
            if slice.isEmpty { continue }
            let line = index + 1
            guard let parsed = try? JSONParser.parse(Array(slice)).root.value, var record = OutageRecord(json: parsed)
            else {
                problems.append("\(path):\(line): not a valid outage record (a torn or corrupt line); it is ignored")
                continue
            }
            record.line = line
            records.append(record)
        }
        return (records, problems)
    }

    /// The outages, oldest first, built from the records in order.
    package static func outages(_ records: [OutageRecord]) -> [Outage] {
        var outages: [Outage] = []
        for record in records {
            let open = outages.lastIndex { $0.system == record.system && $0.isOpen }
            switch record.event {
            case .start: outages.append(Outage(system: record.system, start: record))
            case .prognosis: if let open { outages[open].prognosis = record }
            case .end: if let open { outages[open].end = record }
            }
        }
        return outages
    }

    /// Appends `record` under an exclusive lock; `check` sees the current outages first and may refuse.
    package func append(_ record: OutageRecord, check: ([Outage]) throws(GovError) -> Void) throws(GovError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else {
            throw GovError(
                .notFound, "cannot open the outage log '\(path)'",
                hint: "check the directory and permissions, or give another with --state")
        }
        // The handle closes the file when it goes.
        let file = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard flock(fd, LOCK_EX) == 0 else {
            throw GovError(.internal, "cannot lock the outage log '\(path)'", hint: "try again")
        }
        defer { flock(fd, LOCK_UN) }
        let bytes = ((try? file.seek(toOffset: 0)).flatMap { try? file.readToEnd() }).map { [UInt8]($0) } ?? []
        try check(Self.outages(Self.parse(bytes, path: path).records))
        // A torn last line (no newline) is closed off so the new record starts on a line of its own.
        var line = (bytes.last.map { $0 == UInt8(ascii: "\n") } ?? true) ? "" : "\n"
        line += JSONWriter.compact(record.json) + "\n"
        // Opened for appending: the line goes at the end, whatever was read.
        do {
            try file.write(contentsOf: Data(line.utf8))
        } catch {
            throw GovError(.internal, "could not write the whole record to '\(path)'", hint: "check the disk")
        }
        try? file.synchronize()
    }
}

extension OutageRecord {
    init?(json: JSONValue) {
        guard case .string(let e)? = json["event"], let event = Event(rawValue: e),
            case .string(let system)? = json["system"], case .string(let at)? = json["at"], let date = ISO8601.date(at)
        else { return nil }
        self.init(
            event: event, system: system, at: date, scenario: json["scenario"]?.stringValue,
            note: json["note"]?.stringValue,
            eta: json["eta"]?.stringValue.flatMap(ISO8601.date))
    }

    var json: JSONValue {
        var object = JSONObject([
            ("v", 1), ("event", .string(event.rawValue)), ("system", .string(system)),
            ("at", .string(ISO8601.text(at))),
        ])
        if let scenario { object["scenario"] = .string(scenario) }
        if let eta { object["eta"] = .string(ISO8601.text(eta)) }
        if let note { object["note"] = .string(note) }
        return .object(object)
    }
}

/// Instants in the log: UTC, ISO 8601, whole seconds.
enum ISO8601 {
    static func text(_ date: Date) -> String {
        LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).local(date).iso.replacingOccurrences(
            of: "+00:00", with: "Z")
    }

    static func date(_ text: String) -> Date? {
        guard text.hasSuffix("Z") || text.contains("+") || text.dropFirst(10).contains("-") else { return nil }
        return LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).parse(text)
    }
}
