import Foundation

/// Checks one procedure on its own, right after it is decoded (so that `validate` can then let the model go): ids
/// unique within the file, references that resolve, rules and placeholders that read only declared facts, budgets
/// that balance, documents still valid. A system it names but does not declare is left for `CrossReferenceChecker`.
struct ProcedureChecker {
    /// Facts govctl itself provides to every rule and text.
    static let builtInFacts = ["now", "system"]

    let procedure: Procedure
    let source: SourceText
    let today: CalendarDate
    /// Entries the file declares that did not decode: references to them are not reported again.
    let undecoded: UndecodedIds
    /// The checks asked for beyond what every command needs: citations, lints.
    let checks: LoadChecks
    private let sink: DiagnosticSink
    /// What the checks found.
    var out: [Diagnostic] { sink.items }
    /// Systems the procedure names without declaring them: another file may declare them.
    private(set) var systemReferences: [SystemReference] = []

    init(
        _ procedure: Procedure, source: SourceText, today: CalendarDate, undecoded: UndecodedIds = UndecodedIds(),
        checks: LoadChecks = .all
    ) {
        self.procedure = procedure
        self.source = source
        self.today = today
        self.undecoded = undecoded
        self.checks = checks
        sink = DiagnosticSink(source: source, checks: checks)
    }

    func report(_ code: DiagnosticCode, _ offset: Int?, _ message: String, hint: String?) {
        sink.report(code, at: offset, message, hint: hint)
    }

    /// Runs every check of the procedure.
    mutating func check() {
        let p = procedure
        checkLocalIds(p)
        checkDocument(p)
        checkReferences(p)
        for guide in p.guides { checkGuide(guide, in: p) }
        for budget in p.budgets { checkBudget(budget) }
        checkTests(p)
        checkTestFactValues(p)
        if checks.contains(.citations), !p.document.outline.isEmpty {
            // One index for both checks: each citation is resolved once (`SectionIndex.resolveParts`).
            let index = SectionIndex(p.document.outline)
            CitationChecks.check(p, index) { code, offset, message, hint in
                report(code, offset, message, hint: hint)
            }
            FingerprintChecks.check(p, index, readingSource: checks.contains(.sourceText)) {
                code, offset, message, hint in report(code, offset, message, hint: hint)
            }
        }
    }

    /// Ids that must be unique within one procedure file.
    mutating func checkLocalIds(_ p: Procedure) {
        for i in Repeats.positions(in: p.roles.map(\.id)) {
            report(
                .duplicateId, p.roles[i].offset, "duplicate role id '\(p.roles[i].id)'", hint: "rename one of them")
        }
        for i in Repeats.positions(in: p.routes.map(\.id)) {
            report(
                .duplicateId, p.routes[i].offset, "duplicate route id '\(p.routes[i].id)'", hint: "rename one of them"
            )
        }
    }

    mutating func checkDocument(_ p: Procedure) {
        if let until = p.document.validUntil, until < today {
            let (message, hint) = ProcedureNotices.expired(p, in: .en)
            report(.expired, nil, message, hint: hint)
        }
        for role in p.roles where checks.contains(.lints) && role.holders.isEmpty && !role.holderNotNamed {
            report(
                .noHolder, role.offset,
                "the source names the role '\(role.name.resolve(.en, fallback: p.document.language))' but no holder",
                hint: "add \"holders\" when the source names one, or \"holderNotNamed\": true when it names none")
        }
    }

    mutating func checkReferences(_ p: Procedure) {
        let roleIds = p.roles.map(\.id)
        func system(_ id: String, _ offset: Int, budget: String? = nil, _ checker: inout ProcedureChecker) {
            guard !p.systems.contains(where: { $0.id == id }) else { return }
            checker.systemReferences.append(SystemReference(id: id, offset: offset, budget: budget))
        }
        for role in p.roles { for s in role.systems { system(s, role.offset, &self) } }
        for route in p.routes {
            for s in route.systems { system(s, route.offset, &self) }
            if let role = route.role, !roleIds.contains(role), !undecoded.contains("roles", role) {
                report(
                    .unknownRole, route.offset, "route '\(route.id)' names unknown role '\(role)'",
                    hint: unknownRoleHint(role, among: roleIds))
            }
        }
        for guide in p.guides {
            for s in guide.systems { system(s, guide.offset, &self) }
            for step in guide.steps {
                if let role = step.role, !roleIds.contains(role), !undecoded.contains("roles", role) {
                    report(
                        .unknownRole, step.offset, "step '\(step.id)' names unknown role '\(role)'",
                        hint: unknownRoleHint(role, among: roleIds))
                }
            }
        }
        for budget in p.budgets { system(budget.system, budget.totalOffset, budget: budget.id, &self) }
    }

