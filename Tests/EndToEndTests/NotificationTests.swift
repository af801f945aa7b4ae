import Foundation
import TestSupport
import XCTest

/// Issue 13, point 5: notification on change, for cron, and whole e-mail messages.
final class CronNotificationTests: XCTestCase {
    /// The README's cron.d line for mail on change (the one with --on-change), without its schedule and user.
    static func readmeCronCommand() throws -> String {
        let readme = try String(contentsOf: Binary.root.appending(path: "README.md"), encoding: .utf8)
        let line = readme.split(separator: "\n").first { $0.hasPrefix("*/5 * * * *") && $0.contains("--on-change") }
        let fields = try require(line).split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
        return String(fields[6])
    }

    /// Runs the cron command under cron's bare environment (LANG unset, sh), with govctl and sendmail replaced by
    /// the built binary at `now` and a file that collects the messages.
    static func cron(_ command: String, now: String, mailbox: URL, config: URL) throws {
        let shell = command.replacingOccurrences(
            of: "/usr/bin/govctl reserve-status", with: "'\(Binary.path)' --now \(now) reserve-status"
        ).replacingOccurrences(
            of: "/usr/sbin/sendmail -t", with: "{ cat; echo '--- end of message'; } >> '\(mailbox.path)'")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shell]
        process.environment = ["PATH": "/usr/bin:/bin", "GOVCTL_CONFIG": config.path, "HOME": "/nonexistent"]
        if let profile = Binary.profileFile { process.environment?["LLVM_PROFILE_FILE"] = profile }
        try process.run()
        process.waitForExit()
    }

    func testASixHourOutageWithNoPrognosisSendsExactlyThreeMailsThroughTheReadmeCronRecipe() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let config = log.directory.appending(path: "govctl.json")
        try Data(
            "{\"state\": \"\(log.path)\", \"mail\": {\"from\": \"govctl@example.org\", \"to\": [\"kundservice@example.org\"]}}"
                .utf8
        ).write(to: config)
        let mailbox = log.directory.appending(path: "mailbox")
        let command = try Self.readmeCronCommand()
        let env = ["GOVCTL_CONFIG": config.path]
        let calendar = Calendar(identifier: .gregorian)
        var time = try require(
            calendar.date(
                from: DateComponents(
                    timeZone: TimeZone(identifier: "Europe/Stockholm"), year: 2026, month: 11, day: 21, hour: 7,
                    minute: 30)))
        let clock = DateFormatter()
        clock.dateFormat = "yyyy-MM-dd'T'HH:mm"
        clock.timeZone = TimeZone(identifier: "Europe/Stockholm")
        var runs = 0
        while clock.string(from: time) <= "2026-11-21T15:00" {
            let now = clock.string(from: time)
            if now == "2026-11-21T08:05" {
                try expectEqual(
                    try Binary.run(
                        ["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", now], environment: env
                    )
                    .exitCode, 0)
            }
            if now == "2026-11-21T14:05" {
                try expectEqual(
                    try Binary.run(
                        ["outage", "end", "sesam-lmn", "--at", "2026-11-21T14:00", "--now", now], environment: env
                    )
                    .exitCode, 0)
            }
            try Self.cron(command, now: now, mailbox: mailbox, config: config)
            runs += 1
            time.addTimeInterval(300)
        }
        expectEqual(runs, 91)
        let mails = (try? String(contentsOf: mailbox, encoding: .utf8)) ?? ""
        let messages = mails.components(separatedBy: "--- end of message\n").filter { !$0.isEmpty }
        expectEqual(messages.count, 3)
        let subjects = messages.compactMap { m in
            m.replacingOccurrences(of: "\n ", with: " ").split(separator: "\n").first { $0.hasPrefix("Subject: ") }
        }
        expectEqual(subjects.count, 3)
        // Subjects are RFC 2047 words: read them back.
        let decoded = subjects.map { Self.decode(String($0.dropFirst("Subject: ".count))) }
        expectEqual(
            decoded,
            [
                "Sesam LMN: driftstörning pågår, reservrutinen är inte aktiverad",
                "Sesam LMN: reservrutinen för akuta förskrivningar är aktiverad",
                "Sesam LMN: driftstörningen är avslutad",
            ])
        for message in messages {
            expectTrue(message.contains("\nTo: kundservice@example.org\n"))
            expectTrue(message.contains("\nContent-Type: text/plain; charset=utf-8\n"))
            expectTrue(message.contains("\nAuto-Submitted: auto-generated\n"))
        }
        expectTrue(messages[2].contains("2026-11-21 08:00 =E2=80=93 2026-11-21 14:00 (6 h 00 min)"))
    }

    /// A header of RFC 2047 words read back (white space between encoded words is dropped, as RFC 2047 says).
    static func decode(_ header: String) -> String {
        var bytes: [UInt8] = []
        for word in header.split(separator: " ") {
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
                let data = Data(base64Encoded: String(word.dropFirst("=?UTF-8?B?".count).dropLast(2)))
            else { return header }
            bytes += data
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testOnChangeIsSilentWhileTheStateHoldsAndRepeatNotifiesAgain() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        func check(_ now: String) throws -> Binary.Result {
            try log.run(["reserve-status", "sesam-lmn", "--on-change", "--repeat", "1h", "--now", now])
        }
        let first = try check("2026-11-21T08:05")
        expectEqual(first.exitCode, 1)
        expectTrue(first.stdout.hasPrefix("Sesam LMN: driftstörning pågår"))
        let same = try check("2026-11-21T08:10")
        expectEqual(same.exitCode, 0)
        expectTrue(same.stdout.isEmpty)
        try expectEqual(try check("2026-11-21T09:05").exitCode, 1)
        expectTrue(FileManager.default.fileExists(atPath: log.path + ".notified"))
    }

    func testALogThatBecomesUnreadableIsNotifiedOnce() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["reserve-status", "sesam-lmn", "--on-change"]).exitCode, 0)
        try log.write("garbage\n")
        let first = try log.run(["reserve-status", "sesam-lmn", "--on-change"])
        expectEqual(first.exitCode, 1)
        expectTrue(first.stdout.hasPrefix("SESAM LMN UNKNOWN - \(log.path) line 1"))
        try expectEqual(try log.run(["reserve-status", "sesam-lmn", "--on-change"]).exitCode, 0)
    }
}

