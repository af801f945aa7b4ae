/// A system id that a procedure names but does not declare itself: another file may declare it, so it is
/// resolved once every file has been read.
struct SystemReference: Sendable {
    let id: String
    let offset: Int
    /// The budget that names the system, when it is a budget (its message says so).
    let budget: String?
}

/// What the checks across files need of one procedure: its ids, where they are, and the systems it names
/// without declaring them.
struct ProcedureIds: Sendable {
    struct Located: Sendable {
        let id: String
        let offset: Int
    }

    /// A budget's id and where it is, with the system and year `budget` finds it by.
    struct BudgetKey: Sendable {
        let id: String
        let offset: Int
        let system: String
        let year: Int
        let yearOffset: Int?
    }

    let file: String
    let id: String
    /// Where the procedure's `id` is written (`nil` for a procedure built in code).
    let idOffset: Int?
    let systems: [Located]
    let guides: [Located]
    let budgets: [BudgetKey]
    let systemReferences: [SystemReference]
    /// The names each system is found by (`checkUniqueNames`).
    let systemNames: [SystemNames]
    /// Each role's offset, and its names as `checkRoleNames` compares them: made here, with the file, on all cores.
    let roleOffsets: [Int]
    let roleNames: [[CrossReferenceChecker.RoleName]]
    /// Systems the file declares that did not decode (their problems are reported in the file): declared all the same.
    var undecodedSystems: Set<String> = []

    init(_ p: Procedure, systemReferences: [SystemReference]) {
        file = p.file
        id = p.id
        idOffset = p.idOffset
        systems = p.systems.map { Located(id: $0.id, offset: $0.offset) }
        guides = p.guides.map { Located(id: $0.id, offset: $0.offset) }
        budgets = p.budgets.map {
            BudgetKey(id: $0.id, offset: $0.offset, system: $0.system, year: $0.year, yearOffset: $0.yearOffset)
        }
        self.systemReferences = systemReferences
        systemNames = p.systems.map(SystemNames.init)
        roleOffsets = p.roles.map(\.offset)
        roleNames = p.roles.map(CrossReferenceChecker.roleNames)
    }
}

/// Checks what needs every file at once: ids unique across files, names that find one system, role and guide, and
/// systems named in one file that no file declares. Everything a procedure can be checked for on its own is `ProcedureChecker`'s.
struct CrossReferenceChecker {
    let procedures: [ProcedureIds]
    /// The files, for the line and column of a message.
    let files: [ProcedureFile]
    /// The procedures that decoded, for the checks that ask the look-ups themselves (`checkRoleNames`,
    /// `checkGuidePurposes`).
    let catalog: Catalog
    private let sink = DiagnosticSink()
    /// Each file's text by path, made when the first message needs a position.
    private var sources: [String: SourceText]?

    init(procedures: [ProcedureIds], files: [ProcedureFile], catalog: Catalog = Catalog([])) {
        self.procedures = procedures
        self.files = files
        self.catalog = catalog
    }

    /// Reports `code` at a byte offset of `file` (no position when the file is not among `files`).
    mutating func report(_ code: DiagnosticCode, _ file: String, _ offset: Int?, _ message: String, hint: String?) {
        let source = source(file)
        sink.report(code, in: source, at: source.bytes.isEmpty ? nil : offset, message, hint: hint)
    }

    /// `file:line:col` of a byte offset, for a message that names a second place (just `file` without a position).
    mutating func location(_ file: String, _ offset: Int?) -> String {
        let source = source(file)
        guard let offset, !source.bytes.isEmpty else { return file }
        let position = source.position(of: offset)
        return "\(file):\(position.line):\(position.column)"
    }

    private mutating func source(_ file: String) -> SourceText {
        if sources == nil {
            sources = Dictionary(
                files.map { ($0.path, SourceText(path: $0.path, bytes: $0.bytes)) },
                uniquingKeysWith: { first, _ in first })
        }
        return sources?[file] ?? SourceText(path: file, bytes: [])
    }

