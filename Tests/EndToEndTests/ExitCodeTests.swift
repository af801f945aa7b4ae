import Foundation
import TestSupport
import XCTest

/// Exit codes and messages for bad input, as documented in README.md and `govctl --help`.
final class ExitCodeTests: XCTestCase {
    func testAnUnknownCommandIsAUsageErrorWithASuggestion() throws {
        let r = try Binary.run(["lsit"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("unknown command 'lsit'"))
        expectTrue(r.stderr.contains("did you mean 'list'?"))
    }

    func testNoCommandIsAUsageError() throws {
        try expectEqual(try Binary.run([]).exitCode, 64)
    }

    func testAnUnknownOptionIsAUsageError() throws {
        let r = try Binary.run(["list", "--formt", "json"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("did you mean '--format'?"))
    }

    func testGlobalOptionsWorkBeforeAndAfterTheCommand() throws {
        let dir = Binary.root.appending(path: "procedures").path
        let before = try Binary.run(["--procedures", dir, "--format", "json", "list", "--now", "2026-11-21T03:00"])
        let after = try Binary.run(["list", "--procedures", dir, "--format=json", "--now", "2026-11-21T03:00"])
        expectEqual(before.exitCode, 0)
        expectEqual(before.stdout, after.stdout)
        expectTrue(before.stdout.hasPrefix("["))
    }

    func testAnUnknownGuideIsNotFoundWithASuggestion() throws {
        let r = try Binary.run(["guide", "cms-hastesk"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("did you mean 'cms-hastesak'?"))
    }

    func testAnUnknownSystemIsNotFoundWithASuggestion() throws {
        let r = try Binary.run(["guide", "hastesak-sykehuspartner", "--system", "LVSM"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("unknown system 'LVSM'"))
        expectTrue(r.stderr.contains("did you mean 'LVMS'?"))
    }

    func testABadChoiceFactIsADataErrorWithASuggestion() throws {
        let r = try Binary.run([
            "guide", "hastesak-sykehuspartner", "--system", "LVMS", "--fact", "competence=servergrupe",
        ])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("did you mean 'servergruppe'?"))
    }

    func testAnExpiredDocumentWarnsOnStderrButStillGuides() throws {
        let r = try Binary.run(["guide", "hastesak-sykehuspartner", "--system", "LVMS", "--now", "2026-11-21T03:00"])
        expectEqual(r.exitCode, 0)
        expectTrue(r.stderr.contains("warning: kildedokumentet gikk ut 2024-12-07 (D29653)"))
        expectTrue(!r.stdout.contains("warning"))
        let english = try Binary.run(
            ["guide", "hastesak-sykehuspartner", "--system", "LVMS", "--now", "2026-11-21T03:00", "--lang", "en"])
        expectTrue(english.stderr.contains("warning: the source document expired on 2024-12-07 (D29653)"))
    }

    func testStrictValidationPassesOnTheShippedFilesAndNotesTheExpiredDocuments() throws {
        let r = try Binary.run(["validate", "--strict", "procedures", "--now", "2026-11-21T03:00"])
        expectEqual(r.exitCode, 0, "\(r.stdout)")
        expectTrue(r.stdout.contains("note: the source document expired on 2024-12-07 (D29653)"))
        expectTrue(r.stdout.hasSuffix("5 files, 0 errors, 0 warnings, 2 notes\n"))
    }

    func testAMissingProcedureDirectoryIsNotFound() throws {
        let r = try Binary.run(["list", "--procedures", "/nonexistent/dir"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("'/nonexistent/dir'"))
    }

    func testValidateReadsAProcedureFromAPipe() throws {
        let text = try String(
            contentsOf: Binary.root.appending(path: "procedures/gits-samsa-samvy.json"), encoding: .utf8)
        let ok = try Binary.run(["validate", "/dev/stdin"], stdin: text)
        expectEqual(ok.exitCode, 0)
        expectEqual(ok.stdout, "1 file, 0 errors, 0 warnings\n")
        let broken = try Binary.run(["validate", "/dev/stdin"], stdin: String(text.dropLast(3)))
        expectEqual(broken.exitCode, 65)
        expectTrue(broken.stdout.hasPrefix("/dev/stdin:"))
    }

    func testEvalPrintsTheResultAsJSON() throws {
        let r = try Binary.run(["eval", #"{">=": [{"var": "m"}, 240]}"#, #"{"m": 240}"#])
        expectEqual(r.exitCode, 0)
        expectEqual(r.stdout, "true\n")
    }

    func testEvalReadsDataFromStandardInput() throws {
        let r = try Binary.run(["eval", #"{"var": "a.b"}"#, "-"], stdin: #"{"a": {"b": [1, 2]}}"#)
        expectEqual(r.stdout, "[1,2]\n")
    }

    func testEvalExitsOneWhenTheRuleThrowsAndPrintsTheErrorTypeAsJSON() throws {
        let r = try Binary.run(["eval", #"{"/": [1, 0]}"#, "--format", "json"])
        expectEqual(r.exitCode, 1)
        expectEqual(r.stdout, #"{"error":{"type":"NaN"}}"# + "\n")
    }

    func testEvalRejectsMalformedJSONWithAPosition() throws {
        let r = try Binary.run(["eval", #"{"+": [1, 2,]}"#])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("trailing comma"))
        expectTrue(r.stderr.contains("1:13"))
    }

    func testVersionPrintsTheVersionFirst() throws {
        let r = try Binary.run(["--version"])
        expectEqual(r.exitCode, 0)
        expectTrue(r.stdout.hasPrefix("govctl 0."))
    }

    func testTheBinaryWorksFromAnotherDirectoryWithABareEnvironment() throws {
        let copy = try TemporaryDirectory.make("e2e")
        defer { TemporaryDirectory.remove(copy) }
        let binary = copy.appending(path: "govctl")
        try Binary.copy(to: binary.path)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["guide", "hastesak-sykehuspartner", "--system", "LVMS"]
        process.environment = [:]
        process.currentDirectoryURL = copy
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        expectEqual(process.terminationStatus, 0)
        expectTrue(String(decoding: data, as: UTF8.self).contains("LVMS – OK skal hjelpe"))
    }
}
