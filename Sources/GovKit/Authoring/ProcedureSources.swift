import Foundation

/// A directory of procedure files that a configuration file names under `"procedures"`.
package struct ConfiguredDirectory: Sendable, Equatable {
    /// The directory, absolute or relative to the configuration file's directory as written there.
    package let path: String
    /// The configuration file that names it, and where (`line:col`), for messages.
    package let configFile: String
    package let position: String

    package init(path: String, configFile: String, position: String = "1:1") {
        self.path = path
        self.configFile = configFile
        self.position = position
    }
}

/// The procedures govctl runs with: the ones built into the binary, then the directories the configuration names
/// (`/etc/govctl/govctl.json`, then the user's), in order. A file whose procedure id an earlier source already has
/// replaces that procedure (a site corrects a phone number by copying one file into `/etc/govctl/procedures`).
package struct ProcedureSources: Sendable {
    /// The files to load, in order: the built-in ones that were not replaced, then each directory's.
    package let files: [ProcedureFile]
    /// Where each file came from, by its path: `"built-in"` or the path it was read from.
    package let origins: [String: String]
    /// One line per replaced procedure, e.g. `/etc/govctl/procedures/x.json replaces the built-in x`.
    package let notes: [String]
    /// The directories that contributed, in order (a missing package default is left out).
    package let directories: [String]

    /// The directory the Debian package ships (empty) and names in `/etc/govctl/govctl.json`; the one configured
    /// directory that may be missing.
    package static let packageDirectory = "/etc/govctl/procedures"

    /// What `origins` says for a file built into the binary.
    package static let builtInOrigin = "built-in"

    package init(files: [ProcedureFile], origins: [String: String], notes: [String], directories: [String]) {
        self.files = files
        self.origins = origins
        self.notes = notes
        self.directories = directories
    }

    /// Only the files at `paths` (`--procedures DIR`): nothing built in, nothing configured.
    package static func only(_ files: [ProcedureFile]) -> ProcedureSources {
        ProcedureSources(
            files: files, origins: Dictionary(files.map { ($0.path, $0.path) }, uniquingKeysWith: { a, _ in a }),
            notes: [], directories: [])
    }

    /// The built-in files followed by the configured directories' files, later ones replacing earlier procedures of
    /// the same id. A configured directory that does not exist is an error naming its configuration file, unless it
    /// is the package default.
    package static func combine(builtIn: [ProcedureFile], directories: [ConfiguredDirectory]) throws(GovError)
        -> ProcedureSources
    {
        // Ids are read (a parse of each file) only once a configured directory has files that could replace one:
        // with none, as on most machines, loading pays nothing for this.
        var entries = builtIn.map { Entry(file: $0, origin: builtInOrigin, id: nil) }
        var idsRead = false
        var notes: [String] = []
        var used: [String] = []
        for directory in directories where !used.contains(directory.path) {
            let found = BoundedFile.isDirectory(directory.path)
            if case .failure(.missing) = found, directory.path == packageDirectory { continue }
            guard case .success(true) = found else {
                let what: String
                switch found {
                case .success: what = "is not a directory"
                case .failure(.missing): what = "does not exist"
                case .failure(let problem): what = "cannot be read: \(problem.reason)"
                }
                throw GovError(
                    .notFound,
                    "\(directory.configFile):\(directory.position): the procedure directory '\(directory.path)' \(what)",
                    hint: "create it, or remove it from \"procedures\" in \(directory.configFile)")
            }
            used.append(directory.path)
            let files: [ProcedureFile]
            do throws(ProcedureFiles.ReadError) {
                files = try ProcedureFiles.read([directory.path], allowEmpty: true)
            } catch {
                throw GovError(
                    .notFound, "\(error.message) (from \(directory.configFile):\(directory.position))",
                    hint: error.hint)
            }
            if !files.isEmpty, !idsRead {
                entries = entries.map { Entry(file: $0.file, origin: $0.origin, id: procedureId($0.file)) }
                idsRead = true
            }
            let added = files.map { Entry(file: $0, origin: $0.path, id: procedureId($0)) }
            let ids = Set(added.compactMap(\.id))
            for replaced in entries {
                guard let id = replaced.id, ids.contains(id), let by = added.first(where: { $0.id == id }) else {
                    continue
                }
                notes.append(
                    replaced.origin == builtInOrigin
                        ? "\(by.file.path) replaces the built-in \(id)" : "\(by.file.path) replaces \(replaced.origin)")
            }
            // A replacing file takes the place of the one it replaces, so that `list` keeps its order.
            var merged: [Entry] = []
            var placed: Set<String> = []
            for entry in entries {
                guard let id = entry.id, ids.contains(id) else {
                    merged.append(entry)
                    continue
                }
                if placed.insert(id).inserted { merged += added.filter { $0.id == id } }
            }
            entries = merged + added.filter { $0.id.map { !placed.contains($0) } ?? true }
        }
        return ProcedureSources(
            files: entries.map(\.file),
            origins: Dictionary(entries.map { ($0.file.path, $0.origin) }, uniquingKeysWith: { a, _ in a }),
            notes: notes, directories: used)
    }

    /// The directories the configuration files name, in the order the files are read
    /// (`Config.paths(environment:)`); a relative directory is read from the configuration file's directory.
    package static func configuredDirectories(environment: [String: String]) throws(GovError)
        -> [ConfiguredDirectory]
    {
        // Config.load checks every file (unknown keys, types, GOVCTL_CONFIG) and keeps where each directory is
        // written, so no file is read twice.
        try Config.load(environment: environment).procedureDirectories
    }

    /// The procedure id a file declares (`"id"` at the top), read without decoding the rest; `nil` when the file
    /// is not a JSON object with a text id (the loader reports that file as it is).
    package static func procedureId(_ file: ProcedureFile) -> String? {
        guard let root = try? JSONParser.parse(file.bytes).root, case .object(let members) = root.kind,
            let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value.kind
        else { return nil }
        return id
    }

    private struct Entry {
        let file: ProcedureFile
        let origin: String
        let id: String?
    }
}
