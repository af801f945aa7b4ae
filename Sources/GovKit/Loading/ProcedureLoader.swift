import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// A procedure file's name and content, from disk or from the bundle inside the binary.
public struct ProcedureFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Every procedure that loaded, and every problem found on the way (sorted by file and position).
public struct ProcedureSet: Sendable {
    public let procedures: [Procedure]
    public let diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Load → check: parses and decodes each file, then checks references across all of them.
public enum ProcedureLoader {
    /// Loads `files`; `today` decides which documents have expired (a warning).
    public static func load(_ files: [ProcedureFile], today: CalendarDate) -> ProcedureSet {
        run(files, today: today, keepingModels: true)
    }

    /// Checks `files` exactly as `load` does, but lets each procedure's model go as soon as its file is checked:
    /// what `validate` needs, over thousands of files whose models would fill hundreds of megabytes.
    public static func check(_ files: [ProcedureFile], today: CalendarDate) -> [Diagnostic] {
        run(files, today: today, keepingModels: false).diagnostics
    }

    static func run(_ files: [ProcedureFile], today: CalendarDate, keepingModels: Bool) -> ProcedureSet {
        // Files are independent until the checks across files, so they are read and checked on all cores.
        let results = ParallelMap.map(files) { file in loadFile(file, today: today, keepingModel: keepingModels) }
        var procedures: [Procedure] = []
        var ids: [ProcedureIds] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        ids.reserveCapacity(files.count)
        for (file, result) in zip(files, results) {
            sources[file.path] = SourceText(path: file.path, bytes: file.bytes)
            if let procedure = result.procedure { procedures.append(procedure) }
            if let found = result.ids { ids.append(found) }
            diagnostics += result.diagnostics
        }
        diagnostics += CrossReferenceChecker(procedures: ids, sources: sources).check()
        return ProcedureSet(procedures: procedures, diagnostics: Diagnostic.sorted(diagnostics))
    }

    /// One file, read and checked on its own.
    struct FileResult: Sendable {
        /// The model, unless it was let go.
        let procedure: Procedure?
        /// What the checks across files need, when the file decoded into a procedure.
        let ids: ProcedureIds?
        let diagnostics: [Diagnostic]
    }

    /// Parse → decode → check for one file: everything but the checks across files.
    static func loadFile(_ file: ProcedureFile, today: CalendarDate, keepingModel: Bool) -> FileResult {
        let source = SourceText(path: file.path, bytes: file.bytes)
        let (procedure, items) = decodeFile(source)
        guard let procedure else { return FileResult(procedure: nil, ids: nil, diagnostics: items) }
        var checker = ProcedureChecker(procedure, source: source, today: today)
        checker.check()
        return FileResult(procedure: keepingModel ? procedure : nil,
                          ids: ProcedureIds(procedure, systemReferences: checker.systemReferences),
                          diagnostics: items + checker.out)
    }

    /// Parse → decode for one file.
    static func decodeFile(_ source: SourceText) -> (Procedure?, [Diagnostic]) {
        let sink = DiagnosticSink(source: source)
        var procedure: Procedure?
        do throws(JSONSyntaxIssue) {
            let parsed = try JSONParser.parse(source.bytes)
            for duplicate in parsed.duplicateKeys {
                sink.error("duplicate-key", at: duplicate.offset, duplicate.message, hint: duplicate.hint)
            }
            procedure = ProcedureDecoder.decode(parsed.root, sink: sink)
        } catch {
            sink.error("json-syntax", at: error.offset, error.message, hint: error.hint)
        }
        return (procedure, sink.items)
    }
}

/// Reads procedure files from paths: a file is read as given, a directory contributes its `*.json` files.
public enum ProcedureFiles {
    /// A path that does not exist or cannot be read.
    public struct NotFound: Error, Sendable {
        public let path: String
    }

    public static func read(_ paths: [String]) throws(NotFound) -> [ProcedureFile] {
        var chosen: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw NotFound(path: path) }
            if isDirectory.boolValue {
                let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
                chosen += names.map { (path as NSString).appendingPathComponent($0) }
            } else {
                chosen.append(path)
            }
        }
        // Read on all cores: with thousands of files, reading is a good part of `validate`.
        let contents = ParallelMap.map(chosen) { path in readBytes(path) }
        var files: [ProcedureFile] = []
        files.reserveCapacity(chosen.count)
        for (path, bytes) in zip(chosen, contents) {
            guard let bytes else { throw NotFound(path: path) }
            files.append(ProcedureFile(path: path, bytes: bytes))
        }
        return files
    }

    /// A whole file's bytes straight into an array (no `Data` to copy from), or `nil` when it cannot be read.
    /// A regular file is read into an array of its size; a pipe (`<(…)`, `/dev/stdin`) until its end.
    static func readBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return readToEnd(fd) }
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
        return failed ? nil : bytes
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
