import Foundation
import TestSupport
import XCTest

/// `govctl man`: the roff page made from the declarations, rendered by man-db and checked by groff.
final class ManPageTests: XCTestCase {
    static func write(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appending(path: "govctl-\(UUID().uuidString).1")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func shell(_ command: String) throws -> Binary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MANWIDTH": "100"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return Binary.Result(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            exitCode: process.terminationStatus)
    }

    func testManRendersEverySectionAndEachCommand() throws {
        guard ToolRequirement.which("man", for: "govctl man rendered by man-db") != nil,
            ToolRequirement.which("col", for: "govctl man rendered by man-db") != nil
        else {
            return
        }
        let page = try Binary.run(["man"])
        expectEqual(page.exitCode, 0)
        let file = try Self.write(page.stdout)
        defer { try? FileManager.default.removeItem(at: file) }
        let rendered = try Self.shell("man -l '\(file.path)' | col -b")
        expectEqual(rendered.exitCode, 0)
        let text = rendered.stdout
        for section in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "FILES",
        ]
            + ["EXAMPLES"]
        {
            expectTrue(text.contains("\n\(section)\n"), "\(section)")
        }
        let commands = [
            "report-urgent", "reserve-status", "outage start", "outage prognosis", "outage end", "outage list",
            "who-owns", "budget", "list", "show", "guide", "validate", "test", "eval", "schema", "completion", "man",
        ]
        for command in commands { expectTrue(text.contains("\n   govctl \(command)\n"), "\(command)") }
        expectTrue(text.contains("govctl - IT-governance procedures of Nordic hospitals"))
        expectTrue(text.contains("--no-prognosis"))
        expectTrue(text.contains("GOVCTL_PROCEDURES"))
    }

    func testGroffReadsThePageWithoutAWarning() throws {
        guard ToolRequirement.which("groff", for: "groff's check of govctl man") != nil else {
            return
        }
        let file = try Self.write(try Binary.run(["man"]).stdout)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Self.shell("groff -ww -z -man '\(file.path)'")
        expectEqual(result.exitCode, 0)
        expectEqual(result.stderr, "")
    }

    func testTheDateIsTheReleaseDateOrSourceDateEpochNeverTodays() throws {
        let page = try Binary.run(["man"]).stdout
        expectTrue(page.contains(#".TH "GOVCTL" 1 "2026\-11\-28""#))
        let epoch = try Binary.run(["man"], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).stdout
        expectTrue(epoch.contains(#".TH "GOVCTL" 1 "2023\-11\-14""#))
        try expectEqual(try Binary.run(["man"]).stdout, page)
    }
}
