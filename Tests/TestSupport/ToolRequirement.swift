import Foundation
import XCTest

/// A tool a test needs beyond Swift (groff, man, col, zsh, fish, python3 and its modules). Where it is missing the
/// test prints `SKIPPED: WHAT: missing TOOL` and checks nothing more; `make test` lists those lines at its end. With
/// GOVCTL_REQUIRE_TOOLS=1 (.ci/run, which installs the tools) a missing tool is a failure instead.
package enum ToolRequirement {
    package static var required: Bool { ProcessInfo.processInfo.environment["GOVCTL_REQUIRE_TOOLS"] == "1" }

    /// The absolute path of `tool` on PATH (only there, as a shell finds it: a PATH of Swift and the base system
    /// alone is how `make test` is tried as on a fresh machine).
    package static func locate(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) where !directory.isEmpty {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `tool`'s path, or `nil` after saying that `what` is skipped (a failure when tools are required).
    package static func which(_ tool: String, for what: String) -> String? {
        if let path = locate(tool) { return path }
        missing(tool, for: what)
        return nil
    }

    /// python3's path when it can import every one of `modules`, or `nil` after saying what is missing.
    package static func python(importing modules: [String] = [], for what: String) -> String? {
        guard let python = which("python3", for: what) else { return nil }
        for module in modules {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", "import \(module)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else {
                missing("python3", for: what)
                return nil
            }
            process.waitForExit()
            if process.terminationStatus != 0 {
                missing("the Python module \(module)", for: what)
                return nil
            }
        }
        return python
    }

    /// Says that `what` is skipped for want of `tool`: a line on stdout, or a recorded issue when tools are required.
    package static func missing(_ tool: String, for what: String) {
        let line = "SKIPPED: \(what): missing \(tool)"
        if required {
            XCTFail("\(line) (GOVCTL_REQUIRE_TOOLS=1: a missing tool is a failure; .ci/run installs it)")
        } else {
            print(line)
        }
    }
}
