import Foundation

/// Every procedure that loaded, and every problem found on the way (sorted by file and position).
package struct ProcedureSet: Sendable {
    package let procedures: [Procedure]
    package let diagnostics: [Diagnostic]

    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Load → check: parses, decodes and checks each file, then checks what needs all of them.
package enum ProcedureLoader {
    /// Loads `files`; `today` decides which documents have expired (a warning).
    package static func load(_ files: [ProcedureFile], today: CalendarDate) -> ProcedureSet {
        let loaded = run(files.map(Input.inMemory), today: today, keepingModels: true)
        return ProcedureSet(procedures: loaded.procedures, diagnostics: loaded.diagnostics)
    }

    /// Checks `files` exactly as `load` does, but lets each procedure's model go as soon as its file is checked.
    package static func check(_ files: [ProcedureFile], today: CalendarDate) -> [Diagnostic] {
        run(files.map(Input.inMemory), today: today, keepingModels: false).diagnostics
    }

    /// Checks the files at `paths` (as `ProcedureFiles.list` finds them) exactly as `load` does, reading each file
    /// when it is checked and letting it and its model go afterwards: what `validate` needs over thousands of
    /// files, whose bytes and models would otherwise fill hundreds of megabytes. Returns how many files there were.
    package static func check(paths: [String], today: CalendarDate) throws(ProcedureFiles.NotFound) -> (
        files: Int, diagnostics: [Diagnostic]
    ) {
        let listed = try ProcedureFiles.list(paths)
        let checked = run(listed.map(Input.onDisk), today: today, keepingModels: false)
        if let unreadable = checked.unreadable { throw ProcedureFiles.NotFound(path: unreadable) }
        return (listed.count, checked.diagnostics)
    }

    /// A file to load: already in memory, or on disk and read when its turn comes.
    enum Input: Sendable {
        case inMemory(ProcedureFile)
        case onDisk(String)
    }

    static func run(_ inputs: [Input], today: CalendarDate, keepingModels: Bool) -> (
        procedures: [Procedure], diagnostics: [Diagnostic], unreadable: String?
    ) {
        // Files are independent until the checks across files, so they are read and checked on all cores.
        let results = ParallelMap.map(inputs) { input in loadFile(input, today: today, keepingModel: keepingModels) }
        var procedures: [Procedure] = []
        var ids: [ProcedureIds] = []
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        ids.reserveCapacity(inputs.count)
        for result in results {
            guard result.readable else { return ([], [], result.path) }
            if let kept = result.kept { sources[kept.path] = kept }
            if let procedure = result.procedure { procedures.append(procedure) }
            if let found = result.ids { ids.append(found) }
            diagnostics += result.diagnostics
        }
        diagnostics += CrossReferenceChecker(procedures: ids, sources: sources).check()
        return (procedures, Diagnostic.sorted(diagnostics), nil)
    }

    /// One file, read and checked on its own.
    struct FileResult: Sendable {
        let path: String
        let readable: Bool
        /// The file's text, kept for positions in messages across files; `nil` when the file can be read again.
        let kept: SourceText?
        /// The model, unless it was let go.
        let procedure: Procedure?
        /// What the checks across files need, when the file decoded into a procedure.
        let ids: ProcedureIds?
        let diagnostics: [Diagnostic]
    }

    /// Read → parse → decode → check for one file: everything but the checks across files.
    static func loadFile(_ input: Input, today: CalendarDate, keepingModel: Bool) -> FileResult {
        let source: SourceText
        // Bytes already in memory stay (they cost nothing more); a file read from disk is let go after its checks
        // unless the model keeps its texts anyway, or it cannot be read again (a pipe).
        var keepBytes = true
        switch input {
        case .inMemory(let file):
            source = SourceText(path: file.path, bytes: file.bytes)
        case .onDisk(let path):
            guard let read = ProcedureFiles.readBytes(path) else {
                return FileResult(path: path, readable: false, kept: nil, procedure: nil, ids: nil, diagnostics: [])
            }
            source = SourceText(path: path, bytes: read.bytes)
            keepBytes = keepingModel || !read.isRegular
        }
        let (procedure, items) = decodeFile(source)
        let kept = keepBytes ? source : nil
        guard let procedure else {
            return FileResult(
                path: source.path, readable: true, kept: kept, procedure: nil, ids: nil, diagnostics: items)
        }
        var checker = ProcedureChecker(procedure, source: source, today: today)
        checker.check()
        return FileResult(
            path: source.path, readable: true, kept: kept, procedure: keepingModel ? procedure : nil,
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
