import Foundation
import TestSupport
import XCTest

/// `govctl reserve-status` with time travel, for every scenario and both daylight-saving nights.
final class ReserveStatusTests: XCTestCase {
    func status(_ extra: [String]) throws -> Binary.Result {
        try Binary.run(["reserve-status", "sesam-lmn", "--state", "/nonexistent/outages.jsonl"] + extra)
    }

    func testEveryScenarioGivesItsExitCodeInEveryFormat() throws {
        for (a0, a1, a2, a3) in [
            // scenario, since, now, exit code
            ("server-unreachable", "2026-11-21T08:00", "2026-11-21T11:59", Int32(1)),
            ("server-unreachable", "2026-11-21T08:00", "2026-11-21T12:00", Int32(2)),
            ("regional-it-outage", "2026-11-21T08:00", "2026-11-21T20:00", Int32(1)),
            ("customer-service-lost-contact", "2026-11-21T08:00", "2026-11-21T20:00", Int32(1)),
            ("telephony-disruption", "2026-11-21T08:00", "2026-11-21T20:00", Int32(1)),
        ] {
            try withCase("\(a0), \(a1), \(a2), \(a3)") {
                try everyScenarioGivesItsExitCodeInEveryFormat(scenario: a0, since: a1, now: a2, code: a3)
            }
        }
    }

    func everyScenarioGivesItsExitCodeInEveryFormat(scenario: String, since: String, now: String, code: Int32) throws {
        for format in ["text", "json", "nagios"] {
            let r = try status(["--scenario", scenario, "--since", since, "--now", now, "--format", format])
            expectEqual(r.exitCode, code, "\(scenario) \(format): \(r.stdout) \(r.stderr)")
        }
    }

    func testExactlyFourHoursWithoutPrognosisActivatesTheReserveRoutine() throws {
        let r = try status(["--since", "2026-11-21T08:00", "--now", "2026-11-21T12:00", "--format", "nagios"])
        expectTrue(r.stdout.hasPrefix("SESAM LMN CRITICAL - "))
        expectTrue(r.stdout.hasSuffix("| elapsed=14400s;0;14400;0;\n"))
    }

    func testAPrognosisKeepsTheOutageAWarning() throws {
        let r = try status([
            "--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00", "--prognosis", "2026-11-21T15:00",
        ])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("Prognos finns: ja"))
    }

    func testTheAutumnNightIsFourHoursFortyFive() throws {
        let r = try status(["--since", "2026-10-25T00:30", "--now", "2026-10-25T04:15", "--format", "json"])
        expectEqual(r.exitCode, 2)
        expectTrue(r.stdout.contains("\"elapsedMinutes\": 285"))
    }

    func testTheSpringNightIsTwoHoursFortyFiveAndActivatesAtHalfPastFive() throws {
        let r = try status(["--since", "2026-03-29T00:30", "--now", "2026-03-29T04:15", "--format", "json"])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("\"elapsedMinutes\": 165"))
        expectTrue(r.stdout.contains("\"deadlineClock\": \"05:30\""))
    }

    func testTheActivationClockTimeIsShownWhileUnderWay() throws {
        let r = try status(["--since", "2026-11-21T08:00", "--now", "2026-11-21T09:00"])
        expectTrue(r.stdout.contains("Reservrutinen aktiveras om prognos saknas kl. 12:00"))
    }

    func testAStartInTheFutureCannotBeTold() throws {
        let text = try status(["--since", "2026-11-22T08:00", "--now", "2026-11-21T08:00"])
        expectEqual(text.exitCode, 3)
        let nagios = try status(["--since", "2026-11-22T08:00", "--now", "2026-11-21T08:00", "--format", "nagios"])
        expectEqual(nagios.exitCode, 3)
        expectTrue(nagios.stdout.hasPrefix("SESAM LMN UNKNOWN - the outage starts after"))
    }

    func testBadInputInNagiosModeIsUnknown() throws {
        for extra in [["--since", "yesterday"], ["--now", "soon"], ["--scenario", "flood"]] {
            let r = try status(extra + ["--format", "nagios"])
            expectEqual(r.exitCode, 3, "\(extra)")
            expectTrue(r.stdout.contains(" UNKNOWN - "))
            expectEqual(r.stdout.split(separator: "\n").count, 1)
        }
        let unknown = try Binary.run(["reserve-status", "Sesam LNM", "--format", "nagios"])
        expectEqual(unknown.exitCode, 3)
        expectTrue(unknown.stdout.contains("did you mean 'Sesam LMN'?"))
    }
}

