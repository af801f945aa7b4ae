/// Every procedure that loaded, and every problem found on the way (sorted by file and position).
package struct ProcedureSet: Sendable {
    package let procedures: [Procedure]
    package let diagnostics: [Diagnostic]

    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// Warnings and notes: what commands pass on to stderr (a document past its valid-until date, for one).
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity != .error } }
}

/// Load → check: parses, decodes and checks each file, then checks what needs all of them. Every command,
/// `validate` included, loads procedures through `load`.
package enum ProcedureLoader {
    /// Loads `files`; `today` decides which documents have expired (a warning). `checks` adds the checks only
    /// `validate`, `test` and `trace` ask for (`LoadChecks`): the default is every check, a command that only runs
    /// procedures passes `.run`.
    package static func load(_ files: [ProcedureFile], today: CalendarDate, checks: LoadChecks = .all) -> ProcedureSet {
        load(files, checks: checks) { _ in today }
    }

    /// Loads `files`; a document has expired when its date has passed in its own zone, on `clock`.
    package static func load(_ files: [ProcedureFile], clock: Clock, checks: LoadChecks = .all) -> ProcedureSet {
        load(files, checks: checks) { zone in clock.today(inZone: zone) }
    }

    /// Loads `files`; `today` gives the day in a procedure's zone, which decides whether its document has expired.
    static func load(
        _ files: [ProcedureFile], checks: LoadChecks, today: @Sendable (String) -> CalendarDate
    ) -> ProcedureSet {
        // Files are independent until the checks across files, so they are decoded and checked on all cores.
        let results = ParallelMap.map(files) { file in loadFile(file, today: today, checks: checks) }
        var procedures: [Procedure] = []
        var ids: [ProcedureIds] = []
        var diagnostics: [Diagnostic] = []
        ids.reserveCapacity(files.count)
        procedures.reserveCapacity(files.count)
        for result in results {
            if let procedure = result.procedure { procedures.append(procedure) }
            if let found = result.ids { ids.append(found) }
            diagnostics += result.diagnostics
        }
        diagnostics += CrossReferenceChecker(procedures: ids, files: files, catalog: Catalog(procedures)).check()
        diagnostics += WritableByOthers.diagnostics(files)
        return ProcedureSet(procedures: procedures, diagnostics: Diagnostic.sorted(diagnostics))
    }

    /// The problems in `files`: what `load` reports with every check.
    package static func check(_ files: [ProcedureFile], today: CalendarDate) -> [Diagnostic] {
        load(files, today: today, checks: .all).diagnostics
    }

    /// Reads the files at `paths` (`ProcedureFiles.read`) and reports what `load` reports, with how many files
    /// there were.
    package static func check(paths: [String], today: CalendarDate) throws(ProcedureFiles.ReadError) -> (
        files: Int, diagnostics: [Diagnostic]
    ) {
        let files = try ProcedureFiles.read(paths)
        return (files.count, check(files, today: today))
    }

    /// One file, decoded and checked on its own.
    struct FileResult: Sendable {
        let procedure: Procedure?
        /// What the checks across files need, when the file decoded into a procedure.
        let ids: ProcedureIds?
        let diagnostics: [Diagnostic]
    }

    /// Parse → decode → check for one file: everything but the checks across files.
    static func loadFile(
        _ file: ProcedureFile, today: (String) -> CalendarDate, checks: LoadChecks = .all
    ) -> FileResult {
        let source = SourceText(path: file.path, bytes: file.bytes)
        var checks = checks
        if file.builtIn { checks.remove(.sourceText) }
        let (procedure, items, undecoded) = decodeFile(source, checks: checks)
        guard let procedure else { return FileResult(procedure: nil, ids: nil, diagnostics: items) }
        var checker = ProcedureChecker(
            procedure, source: source, today: today(procedure.document.timeZone), undecoded: undecoded,
            checks: checks)
        checker.check()
        var ids = ProcedureIds(procedure, systemReferences: checker.systemReferences)
        ids.undecodedSystems = undecoded["systems"]
        return FileResult(procedure: procedure, ids: ids, diagnostics: items + checker.out)
    }

    /// Parse → decode for one file: the procedure, the problems, and the ids of the entries that did not decode.
    static func decodeFile(_ source: SourceText, checks: LoadChecks = .all) -> (Procedure?, [Diagnostic], UndecodedIds)
    {
        let sink = DiagnosticSink(source: source, checks: checks)
        var procedure: Procedure?
        do throws(JSONSyntaxIssue) {
            let parsed = try JSONParser.parse(source.bytes)
            for duplicate in parsed.duplicateKeys {
                sink.error(.duplicateKey, at: duplicate.offset, duplicate.message, hint: duplicate.hint)
            }
            procedure = ProcedureDecoder.decode(parsed.root, sink: sink)
            // A warning that only `validate` reports (`LoadChecks.lints`): a pass over every byte of the file.
            if checks.contains(.lints) { LeftoverTodos.check(parsed.root, bytes: source.bytes, sink: sink) }
        } catch {
            sink.error(.jsonSyntax, at: error.offset, error.message, hint: error.hint)
        }
        return (procedure, sink.items, sink.undecoded)
    }
}
