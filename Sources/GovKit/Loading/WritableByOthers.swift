import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A procedure file, or a directory procedure files are read from, that every user on the machine can write: anyone
/// could then change what govctl tells people, or add a file that takes over a system's name. Reported as the
/// warning `writable-by-others` (an error with `validate --strict`), as sshd and sudo refuse such files.
package struct WritableByOthers: Sendable, Equatable {
    package let path: String
    /// The permission bits found (`0o666`, `0o1777`).
    package let mode: Int
    package let isDirectory: Bool

    package init(path: String, mode: Int, isDirectory: Bool) {
        self.path = path
        self.mode = mode
        self.isDirectory = isDirectory
    }

    /// The exposure of `path` when others can write it (following symbolic links); `nil` when they cannot, or when it
    /// cannot be looked at (reading it reports that).
    package static func check(_ path: String, isDirectory: Bool) -> WritableByOthers? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IWOTH != 0 else { return nil }
        return WritableByOthers(path: path, mode: Int(status.st_mode & 0o7777), isDirectory: isDirectory)
    }

    /// One warning per file or directory that others can write, among `files`' exposures.
    static func diagnostics(_ files: [ProcedureFile]) -> [Diagnostic] {
        var seen: Set<String> = []
        let sink = DiagnosticSink()
        for file in files {
            for exposure in file.exposures where seen.insert(exposure.path).inserted {
                let what = exposure.isDirectory ? "the procedure directory" : "this procedure file"
                sink.report(
                    .writableByOthers, in: SourceText(path: exposure.path, bytes: []), at: nil,
                    "\(what) is writable by others (mode \(String(format: "%04o", exposure.mode))): any user on this machine can change what govctl says"
                        + (exposure.isDirectory ? " or add a procedure" : ""),
                    hint: "run 'chmod o-w \(exposure.path)'")
            }
        }
        return sink.items
    }
}
