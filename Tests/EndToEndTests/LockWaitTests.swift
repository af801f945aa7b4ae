import Foundation
import TestSupport
import XCTest

/// Issue 24, point 3: a held lock never hangs the check; after `-t/--timeout` it is UNKNOWN, naming the holder.
final class LockWaitTests: XCTestCase {
    /// One process (python3) holding an exclusive `flock` on `path` until `release` kills it (SIGKILL: it cannot be
    /// blocked, and the lock goes with the process).
    final class Holder {
        let process = Process()
        init(_ python: String, _ path: String) throws {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [
                "-c",
                "import fcntl, sys, time; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(120)",
                path,
            ]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            // Wait until it holds the lock.
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let byte = out.fileHandleForReading.readData(ofLength: 1)
                if byte.isEmpty { break }
                line += byte
            }
        }
        var pid: Int32 { process.processIdentifier }
        func release() {
            kill(process.processIdentifier, SIGKILL)
            process.waitForExit()
        }
    }

    func testAHeldLockMakesTheNagiosCheckUnknownWithinItsTimeoutNamingTheHolder() throws {
        guard let python = ToolRequirement.python(for: "a lock held by another process") else { return }
        let log = try SharedLog()
        defer { log.remove() }
        let holder = try Holder(python, log.path)
        defer { holder.release() }
        let check = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "nagios", "-t", "1", "--state", log.path], timeout: 50)
        expectTrue(!check.timedOut)
        expectEqual(check.exitCode, 3)
        expectTrue(check.stdout.hasPrefix("SESAM LMN UNKNOWN - the outage log '\(log.path)' is still locked after 1 s"))
        expectTrue(check.stdout.contains("(held by process \(holder.pid))"))
        expectEqual(check.stdout.split(separator: "\n").count, 1)
        // --on-change too: said as the check's answer, never a hang.
        let cron = try Binary.run(
            ["reserve-status", "sesam-lmn", "--on-change", "--timeout", "1", "--state", log.path], timeout: 50)
        expectTrue(!cron.timedOut)
        expectEqual(cron.exitCode, 3)
    }

    func testAnOutageCommandWaitsAtMostItsTimeoutAndWritesNothing() throws {
        guard let python = ToolRequirement.python(for: "a lock held by another process") else { return }
        let log = try SharedLog()
        defer { log.remove() }
        let holder = try Holder(python, log.path)
        let start = try Binary.run(
            ["outage", "start", "sesam-lmn", "-t", "1", "--state", log.path], timeout: 50)
        holder.release()
        expectTrue(!start.timedOut)
        expectEqual(start.exitCode, 70)
        expectTrue(start.stderr.contains("is still locked after 1 s (held by process \(holder.pid))"))
        expectTrue(start.stderr.contains("ps -p \(holder.pid)"))
        try expectTrue(try log.text.isEmpty)
    }
}
