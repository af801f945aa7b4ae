import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `govctl outage watch SYSTEM --probe COMMAND`: runs a probe (`/bin/sh -c`, with a timeout; exit 0 means reachable,
/// as with the monitoring-plugins' check_tcp and check_http). After the procedure's `probeFailures` failures in a
/// row it opens the outage at the first failure's time, as opened by the probe; a success ends an outage the probe
/// opened. An outage a person opened is left to a person. The probe's state is kept beside the log
/// (`outages.jsonl.probe`, or in the database).
package struct ProbeWatch: Sendable {
    package var system: String
    package var command: String
    /// Overrides the procedure's `probeFailures`.
    package var failures: Int?
    package var timeout: TimeInterval
    package var now: TimeInput

    package init(system: String, command: String, failures: Int?, timeout: TimeInterval, now: TimeInput) {
        self.system = system
        self.command = command
        self.failures = failures
        self.timeout = timeout
        self.now = now
    }

    /// One probe's outcome.
    package struct Probe: Sendable {
        package let reachable: Bool
        package let exitCode: Int32?
        /// The probe's first line of output, or why it failed (timeout, unknown).
        package let message: String
    }

    package struct Report: Sendable {
        package let system: SystemEntry
        package let probe: Probe
        package let failuresInARow: Int
        package let threshold: Int
        /// What the watch did to the log: "opened", "ended" or nil.
        package let action: String?
        package let log: String
        /// The log is near govctl's size limit (`OutageLog.sizeWarning`).
        package var warnings: [String] = []
    }

    /// The most of the probe's output kept (the rest is read and dropped, so the probe never blocks on a full pipe),
    /// and the longest message taken from its first line.
    package static let maxOutput = 64 * 1024
    package static let maxMessage = 300

    /// Runs the probe: `/bin/sh -c COMMAND` in a process group of its own (Foundation starts it as the group's
    /// leader), its output read through a pipe (no temporary file: an unwritable TMPDIR is not the system being
    /// down). On a timeout the whole group is killed (SIGKILL: the probe cannot block it), so no child lives on.
    /// Throws when the probe cannot be run at all: that is govctl's failure, not the system's.
    package static func probe(_ command: String, timeout: TimeInterval) throws(GovError) -> Probe {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let output = BoundedOutput()
        do {
            try process.run()
        } catch {
            throw GovError(
                .internal, "could not run the probe with /bin/sh: \(error.localizedDescription)",
                hint: "check /bin/sh; nothing was counted")
        }
        try? pipe.fileHandleForWriting.close()
        let reading = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            output.read(pipe.fileHandleForReading, keeping: maxOutput)
            reading.signal()
        }
        let pid = process.processIdentifier
        let timedOut = !exited(pid, done, within: timeout)
        // The group goes, the probe's children with it: after a timeout, and also when the probe left children
        // that still hold its output open (Foundation learns of the exit only when they are gone too).
        if timedOut || reading.wait(timeout: .now() + 1) == .timedOut {
            killGroup(pid)
            _ = reading.wait(timeout: .now() + 5)
        }
        let ended = done.wait(timeout: .now() + 5) == .success
        if timedOut {
            return Probe(reachable: false, exitCode: nil, message: "no answer within \(Int(timeout)) s (timed out)")
        }
        guard ended else {
            return Probe(reachable: false, exitCode: nil, message: "the probe's exit status could not be read")
        }
        let text = String(decoding: output.bytes, as: UTF8.self)
        var first = text.split(separator: "\n").first.map(String.init) ?? ""
        if first.count > maxMessage { first = String(first.prefix(maxMessage)) + "…" }
        let code = process.terminationStatus
        switch code {
        case 0: return Probe(reachable: true, exitCode: 0, message: first)
        case 3:
            return Probe(
                reachable: false, exitCode: 3,
                message: "the probe could not tell (exit 3, UNKNOWN); counted as a failure"
                    + (first.isEmpty ? "" : ": \(first)"))
        default: return Probe(reachable: false, exitCode: code, message: first.isEmpty ? "exit \(code)" : first)
        }
    }

    /// Whether the probe `pid` ended within `seconds`: Foundation's handler (`done`) has run, or the process is a
    /// zombie (its exit is not yet reaped while a child of it holds Foundation's watch open).
    static func exited(_ pid: Int32, _ done: DispatchSemaphore, within seconds: TimeInterval) -> Bool {
        let deadline = DispatchTime.now() + seconds
        while DispatchTime.now() < deadline {
            if done.wait(timeout: .now() + 0.02) == .success {
                done.signal()
                return true
            }
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                stat.split(separator: ")").last?.split(separator: " ").first == "Z"
            {
                return true
            }
        }
        return false
    }

    /// Kills the process group `pid` leads (the probe's own), or the process alone when it leads none.
    static func killGroup(_ pid: Int32) {
        guard pid > 0 else { return }
        if getpgid(pid) == pid { kill(-pid, SIGKILL) } else { kill(pid, SIGKILL) }
    }

    /// The first bytes of a pipe, read to its end.
    final class BoundedOutput: Sendable {
        private let stored = Mutex<[UInt8]>([])
        var bytes: [UInt8] { stored.withLock { $0 } }
        func read(_ handle: FileHandle, keeping limit: Int) {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { return }
                stored.withLock { if $0.count < limit { $0 += chunk.prefix(limit - $0.count) } }
            }
        }
    }

    /// Runs the probe and records its outcome; opens or ends a probe's outage when due.
    package func run(log: any OutageStore, in catalog: Catalog) throws(GovError) -> Report {
        let (system, guide, monitor, procedure) = try OutageEntry.monitored(self.system, in: catalog)
        guard let threshold = failures ?? monitor.probeFailures else {
            throw GovError(
                .usage, "the procedure gives no 'probeFailures' for \(system.name)",
                hint: "give --failures N (failed probes in a row before an outage opens)")
        }
        guard threshold >= 1 else { throw GovError(.usage, "--failures must be 1 or more", hint: "e.g. --failures 3") }
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        let now = try self.now.date(in: clock)
        let probe = try Self.probe(command, timeout: timeout)
        var count = 0
        var action: String?
        try log.append(probing: system.id) { index, state throws(GovError) in
            var records: [OutageRecord] = []
            let open = index.open(system.id)
            if probe.reachable {
                state["failures"] = 0
                state["firstFailure"] = nil
                state["opened"] = nil
                state["lastReachable"] = .string(ISO8601.text(now))
                if let open, open.openedByProbe {
                    var end = OutageRecord(event: .end, system: system.id, at: max(now, open.startAt), outage: open.id)
                    end.source = "probe"
                    end.note = "probe: reachable again"
                    records.append(end)
                    action = "ended"
                }
            } else {
                count = (state["failures"]?.numberValue).map { Int($0) + 1 } ?? 1
                state["failures"] = .number(Double(count))
                let first = state["firstFailure"]?.stringValue.flatMap(ISO8601.date) ?? now
                state["firstFailure"] = .string(ISO8601.text(first))
                if count >= threshold, open == nil, state["opened"] == nil {
                    // Never inside an outage that ended after the first failure: outages of one system never overlap.
                    let lastEnd = index.outages.filter { $0.system == system.id && $0.cancelled == nil }
                        .compactMap(\.end?.at).max()
                    let first = max(first, min(lastEnd ?? first, now))
                    var start = OutageRecord(
                        event: .start, system: system.id, at: first,
                        outage: OutageLog.newID(system: system.id, at: first),
                        note: "probe: \(count) failures in a row since \(clock.local(first).clock): \(probe.message)")
                    start.scenario = try OutageEntry.scenario(nil, guide)
                    start.source = "probe"
                    records.append(start)
                    state["opened"] = true
                    action = "opened"
                }
            }
            state["lastResult"] = .string(probe.message)
            state["lastProbe"] = .string(ISO8601.text(now))
            return records
        }
        return Report(
            system: system, probe: probe, failuresInARow: count, threshold: threshold, action: action,
            log: log.location,
            warnings: action == nil ? [] : log.sizeWarning().map { [$0] } ?? [])
    }

    /// The probe state's systems: an empty file (just made) has none; a state that cannot be read is an error, never
    /// "no failures" (which would reset every count and keep the outage from opening).
    static func systems(in bytes: [UInt8], path: String) throws(GovError) -> JSONObject {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) { return JSONObject() }
        let hint = "remove '\(path)' (govctl writes it anew; the counts of failures in a row start again)"
        let root: JSONValue
        do throws(JSONSyntaxIssue) {
            root = try JSONParser.parse(bytes).root.value
        } catch {
            throw GovError(.dataError, "the probe state '\(path)' is not valid JSON: \(error.message)", hint: hint)
        }
        guard case .object(let systems)? = root["systems"] else {
            throw GovError(.dataError, "the probe state '\(path)' has no \"systems\" object", hint: hint)
        }
        return systems
    }

    /// When the probe last saw `system` reachable, from the probe state kept beside the log.
    package static func lastReachable(_ system: String, log: any OutageStore) -> Date? {
        log.probeState(system)?["lastReachable"]?.stringValue.flatMap(ISO8601.date)
    }
}
