import Foundation
import Testing

/// README.md's tour, line by line and in order, as a new user types it: every line runs (exit 0, or the 1 and 2
/// `reserve-status` gives for an outage under way and an active reserve routine) and no line prints an error.
@Suite struct ReadmeTourTests {
    /// The tour's command lines, continuation lines joined.
    static func tour() throws -> [String] {
        let readme = try String(contentsOf: Binary.root.appending(path: "README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## A short tour").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first)
        let code = try #require(block.components(separatedBy: "```").first)
        return code.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map(String.init)
    }

    @Test func everyLineOfTheTourRunsInOrder() throws {
        let lines = try Self.tour()
        #expect(lines.count > 20)
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
            process.waitUntilExit()
            let allowed: Set<Int32> = line.contains("reserve-status 'Sesam LMN'") ? [0, 1, 2] : [0]
            #expect(allowed.contains(process.terminationStatus), "\(line): \(stderr)")
            #expect(!stderr.contains("error:"), "\(line): \(stderr)")
        }
    }
}
