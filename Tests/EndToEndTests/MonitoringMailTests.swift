import Foundation
import TestSupport
import XCTest

/// Issue 24, point 5: each mail to its reader. UNKNOWN goes to the administrator, never the staff; a prognosis set
/// or changed is a notice; state mails carry the note and the prognosis.
final class MonitoringMailTests: XCTestCase {
    /// `reserve-status --on-change --format email` as cron runs it, with the configuration `config` (JSON).
    static func cron(
        _ log: SharedLog, _ now: String, config: String, environment: [String: String] = [:]
    ) throws -> Binary.Result {
        let file = log.directory.appending(path: "govctl.json")
        try Data(config.utf8).write(to: file)
        return try log.run(
            ["reserve-status", "sesam-lmn", "--on-change", "--format", "email", "--from", "govctl@example.org"]
                + ["--now", now],
            environment: ["GOVCTL_CONFIG": file.path, "USER": "monitor"].merging(environment) { $1 })
    }

    static let staff = "{\"mail\": {\"to\": [\"kundservice@example.org\"]}}"

    func testAnUnknownGoesToTheAdministratorNeverToTheStaff() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try log.write("garbage\n")
        let admin = "{\"mail\": {\"to\": [\"kundservice@example.org\"], \"admin\": \"admin@example.org\"}}"
        let r = try Self.cron(log, "2026-11-21T09:00", config: admin, environment: ["MAILTO": "ops@example.org"])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("\nTo: admin@example.org\n"))
        expectTrue(r.stdout.contains("\nSubject: Sesam LMN: UNKNOWN\n"))
        expectTrue(!r.stdout.contains("kundservice"))
        // Without mail.admin: cron's MAILTO, else the user running the job (as cron mails the crontab's owner).
        let other = try SharedLog()
        defer { other.remove() }
        try other.write("garbage\n")
        let mailto = try Self.cron(
            other, "2026-11-21T09:00", config: Self.staff, environment: ["MAILTO": "ops@example.org"])
        expectTrue(mailto.stdout.contains("\nTo: ops@example.org\n"))
        let third = try SharedLog()
        defer { third.remove() }
        try third.write("garbage\n")
        let owner = try Self.cron(third, "2026-11-21T09:00", config: Self.staff)
        // user@this host's fully qualified name, where it has one.
        expectTrue(
            owner.stdout.contains("\nTo: monitor@")
                || owner.stderr.contains("no fully qualified name to mail the administrator at"))
        expectTrue(!owner.stdout.contains("kundservice"))
    }

    func testAnUntrustedLogMailsTheAdministrator() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let directory = log.directory.appending(path: "state").path
        expectEqual(chmod(directory, 0o777), 0)
        let admin = "{\"mail\": {\"to\": [\"kundservice@example.org\"], \"admin\": [\"admin@example.org\"]}}"
        let r = try Self.cron(log, "2026-11-21T09:00", config: admin)
        expectTrue(r.exitCode != 0)
        expectTrue(r.stdout.contains("\nTo: admin@example.org\n"))
        expectTrue(r.stdout.contains("\nSubject: Sesam LMN: UNKNOWN\n"))
        expectTrue(r.stderr.contains("writable by others"))
    }

    func testAnUntrustedLogIsSaidOnceNotEveryRunAndAgainAfterItWasMended() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let directory = log.directory.appending(path: "state").path
        let own = log.directory.appending(path: "home-state").path
        let admin = "{\"mail\": {\"admin\": [\"admin@example.org\"]}}"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: false)
        let environment = ["XDG_STATE_HOME": own]
        expectEqual(chmod(directory, 0o777), 0)
        let first = try Self.cron(log, "2026-11-21T09:00", config: admin, environment: environment)
        expectTrue(first.stdout.contains("\nSubject: Sesam LMN: UNKNOWN\n"))
        expectTrue(first.stderr.contains("writable by others"))
        // Cron mails what a job prints: the next runs print nothing while nothing changed.
        for now in ["2026-11-21T09:05", "2026-11-21T09:10"] {
            let again = try Self.cron(log, now, config: admin, environment: environment)
            expectEqual(again.exitCode, 0, "\(again.stderr)")
            expectTrue(again.stdout.isEmpty && again.stderr.isEmpty, "\(now): \(again.stdout)\(again.stderr)")
        }
        let kept = try String(contentsOfFile: own + "/govctl/notified-untrusted.json", encoding: .utf8)
        expectTrue(kept.contains("\(log.path)#sesam-lmn"))
        // Mended, then broken again: said again.
        expectEqual(chmod(directory, 0o755), 0)
        try expectTrue(try Self.cron(log, "2026-11-21T09:15", config: admin, environment: environment).stdout.isEmpty)
        expectEqual(chmod(directory, 0o777), 0)
        let later = try Self.cron(log, "2026-11-21T09:20", config: admin, environment: environment)
        expectTrue(later.stdout.contains("\nSubject: Sesam LMN: UNKNOWN\n"), "\(later.stderr)")
        expectEqual(chmod(directory, 0o755), 0)
    }

    func testAPrognosisSetOrChangedIsMailedWithTheNoteAndThePrognosis() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let start = ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--note", "Servern svarar inte"]
        try expectEqual(try log.run(start + ["--now", "2026-11-21T08:00"]).exitCode, 0)
        let first = try Self.cron(log, "2026-11-21T08:05", config: Self.staff)
        expectEqual(first.exitCode, 1)
        expectTrue(first.stdout.contains("\nTo: kundservice@example.org\n"))
        expectTrue(first.stdout.contains("Servern svarar inte"))
        try expectTrue(try Self.cron(log, "2026-11-21T08:10", config: Self.staff).stdout.isEmpty)
        func prognosis(_ eta: String, _ now: String) throws {
            let r = try log.run(["outage", "prognosis", "sesam-lmn", "--eta", eta, "--now", now])
            expectEqual(r.exitCode, 0, "\(r.stderr)")
        }
        try prognosis("2026-11-21T14:00", "2026-11-21T09:00")
        let set = try Self.cron(log, "2026-11-21T09:05", config: Self.staff)
        expectEqual(set.exitCode, 1)
        expectTrue(set.stdout.contains("Prognos: Sesam LMN =C3=A5ter 14:00"))
        expectTrue(set.stdout.contains("Servern svarar inte"))
        try expectTrue(try Self.cron(log, "2026-11-21T09:10", config: Self.staff).stdout.isEmpty)
        try prognosis("2026-11-21T15:00", "2026-11-21T09:15")
        let changed = try Self.cron(log, "2026-11-21T09:20", config: Self.staff)
        expectEqual(changed.exitCode, 1)
        expectTrue(changed.stdout.contains("Prognos: Sesam LMN =C3=A5ter 15:00"))
    }

    func testAPassedPrognosisIsSaidPassedBesideThePrognosisFact() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        let eta = ["outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T13:00", "--now", "2026-11-21T11:00"]
        try expectEqual(try log.run(eta).exitCode, 0)
        let ahead = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T12:00"])
        expectTrue(ahead.stdout.contains("  Prognos finns: ja\n"))
        let passed = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T13:30"])
        expectTrue(passed.stdout.contains("  Prognos finns: ja (passerad)\n"))
        expectTrue(passed.stdout.contains("  Prognos: Sesam LMN åter 13:00 (passerad)\n"))
        let markdown = try log.run(["reserve-status", "sesam-lmn", "--format", "markdown", "--now", "2026-11-21T13:30"])
        expectTrue(markdown.stdout.contains("- **Prognos finns:** ja (passerad)\n"))
    }

    func testMailAdminMustBeAnAddressOrAList() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let r = try Self.cron(log, "2026-11-21T09:00", config: "{\"mail\": {\"admin\": 42}}")
        expectTrue(r.stderr.contains("'mail.admin' must be an array of texts"))
        let typo = try Self.cron(log, "2026-11-21T09:00", config: "{\"mail\": {\"admn\": \"a@example.org\"}}")
        expectTrue(typo.stderr.contains("unknown key 'mail.admn'"))
        expectTrue(typo.stderr.contains("did you mean 'admin'?"))
    }
}
