import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file store's state beside the log: the probe's counts (`outages.jsonl.probe`) and what was last notified
/// (`outages.jsonl.notified`), each a JSON object of systems, read and written under the log's exclusive lock.
extension OutageLog: OutageStore {
    package var location: String { path }

    @discardableResult
    package func append(
        probing system: String, _ make: (OutageIndex, inout JSONObject) throws(GovError) -> [OutageRecord]
    ) throws(GovError) -> [OutageRecord] {
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            .map { mode_t($0) }
        return try append { index throws(GovError) in
            let file = try LockedFile(
                path: sibling("probe"), write: true, what: "probe state", exclusive: true, trust: trust,
                wait: lockWait, create: true, mode: mode ?? 0o640)
            let systems = try ProbeWatch.systems(in: try file.contents(), path: sibling("probe"))
            var state =
                systems[system].flatMap { value -> JSONObject? in
                    if case .object(let o) = value { return o }
                    return nil
                } ?? JSONObject()
            let records = try make(index, &state)
            var updated = systems
            updated[system] = .object(state)
            let document = JSONObject([("v", .number(1)), ("systems", .object(updated))])
            try file.replace(Array((JSONWriter.pretty(.object(document)) + "\n").utf8))
            return records
        }
    }

    package func probeState(_ system: String) -> JSONObject? {
        guard
            let file = try? LockedFile(
                path: sibling("probe"), write: false, what: "probe state", exclusive: false, trust: trust,
                wait: lockWait),
            let bytes = try? file.contents(), let root = try? JSONParser.parse(bytes).root.value,
            case .object(let state)? = root["systems"]?[system]
        else { return nil }
        return state
    }

    package func notification<T: Sendable>(
        _ system: String, _ decide: (JSONValue?) throws(GovError) -> (T, JSONObject?)
    ) throws(GovError) -> T {
        let lock = try LockedFile(
            path: path, write: false, what: "outage log", exclusive: true, trust: trust, wait: lockWait)
        _ = lock
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            .map { mode_t($0) }
        let file = try LockedFile(
            path: sibling("notified"), write: true, what: "notification state", exclusive: true,
            trust: trust, create: true, mode: mode ?? 0o640)
        return try Self.update(file, key: system, decide)
    }

    /// Reads the systems of a state file govctl owns whole, lets `decide` see `key`'s entry, and writes the entry it
    /// returns. A file that is empty or not JSON holds no systems.
    static func update<T>(
        _ file: LockedFile, key: String, _ decide: (JSONValue?) throws(GovError) -> (T, JSONObject?)
    ) throws(GovError) -> T {
        let bytes = try file.contents()
        var systems = JSONObject()
        if let root = try? JSONParser.parse(bytes).root.value, case .object(let object)? = root["systems"] {
            systems = object
        }
        let (answer, entry) = try decide(systems[key])
        if let entry {
            systems[key] = .object(entry)
            let document = JSONObject([("v", .number(1)), ("systems", .object(systems))])
            try file.replace(Array((JSONWriter.pretty(.object(document)) + "\n").utf8))
        }
        return answer
    }

    /// Appends the records as they are (their `by` and `recorded` kept) to a log that holds none.
    package func importRecords(_ records: [OutageRecord]) throws(GovError) -> Int {
        let file = try LockedFile(
            path: path, write: true, what: "outage log", exclusive: true, trust: trust, wait: lockWait)
        let existing = try Self.parse(try file.contents(), path: path).get()
        guard existing.isEmpty else { throw OutageTransfer.notEmpty(location, count: existing.count) }
        let text = records.map { JSONWriter.compact($0.json) + "\n" }.joined()
        if !records.isEmpty { try file.append(Array(text.utf8)) }
        return records.count
    }
}
