import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a whole file without hanging or running out of memory: what is read must be a regular file (or, for a
/// path named on the command line, a pipe such as `/dev/stdin`), it is opened without blocking (a FIFO with no
/// writer never stops the run), and no more than `maxBytes` are read (`/dev/zero` or `/dev/urandom` are refused
/// quickly, not read without end). Procedure files and the outage log are read this way.
package enum BoundedFile {
    /// The largest procedure file or state file govctl reads: 16 MiB. The bundled procedures are under 100 KB each
    /// and a year of outages is a few hundred KB, so a file this large is a mistake or an attack; the outage log is
    /// kept small with `govctl outage archive` (which reads a log of any size). Documented in docs/reliability.md.
    package static let maxBytes = 16 * 1024 * 1024

    /// Why a file cannot be read.
    package enum Problem: Error, Sendable, Equatable {
        case missing
        /// A symbolic link to `target`, which does not exist.
        case danglingLink(target: String)
        case permissionDenied
        /// Not a regular file: `kind` says what it is ("a FIFO", "a character device", …).
        case notRegular(kind: String)
        /// Over `maxBytes`; `size` when known (a pipe's is not).
        case tooLarge(size: Int?)
        case other(String)

        /// The reason, for a message that names the file before it.
        package var reason: String {
            switch self {
            case .missing: "it does not exist"
            case .danglingLink(let target): "it is a symbolic link to '\(target)', which does not exist"
            case .permissionDenied: "permission denied (as user \(BoundedFile.user))"
            case .notRegular(let kind): "it is \(kind), not a regular file"
            case .tooLarge(let size):
                // In bytes: "16.0 MB" for 16 MiB and one byte read as if it were within the limit.
                "it is "
                    + (size.map { "\($0) bytes" } ?? "more than \(BoundedFile.maxBytes) bytes")
                    + ", over govctl's limit of \(BoundedFile.maxBytes >> 20) MiB (\(BoundedFile.maxBytes) bytes)"
            case .other(let text): text
            }
        }
    }

    /// What a file of mode `mode` is, for messages: "a directory", "a FIFO", "a character device", ….
    package static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// The file's bytes. A path from a directory listing (`namedOnCommandLine: false`) must be a regular file; one
    /// named on the command line may also be a pipe or a device, which is read to its end (at most `maxBytes`).
    package static func read(_ path: String, namedOnCommandLine: Bool) -> Result<[UInt8], Problem> {
        // Checked before opening, so that opening a FIFO never waits for a writer; checked again on the open file.
        var before = stat()
        if stat(path, &before) != 0 { return .failure(problem(errno, path: path)) }
        if !namedOnCommandLine, before.st_mode & S_IFMT != S_IFREG {
            return .failure(.notRegular(kind: kind(of: before.st_mode)))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(problem(errno)) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(problem(errno)) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(.notRegular(kind: kind(of: status.st_mode))) }
        if type != S_IFREG {
            guard namedOnCommandLine else { return .failure(.notRegular(kind: kind(of: status.st_mode))) }
            // A pipe is read as it comes: blocking reads, ended by its writer.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        if type == S_IFREG, Int(status.st_size) > maxBytes { return .failure(.tooLarge(size: Int(status.st_size))) }
        return read(handle, limit: maxBytes)
    }

    /// Whether `path` is a directory (following symbolic links); why not, when it cannot be looked at (a dangling
    /// link is `.missing`, a directory on the way this user cannot enter `.permissionDenied`).
    package static func isDirectory(_ path: String) -> Result<Bool, Problem> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(problem(errno, path: path)) }
        return .success(status.st_mode & S_IFMT == S_IFDIR)
    }

    /// Reads `handle` from where it stands to its end, failing once more than `limit` bytes come (a file that grows
    /// while read, a pipe, a device).
    package static func read(_ handle: FileHandle, limit: Int) -> Result<[UInt8], Problem> {
        var bytes: [UInt8] = []
        do {
            while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                bytes += chunk
                if bytes.count > limit { return .failure(.tooLarge(size: nil)) }
            }
        } catch {
            return .failure(.other(error.localizedDescription))
        }
        return .success(bytes)
    }

    /// The problem `errno` names; with the path, a dangling symbolic link says where it points.
    package static func problem(_ code: Int32, path: String? = nil) -> Problem {
        switch code {
        case ENOENT:
            if let path, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return .danglingLink(target: target)
            }
            return .missing
        case ENOTDIR: return .missing
        case EACCES, EPERM: return .permissionDenied
        default: return .other(String(cString: strerror(code)))
        }
    }

    /// The OS user running govctl, for "permission denied (as user …)".
    package static var user: String {
        let name = ProcessInfo.processInfo.userName
        return name.isEmpty ? "uid \(geteuid())" : name
    }
}
