import Foundation
import TestSupport
import XCTest

/// A reader that has gone away (Nagios cutting a check off, `govctl … | head -1`) with SIGPIPE ignored: the write
/// fails with EPIPE, and govctl exits 74 (EX_IOERR) instead of trapping and dumping core.
final class ClosedPipeTests: XCTestCase {
    /// Runs govctl with SIGPIPE ignored (as a daemon may leave it) and stdout a pipe nobody reads.
    static func runIntoAClosedPipe(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let quoted = ([Binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.arguments = ["-c", "trap '' PIPE; exec \(quoted)"]
        process.environment = ["PATH": "/usr/bin:/bin", "TZ": "Europe/Oslo", "LANG": "C.UTF-8", "HOME": "/nonexistent"]
        let out = Pipe(), err = Pipe()
        try out.fileHandleForReading.close()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return process
    }

    func testAClosedOutputIsExit74NotACrash() throws {
        for a0 in [
            ["schema"], ["who-owns", "CMS"],
            [
                "reserve-status", "Sesam LMN", "--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00", "--format",
                "nagios",
            ],
        ] {
            try withCase("\(a0)") { try aClosedOutputIsExit74NotACrash(arguments: a0) }
        }
    }

    func aClosedOutputIsExit74NotACrash(arguments: [String]) throws {
        let process = try Self.runIntoAClosedPipe(arguments)
        expectEqual(process.terminationReason, .exit, "\(arguments): killed by signal \(process.terminationStatus)")
        expectEqual(process.terminationStatus, 74, "\(arguments)")
    }
}
