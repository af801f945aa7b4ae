import Foundation

/// A procedure file's name and content, from disk or from the bundle inside the binary.
package struct ProcedureFile: Sendable {
    package let path: String
    package let bytes: [UInt8]
    /// The file, or the directory it was listed from, when others on this machine can write it (a
    /// `writable-by-others` warning); empty for the built-in files.
    package var exposures: [WritableByOthers] = []
    /// Whether the file is one of those built into the binary: its path is a name, not a place on this machine, so
    /// nothing beside it (its `sourceFile`) is looked for.
    package var builtIn = false

    package init(path: String, bytes: [UInt8], exposures: [WritableByOthers] = []) {
        self.path = path
        self.bytes = bytes
        self.exposures = exposures
    }
}

/// Reads procedure files from paths: a file is read as given, a directory contributes its `*.json` files.
/// Only regular files of at most `BoundedFile.maxBytes` are read from a directory; hidden names (a leading `.`, which
/// covers Emacs's `.#name.json` lock and vim's `.name.json.swp`) are skipped, as is any name not ending in `.json`
/// (`name.json~`, `#name.json#`). A file named on the command line may also be a pipe (`/dev/stdin`).
package enum ProcedureFiles {
    /// A path that cannot be read, or a directory that cannot be listed, and why.
    package struct ReadError: Error, Sendable, Equatable {
        package let path: String
        package let problem: BoundedFile.Problem
        /// Whether listing the directory failed (rather than reading a file).
        package let listing: Bool
        /// A directory named by the user that holds no procedure file (a mistyped path that happens to exist).
        package let empty: Bool

        package init(path: String, problem: BoundedFile.Problem, listing: Bool = false, empty: Bool = false) {
            self.path = path
            self.problem = problem
            self.listing = listing
            self.empty = empty
        }

        /// The directory `path`, which holds no procedure file.
        package static func noProcedureFiles(in path: String) -> ReadError {
            ReadError(path: path, problem: .other("it holds no procedure file"), listing: true, empty: true)
        }

        /// What went wrong, naming the path.
        package var message: String {
            if empty { return "no procedure files in the directory '\(path)'" }
            return switch (problem, listing) {
            case (.missing, _): "no such file or directory '\(path)'"
            case (_, true): "cannot list the directory '\(path)': \(problem.reason)"
            case (_, false): "cannot read '\(path)': \(problem.reason)"
            }
        }

        /// How to fix it.
        package var hint: String {
            if empty {
                return
                    "a procedure file is a *.json file whose name does not start with '.'; check the path, or write one with 'govctl new'"
            }
            return switch problem {
            case .missing: "check the path"
            case .danglingLink: "remove the link '\(path)', or restore the file it points to"
            case .permissionDenied:
                listing
                    ? "let this user read and enter the directory (e.g. 'chmod o+rx \(path)'), or run as a user who can"
                    : "let this user read the file (e.g. 'chmod o+r \(path)'), or run as a user who can"
            case .notRegular:
                "a procedure file must be a regular file; remove or rename '\(path)' (a directory's files whose names start with '.' or do not end in '.json' are skipped)"
            case .tooLarge:
                "a procedure file is at most \(BoundedFile.maxBytes >> 20) MB; check that '\(path)' is the file you meant"
            case .other: "check the path and its permissions"
            }
        }

        /// The error a command reports; `missingHint` replaces the hint for a path that does not exist.
        package func govError(missingHint: String? = nil) -> GovError {
            GovError(.notFound, message, hint: problem == .missing ? missingHint ?? hint : hint)
        }
    }

    /// Reads every file that `paths` names. A directory named there that holds no procedure file is an error (a
    /// mistyped path that happens to exist must not read as "0 files, valid"), unless `allowEmpty` (a configured
    /// directory, such as the Debian package's empty /etc/govctl/procedures).
    package static func read(_ paths: [String], allowEmpty: Bool = false) throws(ReadError) -> [ProcedureFile] {
        let chosen = try list(paths, allowEmpty: allowEmpty)
        // Read on all cores, like the checks that follow.
        let contents = ParallelMap.map(chosen) { entry in
            BoundedFile.read(entry.path, namedOnCommandLine: entry.directory == nil)
        }
        var files: [ProcedureFile] = []
        files.reserveCapacity(chosen.count)
        for (entry, bytes) in zip(chosen, contents) {
            switch bytes {
            case .success(let bytes):
                var exposures = WritableByOthers.check(entry.path, isDirectory: false).map { [$0] } ?? []
                if let directory = entry.directory { exposures += directory }
                files.append(ProcedureFile(path: entry.path, bytes: bytes, exposures: exposures))
            case .failure(let problem): throw ReadError(path: entry.path, problem: problem)
            }
        }
        return files
    }

    /// A file to read: its path, and for a file listed from a directory, whether that directory is writable by others.
    package struct Entry: Sendable {
        package let path: String
        /// `nil` for a path named as such; else the directory's exposure (empty when it is not writable by others).
        package let directory: [WritableByOthers]?
    }

    /// The files that `paths` names, in order: a file as given, a directory's `*.json` files sorted by name.
    package static func list(_ paths: [String], allowEmpty: Bool = false) throws(ReadError) -> [Entry] {
        var chosen: [Entry] = []
        for path in paths {
            let isDirectory: Bool
            switch BoundedFile.isDirectory(path) {
            case .success(let directory): isDirectory = directory
            case .failure(let problem): throw ReadError(path: path, problem: problem)
            }
            if isDirectory {
                let exposure = WritableByOthers.check(path, isDirectory: true).map { [$0] } ?? []
                let found = try names(in: path)
                if found.isEmpty, !allowEmpty { throw ReadError.noProcedureFiles(in: path) }
                chosen += found.map { Entry(path: (path as NSString).appendingPathComponent($0), directory: exposure) }
            } else {
                chosen.append(Entry(path: path, directory: nil))
            }
        }
        return chosen
    }

    /// The names in `directory` that are procedure files, sorted: `*.json`, not hidden. A directory that cannot be
    /// listed is an error, never "no files".
    package static func names(in directory: String) throws(ReadError) -> [String] {
        let all: [String]
        do {
            all = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ReadError(path: directory, problem: listingProblem(error), listing: true)
        }
        return all.filter(isProcedureFileName).sorted()
    }

    /// Whether a directory entry is read as a procedure file: it ends in `.json` and does not start with `.` (Emacs's
    /// lock `.#name.json`, vim's `.name.json.swp` and other hidden files); `name.json~` and `#name.json#` do not end
    /// in `.json`.
    package static func isProcedureFileName(_ name: String) -> Bool {
        name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    static func listingProblem(_ error: any Error) -> BoundedFile.Problem {
        switch (error as NSError).code {
        case CocoaError.fileReadNoPermission.rawValue: .permissionDenied
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue: .missing
        default: .other(error.localizedDescription)
        }
    }
}
