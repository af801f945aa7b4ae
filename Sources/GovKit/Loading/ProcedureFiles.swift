import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// A procedure file's name and content, from disk or from the bundle inside the binary.
package struct ProcedureFile: Sendable {
    package let path: String
    package let bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Reads procedure files from paths: a file is read as given, a directory contributes its `*.json` files.
package enum ProcedureFiles {
    /// A path that does not exist or cannot be read.
    package struct NotFound: Error, Sendable {
        package let path: String
    }

    /// Reads every file that `paths` names.
    package static func read(_ paths: [String]) throws(NotFound) -> [ProcedureFile] {
        let chosen = try list(paths)
        // Read on all cores: with thousands of files, reading is a good part of the time.
        let contents = ParallelMap.map(chosen) { path in readBytes(path)?.bytes }
        var files: [ProcedureFile] = []
        files.reserveCapacity(chosen.count)
        for (path, bytes) in zip(chosen, contents) {
            guard let bytes else { throw NotFound(path: path) }
            files.append(ProcedureFile(path: path, bytes: bytes))
        }
        return files
    }

    /// The files that `paths` names, in order: a file as given, a directory's `*.json` files sorted by name.
    package static func list(_ paths: [String]) throws(NotFound) -> [String] {
        var chosen: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw NotFound(path: path) }
            if isDirectory.boolValue {
                let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }
                    .sorted()
                chosen += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                chosen.append(path)
            }
        }
        return chosen
    }

    /// A whole file's bytes straight into an array (no `Data` to copy from), and whether it is a regular file
    /// (one that can be read again); `nil` when it cannot be read.
    /// A regular file is read into an array of its size; a pipe (`<(…)`, `/dev/stdin`) until its end.
    static func readBytes(_ path: String) -> (bytes: [UInt8], isRegular: Bool)? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return readToEnd(fd).map { ($0, false) } }
        // The array's memory is read into directly, without zeroing it first.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = systemRead(fd, base + count, buffer.count - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { failed = true }
                // A file that shrank while being read is read as far as it goes.
                if n <= 0 { return }
                count += n
            }
        }
        return failed ? nil : (bytes, true)
    }

    /// Everything a pipe or other non-regular file gives until its end.
    private static func readToEnd(_ fd: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: 65_536)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(fd, base + filled, buffer.count - filled)
            }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