final class EmailFormatTests: XCTestCase {
    let since = ["--since", "2026-11-21T08:00", "--now", "2026-11-21T12:00"]

    func testReserveStatusWritesAWholeUTF8MessageWhateverTheLocale() throws {
        let r = try Binary.run(
            [
                "reserve-status", "sesam-lmn", "--format", "email", "--to", "Kåre Ås <kare@example.org>", "--from",
                "govctl@example.org",
            ] + since, environment: ["LANG": "C", "LC_ALL": "C"])
        expectEqual(r.exitCode, 2)
        let (headers, body) = try require(Self.split(r.stdout))
        expectTrue(headers.contains("From: govctl@example.org"))
        expectTrue(headers.contains("To: =?UTF-8?B?S8OlcmUgw4Vz?= <kare@example.org>"))
        expectTrue(headers.contains("MIME-Version: 1.0"))
        expectTrue(headers.contains("Content-Type: text/plain; charset=utf-8"))
        expectTrue(headers.contains("Content-Transfer-Encoding: quoted-printable"))
        expectTrue(headers.contains("Auto-Submitted: auto-generated"))
        expectTrue(headers.contains("Date: Sat, 21 Nov 2026 11:00:00 +0000"))
        expectTrue(headers.contains { $0.hasPrefix("Message-ID: <") && $0.hasSuffix("@example.org>") })
        expectTrue(headers.contains { $0.hasPrefix("Subject: =?UTF-8?B?") })
        expectTrue(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 78 })
        expectTrue(body.hasPrefix("Sesam LMN: reservrutinen f=C3=B6r akuta f=C3=B6rskrivningar"))
        expectTrue(r.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    }

    static func split(_ message: String) -> ([String], String)? {
        guard let range = message.range(of: "\n\n") else { return nil }
        let headers = message[..<range.lowerBound].replacingOccurrences(of: "\n ", with: " ")
        return (headers.split(separator: "\n").map(String.init), String(message[range.upperBound...]))
    }

