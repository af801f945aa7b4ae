import Foundation
import Synchronization
import TestSupport

/// Runs the built `govctl` binary the way a user does, with a controlled environment.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary under test: `GOVCTL_BIN`, else the debug build.
    static var path: String {
        ProcessInfo.processInfo.environment["GOVCTL_BIN"] ?? root.appending(path: ".build/debug/govctl").path
    }

    /// Where a binary built with `--enable-code-coverage` writes its counts (`make coverage`): the test process's
    /// `LLVM_PROFILE_FILE`, passed on so that govctl's own lines are counted too. Each process needs a file of its
    /// own or a merged one (`%p`, `%m`), else the runs overwrite each other; a pattern with neither gets `%p`.
    static var profileFile: String? {
        guard let file = ProcessInfo.processInfo.environment["LLVM_PROFILE_FILE"], !file.isEmpty else { return nil }
        if file.contains("%p") || file.contains("%m") { return file }
        let url = URL(fileURLWithPath: file)
        return url.deletingLastPathComponent().appending(path: "govctl-%p.profraw").path
    }

    /// Copies the binary to `destination`, mode 755 (`ExecutableFile`: never "Text file busy").
    static func copy(to destination: String) throws {
        try ExecutableFile.copy(path, to: destination)
    }

    struct Result {
        let stdout: String
        let stderr: String
        let exitCode: Int32
        /// Whether the run was stopped after `timeout` (a hang).
        var timedOut = false
    }

    /// Runs govctl with `arguments`; the environment has no GOVCTL_* variables unless given. `launcher` runs it
    /// through another program (`setpriv …`, `sh -c 'umask 000; exec "$@"' sh`), `binary` names another copy, and
    /// `timeout` stops a run that hangs (SIGTERM) and marks the result.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        directory: URL? = nil, launcher: [String] = [], binary: String? = nil, timeout: TimeInterval? = nil
    ) throws -> Result {
        let process = Process()
        let executable = binary ?? path
        process.executableURL = URL(fileURLWithPath: launcher.first ?? executable)
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [executable] + arguments
        // No HOME of the user's: their ~/.config/govctl/govctl.json must not change what a test sees (a test that
        // needs a configuration gives HOME, XDG_CONFIG_HOME or GOVCTL_CONFIG).
        var env = ["PATH": "/usr/bin:/bin", "TZ": "Europe/Oslo", "LANG": "C.UTF-8", "HOME": "/nonexistent"]
        if let profile = profileFile { env["LLVM_PROFILE_FILE"] = profile }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let stopped = Stopped()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning {
                    stopped.set()
                    process.terminate()
                }
            }
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return Result(
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            exitCode: process.terminationStatus, timedOut: stopped.value)
    }

    /// Set once, from the timer's thread.
    final class Stopped: Sendable {
        private let flag = Mutex(false)
        func set() { flag.withLock { $0 = true } }
        var value: Bool { flag.withLock { $0 } }
    }
}

/// Golden files: `Tests/EndToEndTests/Golden/NAME`. Re-record with `make golden` (GOVCTL_RECORD=1) and review the diff.
enum Golden {
    static let directory = Binary.root.appending(path: "Tests/EndToEndTests/Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["GOVCTL_RECORD"] == "1" }

    /// The golden text, or `nil` if missing; when recording, writes `actual` first.
    static func compare(_ name: String, _ actual: String) throws -> (expected: String?, actual: String) {
        let url = directory.appending(path: name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
        return (expected, actual)
    }
}
