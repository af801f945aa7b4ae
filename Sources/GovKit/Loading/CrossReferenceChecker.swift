import Foundation

/// Checks what no single object can: ids unique across files, references that resolve,
/// rules and placeholders that read only declared facts, budgets that balance, documents still valid.
struct CrossReferenceChecker: Sendable {
    /// Facts govctl itself provides to every rule and text.
    static let builtInFacts = ["now", "system"]

    let procedures: [Procedure]
    let sources: [String: SourceText]
    let today: CalendarDate
    private var out: [Diagnostic] = []

    init(procedures: [Procedure], sources: [String: SourceText], today: CalendarDate) {
        self.procedures = procedures
        self.sources = sources
        self.today = today
    }

    mutating func report(_ code: String, _ file: String, _ offset: Int?, _ message: String, hint: String?,
                         severity: Diagnostic.Severity = .error) {
        let position = offset.flatMap { sources[file]?.position(of: $0) }
        out.append(Diagnostic(severity, code: code, file: file, position: position, message: message, hint: hint))
    }

    func check() -> [Diagnostic] {
        var checker = self
        checker.checkUniqueIds()
        let systemIds = Set(procedures.flatMap(\.systems).map(\.id))
        // After the ids, each procedure is checked on its own, so the procedures are spread over the cores.
        let perProcedure = ParallelMap.map(procedures) { procedure in
            var checker = self
            checker.checkLocalIds(procedure)
            checker.checkDocument(procedure)
            checker.checkReferences(procedure, systemIds: systemIds)
            for guide in procedure.guides { checker.checkGuide(guide, in: procedure) }
            for budget in procedure.budgets { checker.checkBudget(budget, in: procedure.file) }
            checker.checkTests(procedure)
            return checker.out
        }
        return checker.out + perProcedure.joined()
    }

    /// Ids that must be unique across all files (the one pass that needs every procedure at once).
    mutating func checkUniqueIds() {
        let kinds = ["procedure", "system", "guide", "budget"]
        var seen = [[String: String]](repeating: [:], count: kinds.count)
        for k in seen.indices { seen[k].reserveCapacity(procedures.count) }
        func claim(_ kind: Int, _ id: String, _ file: String, _ offset: Int?, into checker: inout CrossReferenceChecker) {
            if let first = seen[kind][id] {
                checker.report("duplicate-id", file, offset, "duplicate \(kinds[kind]) id '\(id)' (also in \(first))",
                               hint: "\(kinds[kind]) ids must be unique across all procedure files; rename one")
            } else {
                seen[kind][id] = file
            }
        }
        for p in procedures {
            claim(0, p.id, p.file, nil, into: &self)
            for s in p.systems { claim(1, s.id, p.file, s.offset, into: &self) }
            for g in p.guides { claim(2, g.id, p.file, g.offset, into: &self) }
            for b in p.budgets { claim(3, b.id, p.file, nil, into: &self) }
        }
    }

    /// Ids that must be unique within one procedure file.
    mutating func checkLocalIds(_ p: Procedure) {
        for (kind, ids) in [("role", p.roles.map { ($0.id, $0.offset) }), ("route", p.routes.map { ($0.id, $0.offset) })] {
            var seen = Set<String>()
            for (id, offset) in ids where !seen.insert(id).inserted {
                report("duplicate-id", p.file, offset, "duplicate \(kind) id '\(id)'", hint: "rename one of them")
            }
        }
    }

    mutating func checkDocument(_ p: Procedure) {
        if let until = p.document.validUntil, until < today {
            report("expired", p.file, nil,
                   "the source document expired on \(until) (\(p.document.documentId ?? p.id))",
                   hint: "ask the document owner for the current version; the guidance may be out of date", severity: .warning)
        }
        for role in p.roles where role.holders.isEmpty {
            report("no-holder", p.file, role.offset,
                   "the source names the role '\(role.name.resolve(.en, fallback: p.document.language))' but no holder",
                   hint: "govctl says so in its output; add \"holders\" when the source names one", severity: .warning)
        }
    }

