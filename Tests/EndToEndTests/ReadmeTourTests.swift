import Foundation
import TestSupport
import XCTest

/// README.md's tour, line by line and in order, as a new user types it: every line runs (exit 0, or the 1 and 2
/// `reserve-status` gives for an outage under way and an active reserve routine) and no line prints an error.
final class ReadmeTourTests: XCTestCase {
    /// The tour's command lines, continuation lines joined.
    static func tour() throws -> [String] {
        let readme = try String(contentsOf: Binary.root.appending(path: "README.md"), encoding: .utf8)
        let section = try require(readme.components(separatedBy: "## A short tour").dropFirst().first)
        let block = try require(section.components(separatedBy: "```sh\n").dropFirst().first)
        let code = try require(block.components(separatedBy: "```").first)
        return code.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map(String.init)
    }

    func testEveryLineOfTheTourRunsInOrder() throws {
        let lines = try Self.tour()
        expectTrue(lines.count > 20)
        let directory = try TemporaryDirectory.make("tour")
        defer { TemporaryDirectory.remove(directory) }
        try FileManager.default.createSymbolicLink(
            at: directory.appending(path: "procedures"), withDestinationURL: Binary.root.appending(path: "procedures"))
        let binDirectory = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().path
        for line in lines {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", line]
            process.environment = [
                "PATH": "\(binDirectory):/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "Europe/Oslo",
                "XDG_STATE_HOME": directory.appending(path: "state").path, "HOME": directory.path,
            ]
            process.currentDirectoryURL = directory
            let err = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = err
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitForExit()
            let allowed: Set<Int32> = line.contains("reserve-status 'Sesam LMN'") ? [0, 1, 2] : [0]
            expectTrue(allowed.contains(process.terminationStatus), "\(line): \(stderr)")
            expectTrue(!stderr.contains("error:"), "\(line): \(stderr)")
        }
    }

    /// Issue 29: a line that gives an outage's start without --now showed a 62,169-minute outage (the elapsed time
    /// from 2026-10-25 to the day the tour was run). Every line that gives a start gives the time it is read at.
    func testEveryLineThatGivesAnOutagesStartAlsoGivesNow() throws {
        let timed = try Self.tour().filter { $0.contains("since=") || $0.contains("--since") }
        expectTrue(timed.count >= 2)
        for line in timed { expectTrue(line.contains("--now "), "\(line)") }
    }

    /// Issue 29: `govctl site out/`, run from the repository as the tour says, left an untracked out/ in the
    /// checkout. The site goes to a directory outside it.
    func testTheSiteLineWritesOutsideTheCheckout() throws {
        let site = try require(try Self.tour().first { $0.hasPrefix("govctl site ") })
        let directory = try require(site.split(separator: " ").dropFirst(2).first.map(String.init))
        expectTrue(directory.hasPrefix("~/") || directory.hasPrefix("/"), "\(site)")
        expectTrue(!directory.hasPrefix(Binary.root.path), "\(site)")
    }
}
