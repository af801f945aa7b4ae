import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `outage init`, `outage repair` and `outage archive`: creating the shared log, mending a torn last line, moving
/// ended outages out of the live log.
extension OutageLog {
    /// The modes of the log's directory and files: group-writable (setgid directory) when a group shares the log.
    package static func modes(group: String?) -> (directory: Int, file: mode_t) {
        group == nil ? (0o750, 0o640) : (0o2770, 0o660)
    }

    /// Creates the directory and the empty log (or checks an existing one), with the group's modes, whatever the
    /// umask. Returns what it did, one line each. `group` must be the group the log's readers trust (`StateTrust`).
    package func initialize(group: String?) throws(GovError) -> [String] {
        if let group, group != trust.group {
            throw GovError(
                .usage, "--group \(group) is not the group that shares the outage log ('\(trust.group)')",
                hint:
                    "name it in /etc/govctl/govctl.json first (\"group\": \"\(group)\"): govctl refuses a log its group can write unless that group shares it"
            )
        }
        let manager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        let (directoryMode, fileMode) = Self.modes(group: group)
        var done: [String] = []
        var attributes: [FileAttributeKey: Any] = [.posixPermissions: directoryMode]
        if let group { attributes[.groupOwnerAccountName] = group }
        // An existing directory is changed only when it is the log's own (empty, or holding only the log and the
        // files beside it): `--state /tmp/outages.jsonl` must never make /tmp group-private.
        let name = (path as NSString).lastPathComponent
        let created = !manager.fileExists(atPath: directory)
        let own =
            created || ((try? manager.contentsOfDirectory(atPath: directory)) ?? [""]).allSatisfy { $0.hasPrefix(name) }
        do {
            if created {
                // Directories above the log's are made 0755 with a group (its members must reach the log), else 0750.
                try Self.makeDirectories(directory, mode: group == nil ? 0o750 : 0o755)
                done.append("created \(directory)")
            }
            if own { try manager.setAttributes(attributes, ofItemAtPath: directory) }
        } catch {
            throw GovError(
                .notFound, "cannot prepare the directory '\(directory)'\(group.map { " for group '\($0)'" } ?? "")",
                hint: group == nil
                    ? "check the path and permissions"
                    : "create the group first ('addgroup --system \(group ?? "")'), and run as root")
        }
        if !own { done.append("left \(directory) as it is (it holds other files)") }
        let existed = manager.fileExists(atPath: path)
        let file = try LockedFile(
            path: path, write: true, what: "outage log", exclusive: true, trust: trust, create: true, mode: fileMode)
        if let group {
            do {
                try manager.setAttributes([.groupOwnerAccountName: group], ofItemAtPath: path)
            } catch {
                throw GovError(.notFound, "cannot give '\(path)' to group '\(group)'", hint: "run as root")
            }
        }
        _ = try Self.parse(try file.contents(limit: nil), path: path).get()
        done.append(existed ? "checked \(path) (it already exists; its records are valid)" : "created \(path)")
        let modeText = String(fileMode, radix: 8)
        done.append(
            (own ? "mode \(String(directoryMode, radix: 8)) (directory), " : "mode ") + "\(modeText) (log)"
                + (group.map { ", group \($0)" } ?? ""))
        return done
    }

    /// Drops a torn last line (a write cut off by a crash), after copying the log to a backup.
    /// Any other damaged line is left for a person to mend.
    package func repair(now: Date) throws(GovError) -> [String] {
        let file = try LockedFile(
            path: path, write: true, what: "outage log", exclusive: true, trust: trust, wait: lockWait)
        let bytes = try file.contents(limit: nil)
        guard case .failure = Self.parse(bytes, path: path) else {
            return ["\(path): every line is a valid record; nothing to repair"]
        }
        var cut = bytes.count
        if bytes.last == UInt8(ascii: "\n") { cut -= 1 }
        let lastStart = bytes[..<cut].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let kept = Array(bytes[..<lastStart])
        if case .failure(let error) = Self.parse(kept, path: path) {
            throw GovError(
                .dataError, error.message,
                hint: "only a damaged last line is repaired; correct this line by hand (keep a copy)")
        }
        let dropped = String(decoding: bytes[lastStart...], as: UTF8.self).trimmingCharacters(in: .newlines)
        let stamp = ISO8601.text(now).filter { $0.isNumber || $0 == "T" }
        // Two repairs in one second get two backups (`.bak-…`, `.bak-…-2`): a backup is never overwritten. Repairs
        // take the log's lock, so no other repair picks the same name meanwhile.
        var backup = path + ".bak-" + stamp
        var info = stat()
        var copies = 1
        while lstat(backup, &info) == 0 {
            copies += 1
            backup = path + ".bak-" + stamp + "-\(copies)"
        }
        let copy = try LockedFile(
            path: backup, write: true, what: "backup", exclusive: true, trust: trust, create: true, mode: logMode)
        try copy.replace(bytes)
        try file.replace(kept)
        let line = kept.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        return ["dropped line \(line): \(dropped)", "backup: \(backup)"]
    }

    /// Moves outages that ended (or were cancelled) before `before` to the archive beside the log; returns how many.
    package func archive(before: Date) throws(GovError) -> (count: Int, archive: String) {
        let file = try LockedFile(
            path: path, write: true, what: "outage log", exclusive: true, trust: trust, wait: lockWait)
        let bytes = try file.contents(limit: nil)
        let index = OutageIndex(try Self.parse(bytes, path: path).get())
        let moving = index.outages.filter { o in
            !o.isOpen && ((o.end?.at ?? o.cancelled?.at ?? .distantFuture) < before)
        }
        let archivePath = sibling("archive")
        guard !moving.isEmpty else { return (0, archivePath) }
        let lines = Set(moving.flatMap { $0.history.map(\.line) })
        var keep: [UInt8] = []
        var move: [UInt8] = []
        for (number, slice) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated() where !slice.isEmpty
        {
            if lines.contains(number + 1) {
                move += slice + [UInt8(ascii: "\n")]
            } else {
                keep += slice + [UInt8(ascii: "\n")]
            }
        }
        let archive = try LockedFile(
            path: archivePath, write: true, what: "outage archive", exclusive: true, trust: trust, create: true,
            mode: logMode)
        try archive.append(move)
        try file.replace(keep)
        return (moving.count, archivePath)
    }

    /// The log's permission bits, for the files govctl makes beside it (0640 when they cannot be read).
    var logMode: mode_t {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map {
            mode_t($0 & 0o666)
        } ?? 0o640
    }

    /// Makes `directory` and the directories above it that are missing, each with exactly `mode` (not the umask's).
    static func makeDirectories(_ directory: String, mode: Int) throws {
        var missing: [String] = []
        var current = directory
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        }
    }
}
