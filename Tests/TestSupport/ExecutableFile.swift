import Foundation

/// Writes a file a test then runs, from another process (`sh`, `cp`): the file's write descriptor then never lives
/// in the test process. Written from it, a child another test forks at that moment inherits the descriptor, and
/// running the file fails with "Text file busy" (ETXTBSY) until that child execs: a flaky test.
package enum ExecutableFile {
    /// Writes `text` to `path`, mode 755.
    package static func write(_ text: String, to path: String) throws {
        try run(["/bin/sh", "-c", #"cat > "$1" && chmod 755 "$1""#, "sh", path], input: text)
    }

    /// Copies the file at `source` to `path`, mode 755.
    package static func copy(_ source: String, to path: String) throws {
        try run(["/bin/sh", "-c", #"cp "$1" "$2" && chmod 755 "$2""#, "sh", source, path], input: nil)
    }

    private static func run(_ command: [String], input: String?) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardInput = pipe
        try process.run()
        if let input { try pipe.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try pipe.fileHandleForWriting.close()
        process.waitForExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: command.last ?? ""])
        }
    }
}
