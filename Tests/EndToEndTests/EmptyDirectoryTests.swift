import Foundation
import TestSupport
import XCTest

/// Issue 22: a directory with no procedure files (a mistyped path that happens to exist) is an error that names it,
/// never "0 files, 0 errors" and exit 0.
final class EmptyDirectoryTests: XCTestCase {
    /// Runs `body` with an empty directory (holding only files that are not procedures), removed afterwards.
    static func withEmptyDirectory(_ body: (URL) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "govctl-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        // Names that are not read as procedure files: an editor's lock and backup, a text file.
        for name in [".#x.json", "x.json~", "notes.txt"] {
            try Data("{}".utf8).write(to: url.appending(path: name))
        }
        try body(url)
    }

    static let commands: [[String]] = [
        ["validate", "DIR"], ["validate", "--strict", "DIR"], ["test", "DIR"], ["validate", "--procedures", "DIR"],
        ["test", "--procedures", "DIR"], ["fmt", "--check", "DIR"], ["report-urgent", "LVMS", "--procedures", "DIR"],
    ]

    func testAnEmptyDirectoryExits66AndNamesIt() throws {
        forEachCase(Self.commands) { a0 in
            try Self.anEmptyDirectoryExits66AndNamesIt(arguments: a0)
        }
    }

    static func anEmptyDirectoryExits66AndNamesIt(arguments: [String]) throws {
        try Self.withEmptyDirectory { directory in
            let result = try Binary.run(arguments.map { $0 == "DIR" ? directory.path : $0 })
            expectEqual(result.exitCode, 66, "\(arguments): \(result.stdout)\(result.stderr)")
            expectTrue(result.stderr.contains("no procedure files in the directory '\(directory.path)'"))
            expectTrue(result.stderr.contains("govctl new"))
            expectTrue(!result.stdout.contains("0 files"))
        }
    }

    func testInJSONTheErrorNamesTheDirectory() throws {
        try Self.withEmptyDirectory { directory in
            let result = try Binary.run(["validate", directory.path, "--format", "json"])
            expectEqual(result.exitCode, 66)
            expectTrue(result.stdout.contains("no procedure files in the directory"))
        }
    }

    func testTheEnvironmentsProcedureDirectoryIsCheckedTheSameWay() throws {
        try Self.withEmptyDirectory { directory in
            let result = try Binary.run(["validate"], environment: ["GOVCTL_PROCEDURES": directory.path])
            expectEqual(result.exitCode, 66)
            expectTrue(result.stderr.contains("no procedure files in the directory '\(directory.path)'"))
        }
    }
}
