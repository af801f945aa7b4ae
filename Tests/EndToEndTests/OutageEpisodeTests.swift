import Foundation
import TestSupport
import XCTest

/// Issue 24, point 2: an outage ends only when the system has stayed up for the procedure's recovery period; a new
/// start within it continues the episode, whose 4 hours count from its first start.
final class OutageEpisodeTests: XCTestCase {
    /// "2026-11-21T08:00" plus `minutes`, on the procedure's (Stockholm's) wall clock, which has no DST change that day.
    static func time(_ minutes: Int) -> String {
        let total = 8 * 60 + minutes
        return String(format: "2026-11-21T%02d:%02d", total / 60, total % 60)
    }

    /// The mails of `reserve-status --on-change --format email` at `now`, as cron sends them.
    static func cron(_ log: SharedLog, _ now: String) throws -> String? {
        let run = try log.run([
            "reserve-status", "sesam-lmn", "--on-change", "--format", "email", "--to", "kundservice@example.org",
            "--from", "govctl@example.org", "--now", now,
        ])
        expectTrue(run.exitCode == 0 || run.exitCode == 1, "\(now): \(run.stderr)")
        return run.exitCode == 1 ? run.stdout : nil
    }

    static func subject(_ mail: String) -> String {
        let line = mail.replacingOccurrences(of: "\n ", with: " ").split(separator: "\n").first {
            $0.hasPrefix("Subject: ")
        }
        return CronNotificationTests.decode(String(line?.dropFirst("Subject: ".count) ?? ""))
    }

    func testAManualFlappingRunOfFiveMinutesDownAndOneUpForSixHoursSendsThreeMailsAndTurnsCriticalAfterFourHours()
        throws
    {
        let log = try SharedLog()
        defer { log.remove() }
        var mails: [String] = []
        var nagios: [Int: Binary.Result] = [:]
        // Each minute from 07:30 to 15:00: the staff log 5 minutes down and 1 up from 08:00 to 14:00, and cron
        // checks every 5 minutes.
        for minute in -30...420 {
            let now = Self.time(minute)
            if (0..<360).contains(minute), minute % 6 == 0 {
                let start = try log.run(["outage", "start", "sesam-lmn", "--at", now, "--now", now])
                expectEqual(start.exitCode, 0, "\(now): \(start.stderr)")
            }
            if (0..<360).contains(minute), minute % 6 == 5 {
                let end = try log.run(["outage", "end", "sesam-lmn", "--at", now, "--now", now])
                expectEqual(end.exitCode, 0, "\(now): \(end.stderr)")
            }
            if minute % 5 == 0, let mail = try Self.cron(log, now) { mails.append(mail) }
            if [239, 241, 359].contains(minute) {
                nagios[minute] = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", now])
            }
        }
        expectEqual(
            mails.map(Self.subject),
            [
                "Sesam LMN: driftstörning pågår, reservrutinen är inte aktiverad",
                "Sesam LMN: reservrutinen för akuta förskrivningar är aktiverad",
                "Sesam LMN: driftstörningen är avslutad",
            ])
        // The ended mail names the episode: its first start and its last end.
        expectEqual(mails.last?.contains("2026-11-21 08:00 =E2=80=93 2026-11-21 13:59 (5 h 59 min)"), true)
        // 11:59, in a minute up: still the episode of 08:00, still under way.
        expectEqual(nagios[239]?.exitCode, 1)
        expectEqual(nagios[239]?.stdout.contains("sedan 08:00 (3 h 59 min)"), true)
        expectEqual(
            nagios[239]?.stdout.contains("i drift igen sedan 11:59, avslutad kl. 12:14 om det förblir i drift"), true)
        expectEqual(nagios[241]?.exitCode, 2)
        expectEqual(nagios[241]?.stdout.contains("sedan 08:00 (4 h 01 min)"), true)
        expectEqual(nagios[359]?.exitCode, 2)
    }

    func testAStartAfterTheRecoveryPeriodIsANewOutageWithItsOwnClock() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(
            try log.run(["outage", "start", "sesam-lmn", "--at", Self.time(0), "--now", Self.time(0)]).exitCode, 0)
        try expectEqual(
            try log.run(["outage", "end", "sesam-lmn", "--at", Self.time(60), "--now", Self.time(60)]).exitCode, 0)
        // Up for 14 minutes: still the same outage.
        let within = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", Self.time(74)])
        expectEqual(within.exitCode, 1)
        expectTrue(within.stdout.contains("sedan 08:00 (1 h 14 min)"))
        // Up for 15 minutes: over.
        let over = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", Self.time(75)])
        expectEqual(over.exitCode, 0)
        expectTrue(over.stdout.hasPrefix("SESAM LMN OK - ingen driftstörning"))
        try expectEqual(
            try log.run(["outage", "start", "sesam-lmn", "--at", Self.time(80), "--now", Self.time(80)]).exitCode, 0)
        let new = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", Self.time(90)])
        expectTrue(new.stdout.contains("sedan 09:20 (10 min)"))
    }

    func testAFlappingProbeKeepsOneEpisodeWhoseClockRunsFromTheFirstFailure() throws {
        let log = try SharedLog()
        defer { log.remove() }
        // The probe every minute for an hour: 5 minutes down, 1 up.
        for minute in 0..<60 {
            let down = minute % 6 != 5
            let run = try log.run([
                "outage", "watch", "sesam-lmn", "--probe", down ? "exit 2" : "exit 0", "--now", Self.time(minute),
            ])
            expectTrue(run.stderr.isEmpty || run.exitCode != 70, "\(Self.time(minute)): \(run.stderr)")
        }
        let status = try log.run(["reserve-status", "sesam-lmn", "--format", "nagios", "--now", Self.time(60)])
        expectEqual(status.exitCode, 1)
        expectTrue(status.stdout.contains("sedan 08:00 (1 h 00 min)"))
    }
}
