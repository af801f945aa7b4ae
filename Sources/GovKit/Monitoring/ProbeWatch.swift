import Foundation

/// `govctl outage watch SYSTEM --probe COMMAND`: runs a probe (`/bin/sh -c`, with a timeout; exit 0 means reachable,
/// as with the monitoring-plugins' check_tcp and check_http). After the procedure's `probeFailures` failures in a
/// row it opens the outage at the first failure's time, as opened by the probe; a success ends an outage the probe
/// opened. An outage a person opened is left to a person. The probe's state is kept beside the log
/// (`outages.jsonl.probe`).
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
    }

    /// Runs the probe.
    package static func probe(_ command: String, timeout: TimeInterval) -> Probe {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = FileManager.default.temporaryDirectory.appending(path: "govctl-probe-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        guard let handle = try? FileHandle(forWritingTo: output) else {
            return Probe(reachable: false, exitCode: nil, message: "could not capture the probe's output")
        }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            return Probe(
                reachable: false, exitCode: nil, message: "could not run /bin/sh: \(error.localizedDescription)")
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            return Probe(reachable: false, exitCode: nil, message: "no answer within \(Int(timeout)) s (timed out)")
        }
        try? handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
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

    /// Runs the probe and records its outcome; opens or ends a probe's outage when due.
    package func run(log: OutageLog, in catalog: Catalog) throws(GovError) -> Report {
        let (system, guide, monitor, procedure) = try OutageEntry.monitored(self.system, in: catalog)
        guard let threshold = failures ?? monitor.probeFailures else {
            throw GovError(
                .usage, "the procedure gives no 'probeFailures' for \(system.name)",
                hint: "give --failures N (failed probes in a row before an outage opens)")
        }
        guard threshold >= 1 else { throw GovError(.usage, "--failures must be 1 or more", hint: "e.g. --failures 3") }
        let clock = try LocalClock(identifier: procedure.document.timeZone)
        let now = try self.now.date(in: clock)
        let probe = Self.probe(command, timeout: timeout)
        var count = 0
        var action: String?
        let mode = (try? FileManager.default.attributesOfItem(atPath: log.path)[.posixPermissions] as? Int)
            .map { mode_t($0) }
        try log.append { index throws(GovError) in
            let file = try LockedFile(
                path: log.sibling("probe"), write: true, what: "probe state", exclusive: true, trust: log.trust,
                wait: log.lockWait,
                create: true, mode: mode ?? 0o640)
            var systems = JSONObject()
            if let root = try? JSONParser.parse(try file.contents()).root.value, case .object(let o)? = root["systems"]
            {
                systems = o
            }
            var state =
                systems[system.id].flatMap { value -> JSONObject? in
                    if case .object(let o) = value { return o }
                    return nil
                } ?? JSONObject()
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
            systems[system.id] = .object(state)
            let document = JSONObject([("v", .number(1)), ("systems", .object(systems))])
            try file.replace(Array((JSONWriter.pretty(.object(document)) + "\n").utf8))
            return records
        }
        return Report(
            system: system, probe: probe, failuresInARow: count, threshold: threshold, action: action, log: log.path)
    }

    /// When the probe last saw `system` reachable, from the probe state beside the log.
    package static func lastReachable(_ system: String, log: OutageLog) -> Date? {
        guard
            let file = try? LockedFile(
                path: log.sibling("probe"), write: false, what: "probe state", exclusive: false, trust: log.trust,
                wait: log.lockWait),
            let bytes = try? file.contents(), let root = try? JSONParser.parse(bytes).root.value
        else { return nil }
        return root["systems"]?[system]?["lastReachable"]?.stringValue.flatMap(ISO8601.date)
    }
}