    mutating func checkGuide(_ guide: Guide, in p: Procedure) {
        let factIds = guide.facts.map(\.id)
        var known = Self.builtInFacts + factIds + undecoded["facts"] + undecoded["derived"]
        let names = factIds + guide.derived.map(\.id)
        for (kind, ids) in [
            ("fact or derived value", names), ("step", guide.steps.map(\.id)), ("text", guide.texts.map(\.id)),
        ] {
            for i in Repeats.positions(in: ids) {
                report(
                    .duplicateId, guide.offset, "\(kind) id '\(ids[i])' is used twice in guide '\(guide.id)'",
                    hint: "give each \(kind) of a guide its own id")
            }
        }
        for name in names where Self.builtInFacts.contains(name) {
            report(
                .reservedName, guide.offset, "'\(name)' is a name govctl provides itself",
                hint: "rename the fact; \(Self.builtInFacts.joined(separator: " and ")) are built in")
        }
        if let applies = guide.appliesWhen { checkReads(applies, known: Self.builtInFacts) }
        for (i, derived) in guide.derived.enumerated() {
            checkReads(derived.logic, known: known, reader: derived.id, later: guide.derived[i...].map(\.id))
            known.append(derived.id)
            if let fact = derived.interpretationWhenNotGiven,
                !guide.facts.contains(where: { $0.id == fact && $0.value == nil })
            {
                report(
                    .undeclaredFact, derived.interpretationWhenNotGivenOffset ?? derived.offset,
                    "'interpretationWhenNotGiven' of derived value '\(derived.id)' names '\(fact)', which is not a fact "
                        + "the user can give in guide '\(guide.id)'",
                    hint: "name one of the guide's facts without a fixed 'value'")
            }
        }
        for step in guide.steps {
            if let when = step.when { checkReads(when, known: known) }
            checkPlaceholders(step.text, known: known, offset: step.offset)
        }
        for text in guide.texts {
            if let when = text.when { checkReads(when, known: known) }
            checkPlaceholders(text.text, known: known, offset: text.offset)
        }
        if let monitor = guide.monitor {
            checkMonitor(monitor, guide)
            checkMonitorStates(monitor, guide)
        }
        checkFactValues(guide)
    }

    /// A monitor names a derived state, a time fact, a deadline fact and a derived condition of its own guide.
    mutating func checkMonitor(_ m: Monitor, _ guide: Guide) {
        let derived = guide.derived.map(\.id) + undecoded["derived"]
        var names: [(String, String?, [String], String)] = [
            ("state", m.state, derived, "a derived value"),
            ("since", m.since, guide.facts.filter { $0.kind == .time }.map(\.id), "a fact of type time"),
        ]
        // A deadline that names a choice or text fact would be dropped with its threshold when the status is shown.
        let numbers = guide.facts.filter { $0.kind == .number }.map(\.id) + undecoded["facts"]
        names.append(("deadlineMinutes", m.deadlineMinutes, numbers, "a number fact"))
        names.append(("deadlineApplies", m.deadlineApplies, derived, "a derived value"))
        for (key, value, allowed, what) in names {
            guard let value, !allowed.contains(value) else { continue }
            report(
                .unknownReference, guide.offset,
                "'monitor.\(key)' names '\(value)', which is not \(what) of guide '\(guide.id)'",
                hint: Suggestions.closest(to: value, among: allowed).map { "did you mean '\($0)'?" }
                    ?? (allowed.isEmpty
                        ? "declare \(what) in the guide's 'facts' and name it here"
                        : "use one of: \(allowed.joined(separator: ", "))"))
        }
        checkDeadlineBounds(m, guide)
    }

    /// A rule reads only what is `known` to it; the rule of derived value `reader` may not read those derived
    /// `later` (further down the list, or itself), which are not worked out yet when it runs.
    mutating func checkReads(_ field: LogicField, known: [String], reader: String? = nil, later: [String] = []) {
        for path in field.rule.readPaths where !known.contains(path[0]) {
            if let reader, later.contains(path[0]) {
                reportOutOfOrder(field, reader: reader, reads: path[0])
                continue
            }
            let suggestion = Suggestions.closest(to: path[0], among: known)
            report(
                .undeclaredFact, field.offset,
                "the rule reads '\(path.joined(separator: "."))', which is not a declared fact",
                hint: suggestion.map { "did you mean '\($0)'?" } ?? "declare '\(path[0])' under the guide's \"facts\"")
        }
    }

    mutating func checkPlaceholders(_ text: LocalizedText, known: [String], offset: Int) {
        for language in Language.allCases {
            for name in text[language].map(Template.placeholders(in:)) ?? [] {
                let root = name.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(name[..<$0]) } ?? name
                guard !known.contains(root) else { continue }
                let suggestion = Suggestions.closest(to: root, among: known)
                report(
                    .unknownPlaceholder, offset, "placeholder '{{\(name)}}' names no fact",
                    hint: suggestion.map { "did you mean '{{\($0)}}'?" }
                        ?? "declare '\(root)' under the guide's \"facts\"")
            }
        }
    }
}
