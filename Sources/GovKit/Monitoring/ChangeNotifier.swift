import Foundation

/// `reserve-status --on-change`: whether the state differs from the last one notified, kept beside the log
/// (`outages.jsonl.notified`, or in the database) and decided under the log's exclusive lock (or in one transaction),
/// so two cron runs never both notify.
package enum ChangeNotifier {
    /// What to say, when something is to be said.
    package enum Notice: Sendable, Equatable {
        /// The state is new (`previous` is the state notified before; `nil` the first time).
        case changed(previous: String?)
        /// The state holds and `--repeat` has passed since it was last notified.
        case repeated
    }

    /// A state as it is compared: the monitor's state, the outage it belongs to (a new outage is a change) and the
    /// prognosis given for it (a prognosis set or changed is news for the staff too).
    package struct Key: Sendable, Equatable {
        package let state: String
        package let outage: String?
        /// The prognosis's time (ISO 8601), or "given" for one without a time; `nil` for none.
        package let prognosis: String?
        package init(state: String, outage: String?, prognosis: String? = nil) {
            self.state = state
            self.outage = outage
            self.prognosis = prognosis
        }
    }

    /// Decides whether to notify about `key` for `system` at `now` and, if so, records it. With no record yet,
    /// `quiet` (no outage) is taken as already known, so installing the cron job sends nothing.
    package static func decide(
        _ key: Key, system: String, log: any OutageStore, now: Date, repeatAfter: TimeInterval?, quiet: String
    ) throws(GovError) -> Notice? {
        try log.notification(system) { previous in
            decide(key, previous: previous, now: now, repeatAfter: repeatAfter, quiet: quiet)
        }
    }

    /// For a log govctl refuses to trust, whose notification state beside it cannot be trusted either: the state is
    /// kept in `directory`, the running user's own (made mode 0700, and checked as the log's place is), under the
    /// log's path, so that cron says "cannot tell" once and not every 5 minutes.
    package static func decideForUntrustedLog(
        _ key: Key, system: String, log: any OutageStore, directory: String, now: Date, repeatAfter: TimeInterval?
    ) throws(GovError) -> Notice? {
        try makePrivateDirectory(directory)
        let file = try LockedFile(
            path: directory + "/notified-untrusted.json", write: true, what: "notification state", exclusive: true,
            trust: StateTrust(group: log.trust.group), create: true, mode: 0o600)
        return try OutageLog.update(file, key: log.location + "#" + system) { previous in
            decide(key, previous: previous, now: now, repeatAfter: repeatAfter, quiet: "")
        }
    }

    /// Makes `directory` (mode 0700) below a home that exists: never a home itself (`HOME=/nonexistent`, as for
    /// system users, must stay nonexistent).
    static func makePrivateDirectory(_ directory: String) throws(GovError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue {
            return
        }
        // `…/govctl` below `$XDG_STATE_HOME`, or `…/.local/state/govctl` below the home: the part above must exist.
        var home = (directory as NSString).deletingLastPathComponent
        if home.hasSuffix("/.local/state") { home = String(home.dropLast("/.local/state".count)) }
        guard !home.isEmpty, FileManager.default.fileExists(atPath: home, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw GovError(.notFound, "no home for govctl's own state ('\(home)' does not exist)")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw GovError(.dataError, "cannot make the directory '\(directory)'", hint: "check its parent")
        }
    }

    /// The log is trusted again: what was kept about it in `directory` is forgotten, so that a later refusal is said
    /// again. Nothing is done when nothing was kept (the usual case: the file does not exist).
    package static func forgetUntrustedLog(system: String, log: any OutageStore, directory: String) {
        let path = directory + "/notified-untrusted.json"
        guard FileManager.default.fileExists(atPath: path),
            let file = try? LockedFile(
                path: path, write: true, what: "notification state", exclusive: true,
                trust: StateTrust(group: log.trust.group), create: false, mode: 0o600),
            let bytes = try? file.contents(),
            let root = try? JSONParser.parse(bytes).root.value, case .object(var systems)? = root["systems"],
            systems[log.location + "#" + system] != nil
        else { return }
        systems[log.location + "#" + system] = nil
        let document = JSONObject([("v", .number(1)), ("systems", .object(systems))])
        try? file.replace(Array((JSONWriter.pretty(.object(document)) + "\n").utf8))
    }

    /// Whether to notify about `key`, given the entry last notified (`previous`), and the entry to keep if so.
    private static func decide(
        _ key: Key, previous: JSONValue?, now: Date, repeatAfter: TimeInterval?, quiet: String
    ) -> (Notice?, JSONObject?) {
        let previousKey =
            previous.map {
                Key(
                    state: $0["state"]?.stringValue ?? "", outage: $0["outage"]?.stringValue,
                    prognosis: $0["prognosis"]?.stringValue)
            } ?? Key(state: quiet, outage: nil)
        let notice: Notice
        if previousKey != key {
            notice = .changed(previous: previous == nil ? nil : previousKey.state)
        } else if let repeatAfter, let last = previous?["notified"]?.stringValue.flatMap(ISO8601.date),
            now.timeIntervalSince(last) >= repeatAfter
        {
            notice = .repeated
        } else {
            return (nil, nil)
        }
        var entry = JSONObject([("state", .string(key.state)), ("notified", .string(ISO8601.text(now)))])
        if let outage = key.outage { entry["outage"] = .string(outage) }
        if let prognosis = key.prognosis { entry["prognosis"] = .string(prognosis) }
        return (notice, entry)
    }
}