    mutating func checkReferences(_ p: Procedure, systemIds: Set<String>) {
        let roleIds = p.roles.map(\.id)
        func system(_ id: String, _ offset: Int, _ checker: inout CrossReferenceChecker) {
            guard !systemIds.contains(id) else { return }
            let suggestion = Suggestions.closest(to: id, among: systemIds.sorted())
            checker.report("unknown-system", p.file, offset, "unknown system '\(id)'",
                           hint: suggestion.map { "did you mean '\($0)'?" } ?? "declare it under \"systems\" in a procedure file")
        }
        for role in p.roles { for s in role.systems { system(s, role.offset, &self) } }
        for route in p.routes {
            for s in route.systems { system(s, route.offset, &self) }
            if let role = route.role, !roleIds.contains(role) {
                report("unknown-role", p.file, route.offset, "route '\(route.id)' names unknown role '\(role)'",
                       hint: Suggestions.closest(to: role, among: roleIds).map { "did you mean '\($0)'?" } ?? "declare the role under \"roles\"")
            }
        }
        for guide in p.guides {
            for s in guide.systems { system(s, guide.offset, &self) }
            for step in guide.steps {
                if let role = step.role, !roleIds.contains(role) {
                    report("unknown-role", p.file, step.offset, "step '\(step.id)' names unknown role '\(role)'",
                           hint: Suggestions.closest(to: role, among: roleIds).map { "did you mean '\($0)'?" } ?? "declare the role under \"roles\"")
                }
            }
        }
        for budget in p.budgets where !systemIds.contains(budget.system) {
            report("unknown-system", p.file, budget.totalOffset, "budget '\(budget.id)' is for unknown system '\(budget.system)'",
                   hint: "declare the system under \"systems\"")
        }
    }

    mutating func checkGuide(_ guide: Guide, in p: Procedure) {
        var known = Self.builtInFacts + guide.facts.map(\.id)
        for (kind, ids) in [("fact or derived value", guide.facts.map(\.id) + guide.derived.map(\.id)),
                            ("step", guide.steps.map(\.id)), ("text", guide.texts.map(\.id))] {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                report("duplicate-id", p.file, guide.offset, "\(kind) id '\(id)' is used twice in guide '\(guide.id)'",
                       hint: "give each \(kind) of a guide its own id")
            }
        }
        for name in guide.facts.map(\.id) + guide.derived.map(\.id) where Self.builtInFacts.contains(name) {
            report("reserved-name", p.file, guide.offset, "'\(name)' is a name govctl provides itself",
                   hint: "rename the fact; \(Self.builtInFacts.joined(separator: " and ")) are built in")
        }
        if let applies = guide.appliesWhen { checkReads(applies, known: Self.builtInFacts, file: p.file) }
        for derived in guide.derived {
            checkReads(derived.logic, known: known, file: p.file)
            known.append(derived.id)
        }
        for step in guide.steps {
            if let when = step.when { checkReads(when, known: known, file: p.file) }
            checkPlaceholders(step.text, known: known, file: p.file, offset: step.offset)
        }
        for text in guide.texts {
            if let when = text.when { checkReads(when, known: known, file: p.file) }
            checkPlaceholders(text.text, known: known, file: p.file, offset: text.offset)
        }
        if let monitor = guide.monitor { checkMonitor(monitor, guide, p.file) }
    }

    /// A monitor names a derived state, a time fact, a deadline fact and a derived condition of its own guide.
    mutating func checkMonitor(_ m: Monitor, _ guide: Guide, _ file: String) {
        let derived = guide.derived.map(\.id)
        let facts = guide.facts.map(\.id)
        var names: [(String, String?, [String], String)] = [
            ("state", m.state, derived, "a derived value"),
            ("since", m.since, guide.facts.filter { $0.kind == .time }.map(\.id), "a fact of type time"),
        ]
        names.append(("deadlineMinutes", m.deadlineMinutes, facts, "a fact"))
        names.append(("deadlineApplies", m.deadlineApplies, derived, "a derived value"))
        for (key, value, allowed, what) in names {
            guard let value, !allowed.contains(value) else { continue }
            report("unknown-reference", file, guide.offset, "'monitor.\(key)' names '\(value)', which is not \(what) of guide '\(guide.id)'",
                   hint: Suggestions.closest(to: value, among: allowed).map { "did you mean '\($0)'?" } ?? "use one of: \(allowed.joined(separator: ", "))")
        }
    }

    mutating func checkReads(_ field: LogicField, known: [String], file: String) {
        for path in field.rule.readPaths where !known.contains(path[0]) {
            let suggestion = Suggestions.closest(to: path[0], among: known)
            report("undeclared-fact", file, field.offset, "the rule reads '\(path.joined(separator: "."))', which is not a declared fact",
                   hint: suggestion.map { "did you mean '\($0)'?" } ?? "declare '\(path[0])' under the guide's \"facts\"")
        }
    }

    mutating func checkPlaceholders(_ text: LocalizedText, known: [String], file: String, offset: Int) {
        for language in Language.allCases {
            for name in text.withUTF8(language, Template.placeholders(inUTF8:)) ?? [] {
                let root = name.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
                guard !known.contains(root) else { continue }
                let suggestion = Suggestions.closest(to: root, among: known)
                report("unknown-placeholder", file, offset, "placeholder '{{\(name)}}' names no fact",
                       hint: suggestion.map { "did you mean '{{\($0)}}'?" } ?? "declare '\(root)' under the guide's \"facts\"")
            }
        }
    }
}
