import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The append-only JSON Lines outage log. Every write takes an exclusive lock on the file for the whole
/// read-check-append, and writes one whole line in one `write`, so cron and a person never lose or mix records.
/// govctl knows the state only from a log it can read completely: a missing, unreadable or damaged log is an error,
/// never "no outage".
package struct OutageLog: Sendable {
    package let path: String
    /// Who may have written the log (`StateTrust`): checked on every open.
    package let trust: StateTrust
    /// How long to wait for a lock on the log or a file beside it (`-t/--timeout`), in seconds.
    package var lockWait: TimeInterval = LockedFile.defaultWait

    package init(path: String, trust: StateTrust = StateTrust()) {
        self.path = path
        self.trust = trust
    }

    /// A file beside the log (`outages.jsonl.notified`, `.probe`, `.archive`).
    package func sibling(_ suffix: String) -> String { path + "." + suffix }

    /// The records of the whole log, each checked, under a shared lock.
    package func read() throws(GovError) -> [OutageRecord] {
        let file = try LockedFile(
            path: path, write: false, what: "outage log", exclusive: false, trust: trust, wait: lockWait)
        return try Self.parse(try file.contents(), path: path).get()
    }

    /// The outages, indexed.
    package func index() throws(GovError) -> OutageIndex { OutageIndex(try read()) }

    /// Appends the records `make` gives under an exclusive lock; `make` sees the outages first and may refuse.
    /// The log must exist (`govctl outage init` creates it), so a mistyped path never starts a second log.
    @discardableResult
    package func append(_ make: (OutageIndex) throws(GovError) -> [OutageRecord]) throws(GovError) -> [OutageRecord] {
        let file = try LockedFile(
            path: path, write: true, what: "outage log", exclusive: true, trust: trust, wait: lockWait)
        let bytes = try file.contents()
        let index = OutageIndex(try Self.parse(bytes, path: path).get())
        let records = try make(index)
        let (user, now) = (Self.user, Date())
        // A last record without its newline (a write cut off after its last byte) keeps its own line.
        var text = bytes.isEmpty || bytes.last == UInt8(ascii: "\n") ? "" : "\n"
        for var record in records {
            record.by = record.by ?? user
            record.recorded = now
            text += JSONWriter.compact(record.json) + "\n"
        }
        let size = bytes.count + text.utf8.count
        if !records.isEmpty, size > BoundedFile.maxBytes {
            // Written, the log could no longer be read: every check would be UNKNOWN while the outage is under way.
            throw GovError(
                .dataError,
                "the outage log '\(path)' would grow to \(size) bytes, over govctl's limit of \(BoundedFile.maxBytes >> 20) MiB (\(BoundedFile.maxBytes) bytes), and could no longer be read; nothing was written",
                hint:
                    "move ended outages to the archive with 'govctl outage archive --before DATE --state \(path)', then try again"
            )
        }
        if !records.isEmpty { try file.append(Array(text.utf8)) }
        return records
    }

    /// The share of govctl's limit (`BoundedFile.maxBytes`) from which a write warns, in per cent.
    package static let warnPercent = 80

    /// A warning when the log is at `warnPercent` of govctl's limit or more, naming `outage archive`; `nil` when it
    /// is smaller or cannot be measured (a write has just read it whole, so it is there).
    package func sizeWarning() -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size * 100 >= BoundedFile.maxBytes * Self.warnPercent else { return nil }
        return
            "the outage log '\(path)' is \(size) bytes, \(size * 100 / BoundedFile.maxBytes) % of govctl's limit of \(BoundedFile.maxBytes >> 20) MiB (at the limit, writes are refused); move ended outages to the archive with 'govctl outage archive --before DATE --state \(path)'"
    }

    /// The OS user running govctl.
    package static var user: String {
        let name = ProcessInfo.processInfo.userName
        return name.isEmpty ? "uid \(geteuid())" : name
    }

    /// A new outage id: the system and the start's UTC time (unique per system, as two starts cannot overlap).
    package static func newID(system: String, at: Date) -> String {
        let text = ISO8601.text(at).filter { $0.isNumber }
        return "\(system)-\(text.prefix(12))-\(UUID().uuidString.prefix(4).lowercased())"
    }
}

extension OutageLog {
    /// The log every command uses: `--state`, else `GOVCTL_STATE`, else the configuration's `state`, else
    /// `$XDG_STATE_HOME/govctl/outages.jsonl` (`~/.local/state/…`). A relative `GOVCTL_STATE` or `XDG_STATE_HOME` is
    /// an error: cron and a person would read different logs. A relative `--state` is taken from the current directory.
    package static func resolve(
        explicit: String?, environment: [String: String], config: Config, directory: String
    ) throws(GovError) -> OutageLog {
        let trust = StateTrust(group: config.group)
        if let explicit, !explicit.isEmpty {
            return OutageLog(path: explicit.hasPrefix("/") ? explicit : directory + "/" + explicit, trust: trust)
        }
        for name in ["GOVCTL_STATE", "XDG_STATE_HOME"] {
            if let value = environment[name], !value.isEmpty, !value.hasPrefix("/") {
                throw GovError(
                    .usage, "\(name) is the relative path '\(value)'",
                    hint:
                        "give an absolute path (cron and a person would read different logs), e.g. /var/lib/govctl/outages.jsonl"
                )
            }
        }
        if let state = environment["GOVCTL_STATE"], !state.isEmpty { return OutageLog(path: state, trust: trust) }
        if let state = config.state { return OutageLog(path: state, trust: trust) }
        return OutageLog(path: privateDirectory(environment: environment) + "/outages.jsonl", trust: trust)
    }

    /// The running user's own state directory, `$XDG_STATE_HOME/govctl` (`~/.local/state/govctl`): the default log's,
    /// and where a check keeps what it said about a log it cannot trust, which cannot hold it beside itself.
    package static func privateDirectory(environment: [String: String]) -> String {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/state")
        return base + "/govctl"
    }
}
