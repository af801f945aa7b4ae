import Foundation
import TestSupport
import XCTest

/// Issue 27: command lines that were accepted and misled, or were refused with a message that named the wrong thing.
final class EdgeCommandLineTests: XCTestCase {
    static let now = ["--now", "2026-11-21T09:00"]

    func testAGuideRunForASystemItDoesNotApplyToIsRefused() throws {
        let r = try Binary.run(["guide", "cms-hastesak", "--system", "LVMS"] + Self.now)
        expectEqual(r.exitCode, 64, "\(r.stderr)")
        expectTrue(r.stderr.contains("guide 'cms-hastesak' does not apply to LVMS"), "\(r.stderr)")
        expectTrue(r.stderr.contains("--system CMS"), "\(r.stderr)")
        expectTrue(r.stdout.isEmpty, "the CMS guide was printed under LVMS")
        try expectEqual(try Binary.run(["guide", "cms-hastesak", "--system", "CMS"] + Self.now).exitCode, 0)
    }

    static let adaptation = ["guide", "websesam-anpassning", "--fact", "scope=shared", "--format", "json"] + now

    // A blank answer is a missing one everywhere (issue 25), a number fact's too: see the next test.
    func testANumberFactThatIsNotAnExactNumberIsRefused() throws {
        forEachCase(["Infinity", "1e400", "-Infinity", "0x10", "25e3", "40,5", "1 0000"]) { a0 in
            try Self.aNumberFactThatIsNotAnExactNumberIsRefused(a0)
        }
    }

    static func aNumberFactThatIsNotAnExactNumberIsRefused(_ text: String) throws {
        let r = try Binary.run(Self.adaptation + ["--fact", "adaptation=\(text)"])
        expectEqual(r.exitCode, 65, "\(text): \(r.stderr)")
        expectTrue(r.stderr.contains("is not an exact number"), "\(r.stderr)")
        expectTrue(!r.stdout.contains("user-association"))
    }

    func testABlankNumberFactIsMissingNotZero() throws {
        let r = try Binary.run(Self.adaptation + ["--fact", "adaptation= "])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains(#""adaptation": null"#), "\(r.stdout)")
    }

    func testANumberFactIsReadAsBudgetReadsAnAmount() throws {
        let plain = try Binary.run(Self.adaptation + ["--fact", "adaptation=40000"])
        expectEqual(plain.exitCode, 0, "\(plain.stderr)")
        expectTrue(plain.stdout.contains("\"payer\": \"user-association\""))
        for grouped in ["40 000", "40\u{A0}000", "40000.00"] {
            let r = try Binary.run(Self.adaptation + ["--fact", "adaptation=\(grouped)"])
            expectEqual(r.exitCode, 0, "\(grouped): \(r.stderr)")
            expectEqual(r.stdout, plain.stdout, "\(grouped)")
        }
    }

    /// `-5` was "not stated" to the rules, while `budget --adaptation -5` is refused: one reader, one answer.
    func testANegativeNumberFactIsRefusedAsANegativeAmountIs() throws {
        for text in ["-5", "-0", "+5"] {
            let r = try Binary.run(Self.adaptation + ["--fact", "adaptation=\(text)"])
            expectEqual(r.exitCode, 65, "\(text): \(r.stderr)")
            expectTrue(r.stderr.contains("'\(text)' is not an exact number"), "\(r.stderr)")
            expectTrue(r.stderr.contains("not a sign"), "\(r.stderr)")
            expectTrue(!r.stdout.contains("payer"), "\(r.stdout)")
        }
        try expectEqual(try Binary.run(["budget", "websesam", "--adaptation=-5", "--shared"]).exitCode, 64)
    }

    func testOnChangeWithNagiosIsUnknownNotASilentOK() throws {
        let r = try Binary.run(
            ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--on-change", "--format", "nagios"]
                + Self.now)
        expectEqual(r.exitCode, 3, "\(r.stdout)\(r.stderr)")
        expectTrue(r.stdout.contains("UNKNOWN"), "\(r.stdout)")
        expectTrue(r.stdout.contains("--on-change cannot be used with --format nagios"), "\(r.stdout)")
    }

    func testTheHelpOfToSaysRepeatableOnce() throws {
        for command in ["reserve-status", "report-urgent", "guide"] {
            let r = try Binary.run([command, "--help"])
            expectTrue(!r.stdout.contains("(repeatable) (repeatable)"), "\(command)")
            expectTrue(!r.stdout.replacingOccurrences(of: "\n", with: " ").contains("(repeatable)  ("), "\(command)")
            expectTrue(!r.stdout.contains("recipient (repeatable)\n"), "\(command)")
        }
    }

    func testEvalFromAFIFOWithNoWriterSaysItIsEmptyNotAProcedureFile() throws {
        let directory = try TemporaryDirectory.make("eval-fifo")
        defer { TemporaryDirectory.remove(directory) }
        let fifo = directory.appending(path: "rule").path
        expectEqual(mkfifo(fifo, 0o600), 0)
        let r = try Binary.run(["eval", "@" + fifo], timeout: 60)
        expectTrue(!r.timedOut)
        expectEqual(r.exitCode, 65, "\(r.stderr)")
        expectTrue(r.stderr.contains("the rule is empty: '@\(fifo)' held no JSON"), "\(r.stderr)")
        expectTrue(!r.stderr.contains("procedure file"), "\(r.stderr)")
    }

    func testAfileOfSixteenMebibytesAndOneByteIsSaidInBytes() throws {
        let directory = try TemporaryDirectory.make("size")
        defer { TemporaryDirectory.remove(directory) }
        let file = directory.appending(path: "big.json")
        expectTrue(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(16 << 20) + 1)
        try handle.close()
        let r = try Binary.run(["validate", file.path])
        expectEqual(r.exitCode, 66, "\(r.stderr)")
        expectTrue(
            r.stderr.contains("it is 16777217 bytes, over govctl's limit of 16 MiB (16777216 bytes)"), "\(r.stderr)")
    }
}