    func testAnEmptyToOrAnAddressWithAControlCharacterIsRefused() throws {
        let empty = try Binary.run(["reserve-status", "sesam-lmn", "--format", "email", "--to", ""] + since)
        expectEqual(empty.exitCode, 64)
        expectTrue(empty.stderr.contains("'--to ' is empty"))
        let none = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "email", "--from", "vakt@example.org"] + since)
        expectEqual(none.exitCode, 64)
        expectTrue(none.stderr.contains("the message has no recipient"))
        let injected = try Binary.run(
            ["reserve-status", "sesam-lmn", "--format", "email", "--to", "a@example.org\nBcc: x@example.org"] + since)
        expectEqual(injected.exitCode, 64)
        expectTrue(injected.stderr.contains("control character"))
    }
}

/// Issue 13, point 6: a probe opens and ends the outage it saw.
final class ProbeWatchTests: XCTestCase {
    func testThreeFailuresOpenTheOutageAtTheFirstAndASuccessEndsIt() throws {
        let log = try SharedLog()
        defer { log.remove() }
        func watch(_ probe: String, _ now: String) throws -> Binary.Result {
            try log.run(["outage", "watch", "sesam-lmn", "--probe", probe, "--now", now])
        }
        try expectEqual(try watch("exit 2", "2026-11-21T08:00").exitCode, 1)
        try expectEqual(try watch("echo 'CRITICAL - Socket timeout'; exit 2", "2026-11-21T08:01").exitCode, 1)
        try expectTrue(try log.text.isEmpty)
        let third = try watch("exit 3", "2026-11-21T08:02")
        expectTrue(third.stdout.contains("the probe could not tell (exit 3, UNKNOWN); counted as a failure"))
        expectTrue(third.stdout.contains("opened the outage of Sesam LMN (opened by the probe)"))
        let status = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00", "--format", "json"])
        expectTrue(status.stdout.contains("\"since\": \"2026-11-21T08:00:00+01:00\""))
        let list = try log.run(["outage", "list", "--format", "json"])
        expectTrue(list.stdout.contains("\"openedBy\": \"probe\""))
        let back = try watch("true", "2026-11-21T09:10")
        expectEqual(back.exitCode, 0)
        expectTrue(back.stdout.contains("ended the outage"))
        // Up again for less than the procedure's recovery period (15 minutes): the outage is not over yet.
        let recovering = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:15"])
        expectEqual(recovering.exitCode, 1)
        expectTrue(recovering.stdout.contains("I drift igen sedan 09:10, avslutad kl. 09:25 om det förblir i drift"))
        try expectEqual(try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:25"]).exitCode, 0)
    }

    func testAnOutageAPersonOpenedIsEndedOnlyByAPersonAndTheStatusSaysWhenTheProbeLastReachedIt() throws {
        let log = try SharedLog()
        defer { log.remove() }
        try expectEqual(try log.run(["outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00"]).exitCode, 0)
        try expectEqual(
            try log.run(["outage", "watch", "sesam-lmn", "--probe", "true", "--now", "2026-11-21T08:30"]).exitCode, 0)
        let status = try log.run(["reserve-status", "sesam-lmn", "--now", "2026-11-21T09:00", "--format", "nagios"])
        expectEqual(status.exitCode, 1)
        expectTrue(status.stdout.contains("; sonden nådde systemet senast 08:30"))
    }

    /// Debian's monitoring-plugins-basic (the README's probe), which is not on PATH.
    static let checkTCP = "/usr/lib/nagios/plugins/check_tcp"

    func testAMonitoringPluginsProbeThatFailsCountsAsAFailure() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.checkTCP) else {
            ToolRequirement.missing(
                "\(Self.checkTCP) (monitoring-plugins-basic)", for: "outage watch with check_tcp as its probe")
            return
        }
        let log = try SharedLog()
        defer { log.remove() }
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", "\(Self.checkTCP) -H 127.0.0.1 -p 1",
            "--failures", "1", "--now", "2026-11-21T08:00",
        ])
        expectEqual(r.exitCode, 1)
        expectTrue(r.stdout.contains("watch: Sesam LMN unreachable (1 of 1 in a row): "))
        expectTrue(r.stdout.contains("opened the outage"))
    }

    func testAHangingProbeTimesOutAndFailuresCanBeGiven() throws {
        let log = try SharedLog()
        defer { log.remove() }
        let r = try log.run([
            "outage", "watch", "sesam-lmn", "--probe", "sleep 30", "--timeout", "1", "--failures", "1", "--now",
            "2026-11-21T08:00",
        ])
        expectTrue(r.stdout.contains("timed out"))
        expectTrue(r.stdout.contains("opened the outage"))
    }
}
