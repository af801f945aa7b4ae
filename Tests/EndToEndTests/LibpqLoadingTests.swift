import Foundation
import TestSupport
import XCTest

/// govctl loads libpq only for a `postgresql://` state (Sources/CLibPQ/shim.h): linked at start, libpq and the
/// libraries it pulls in doubled the cost of every run. Tried here where libpq cannot be loaded at all (a private
/// mount namespace hides it behind /dev/null): a run on a file must not notice, and a run on a database must say what
/// to install.
final class LibpqLoadingTests: XCTestCase {
    func testWithoutLibpqAFileStateWorksAndADatabaseStateSaysToInstallIt() throws {
        let what = "govctl where libpq cannot be loaded"
        let version = try Binary.run(["--version"])
        guard version.stdout.contains("a PostgreSQL database (libpq)") else {
            return ToolRequirement.missing("libpq-dev (this build has no PostgreSQL store)", for: what)
        }
        guard let unshare = ToolRequirement.which("unshare", for: what) else { return }
        guard getuid() == 0 else { return ToolRequirement.missing("root (for a private mount namespace)", for: what) }
        let candidates = ["/usr/lib/x86_64-linux-gnu/libpq.so.5", "/usr/lib/aarch64-linux-gnu/libpq.so.5"]
        guard let library = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return ToolRequirement.missing("libpq5", for: what)
        }
        let hidden = [unshare, "-m", "/bin/sh", "-c", "mount --bind /dev/null \"$0\" && exec \"$@\"", library]
        let log = try TemporaryDirectory.make("libpq")
        defer { TemporaryDirectory.remove(log) }
        let file = log.appending(path: "outages.jsonl").path

        let created = try Binary.run(["outage", "init", "--state", file], launcher: hidden)
        expectEqual(created.exitCode, 0, "\(created.stderr)")
        let started = try Binary.run(
            ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T08:05", "--state", file],
            launcher: hidden)
        expectEqual(started.exitCode, 0, "\(started.stderr)")
        let onFile = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "nagios", "--now", "2026-11-21T08:30", "--state", file],
            launcher: hidden)
        expectEqual(onFile.exitCode, 1, "\(onFile.stdout)\(onFile.stderr)")
        expectTrue(onFile.stdout.hasPrefix("SESAM LMN WARNING"), "\(onFile.stdout)")

        let database = "postgresql://nagios_master1@127.0.0.1:9/govctl"
        let check = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "nagios", "--state", database, "-t", "2"], launcher: hidden)
        expectEqual(check.exitCode, 3)
        expectTrue(
            check.stdout.hasPrefix("SESAM LMN UNKNOWN - cannot load libpq for the outage database '\(database)'"),
            "\(check.stdout)")
        let list = try Binary.run(["outage", "list", "--state", database, "-t", "2"], launcher: hidden)
        expectEqual(list.exitCode, 69)
        expectTrue(list.stderr.contains("cannot load libpq"), "\(list.stderr)")
        expectTrue(list.stderr.contains("apt install libpq5"), "\(list.stderr)")
    }
}