/// The outage log: start, refuse a second start, prognosis, end, corrupt lines, concurrent writers.
final class OutageLogTests: XCTestCase {
    func testReserveStatusReadsTheOpenOutageAndTheLogRefusesASecondStart() throws {
        let shared = try SharedLog()
        defer { shared.remove() }
        let log = URL(fileURLWithPath: shared.path)
        let env = ["GOVCTL_STATE": log.path]
        try expectEqual(
            try Binary.run(
                ["outage", "start", "Sesam LMN", "--at", "2026-11-21T08:00", "--note", "Servern svarar inte"],
                environment: env
            ).exitCode, 0)
        let second = try Binary.run(["outage", "start", "sesam-lmn"], environment: env)
        expectEqual(second.exitCode, 65)
        expectTrue(second.stderr.contains("already open since 2026-11-21 08:00"))
        let active = try Binary.run(
            ["reserve-status", "sesam-lmn", "--now", "2026-11-21T12:30", "--format", "nagios"], environment: env)
        expectEqual(active.exitCode, 2)
        try expectEqual(
            try Binary.run(
                ["outage", "prognosis", "sesam-lmn", "--eta", "2026-11-21T15:00", "--now", "2026-11-21T12:40"],
                environment: env
            ).exitCode, 0)
        let withPrognosis = try Binary.run(
            ["reserve-status", "sesam-lmn", "--now", "2026-11-21T12:45", "--format", "nagios"], environment: env)
        expectEqual(withPrognosis.exitCode, 1)
        try expectEqual(
            try Binary.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T14:10"], environment: env).exitCode, 0)
        let over = try Binary.run(
            ["reserve-status", "sesam-lmn", "--now", "2026-11-21T15:00", "--format", "nagios"], environment: env)
        expectEqual(over.exitCode, 0)
        let list = try Binary.run(["outage", "list", "--format", "json"], environment: env)
        expectTrue(list.stdout.contains("\"end\": \"2026-11-21T14:10:00+01:00\""))
        try expectEqual(
            try Binary.run(["outage", "list", "--open"], environment: env).stdout.split(separator: "\n").count, 2)
        try expectEqual(try Binary.run(["outage", "end", "sesam-lmn"], environment: env).exitCode, 65)
    }

    func testATornLastLineMakesTheCheckUnknownUntilRepairDropsItAndKeepsABackup() throws {
        let shared = try SharedLog()
        defer { shared.remove() }
        let log = URL(fileURLWithPath: shared.path)
        let env = ["GOVCTL_STATE": log.path]
        try expectEqual(
            try Binary.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"], environment: env).exitCode, 0
        )
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data("{\"v\":1,\"event\":\"end\",\"sys".utf8))
        try handle.close()
        let r = try Binary.run(
            ["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00", "--format", "nagios"], environment: env)
        expectEqual(r.exitCode, 3)
        expectTrue(r.stdout.hasPrefix("SESAM LMN UNKNOWN - \(log.path) line 2 is not a valid outage record"))
        expectTrue(r.stdout.contains("govctl outage repair"))
        // Nothing is appended to a log govctl cannot read completely.
        try expectEqual(
            try Binary.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T10:00"], environment: env).exitCode, 65)
        let repair = try Binary.run(["outage", "repair"], environment: env)
        expectEqual(repair.exitCode, 0)
        expectTrue(repair.stdout.contains("dropped line 2: {\"v\":1,\"event\":\"end\",\"sys"))
        expectTrue(repair.stdout.contains("backup: \(log.path).bak-"))
        try expectEqual(
            try Binary.run(["outage", "end", "sesam-lmn", "--at", "2026-11-21T10:00"], environment: env).exitCode, 0)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        expectEqual(lines.count, 2)
        expectTrue(lines[1].hasPrefix("{\"v\":1,\"event\":\"end\""))
    }

    func testConcurrentWritersNeverLoseOrMixRecords() throws {
        let shared = try SharedLog()
        defer { shared.remove() }
        let log = URL(fileURLWithPath: shared.path)
        var processes: [Process] = []
        for round in 0..<30 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Binary.path)
            p.arguments = [
                "outage", "start", "Sesam LMN", "--at", "2026-11-21T0\(round % 9 + 1):00", "--note", "writer \(round)",
                "--state", log.path,
            ]
            p.environment = ["TZ": "Europe/Oslo"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            processes.append(p)
        }
        for p in processes { p.waitForExit() }
        // One start wins; every other writer sees it under the lock and is refused.
        expectEqual(processes.filter { $0.terminationStatus == 0 }.count, 1)
        expectEqual(processes.filter { $0.terminationStatus == 65 }.count, 29)
        let lines = try String(contentsOf: log, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        expectEqual(lines.last, "")
        expectEqual(lines.dropLast().count, 1)
        for line in lines.dropLast() {
            expectTrue((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
        }
    }
}
