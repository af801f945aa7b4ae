import Foundation

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
        // Read on all cores, like the checks that follow.
        let contents = ParallelMap.map(chosen) { path in readBytes(path) }
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

    /// A whole file's bytes, read to its end (so a pipe such as `<(…)` or `/dev/stdin` works too); `nil` when it
    /// cannot be read.
    static func readBytes(_ path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        do {
            guard let data = try handle.readToEnd() else { return [] }
            return [UInt8](data)
        } catch {
            return nil
        }
    }
}