    /// The checks are independent of each other: each runs on a checker of its own (its own diagnostics), on both
    /// cores (they were the serial tenth of `validate` over 500 files), and their diagnostics come in this order, as
    /// when they ran one after another.
    func check() -> [Diagnostic] {
        let (procedures, files, catalog) = (self.procedures, self.files, self.catalog)
        return ParallelMap.map(Array(0..<6)) { part -> [Diagnostic] in
            var checker = CrossReferenceChecker(procedures: procedures, files: files, catalog: catalog)
            switch part {
            case 0: checker.checkUniqueIds()
            case 1: checker.checkUniqueNames()
            case 2: checker.checkRoleNames()
            case 3: checker.checkGuidePurposes()
            case 4: checker.checkSystems()
            default: checker.checkTestSystems()
            }
            return checker.sink.items
        }.flatMap { $0 }
    }

    /// Procedure, system, guide and budget ids must be unique across all files, and so must a system's budget for a
    /// year (`budget` would show whichever came first). Each message names where the first one is written.
    mutating func checkUniqueIds() {
        let kinds = ["procedure", "system", "guide", "budget"]
        var seen = [[String: (file: String, offset: Int?)]](repeating: [:], count: kinds.count)
        for k in seen.indices { seen[k].reserveCapacity(procedures.count) }
        func claim(_ kind: Int, _ id: String, _ file: String, _ offset: Int?, into checker: inout CrossReferenceChecker)
        {
            if let first = seen[kind][id] {
                checker.report(
                    .duplicateId, file, offset,
                    "duplicate \(kinds[kind]) id '\(id)' (also in \(checker.location(first.file, first.offset)))",
                    hint: "\(kinds[kind]) ids must be unique across all procedure files; rename one")
            } else {
                seen[kind][id] = (file, offset)
            }
        }
        var years: [String: (file: String, offset: Int?, id: String)] = [:]
        for p in procedures {
            claim(0, p.id, p.file, p.idOffset, into: &self)
            for s in p.systems { claim(1, s.id, p.file, s.offset, into: &self) }
            for g in p.guides { claim(2, g.id, p.file, g.offset, into: &self) }
            for b in p.budgets {
                claim(3, b.id, p.file, b.offset, into: &self)
                let key = "\(b.system) \(b.year)"
                if let first = years[key], first.id != b.id {
                    report(
                        .duplicateYear, p.file, b.yearOffset ?? b.offset,
                        "budget '\(b.id)' is a second \(b.year) budget for system '\(b.system)' (the first is '\(first.id)', "
                            + "\(location(first.file, first.offset)))",
                        hint:
                            "'govctl budget \(b.system) --year \(b.year)' could show either; remove one, or correct its "
                            + "year or system")
                } else if years[key] == nil {
                    years[key] = (p.file, b.yearOffset ?? b.offset, b.id)
                }
            }
        }
    }

    /// Systems that a file names without declaring them must be declared in another file.
    mutating func checkSystems() {
        guard procedures.contains(where: { !$0.systemReferences.isEmpty }) else { return }
        let systemIds = Set(procedures.flatMap(\.systems).map(\.id)).union(procedures.flatMap(\.undecodedSystems))
        for p in procedures {
            for reference in p.systemReferences where !systemIds.contains(reference.id) {
                if let budget = reference.budget {
                    report(
                        .unknownSystem, p.file, reference.offset,
                        "budget '\(budget)' is for unknown system '\(reference.id)'",
                        hint: "declare the system under \"systems\"")
                    continue
                }
                let suggestion = Suggestions.closest(to: reference.id, among: systemIds.sorted())
                report(
                    .unknownSystem, p.file, reference.offset, "unknown system '\(reference.id)'",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "declare it under \"systems\" in a procedure file")
            }
        }
    }
}
