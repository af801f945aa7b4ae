import Foundation

/// `budget`: a system's budget for a year with its financing split, and optionally who pays for an adaptation.
package struct BudgetQuery: Sendable {
    /// An adaptation to ask about: its cost, and the id of the guide's choice that says its scope (e.g. `shared`).
    package struct Adaptation: Sendable {
        /// The cost as the user wrote it; read exactly by `AmountInput` (a usage error otherwise), then given to the
        /// guide as its `adaptation` number fact.
        package var amount: String
        package var scope: String?

        package init(amount: String, scope: String? = nil) {
            self.amount = amount
            self.scope = scope
        }
    }

    /// The system's name or alias, in any case.
    package var system: String
    /// The budget year; `nil` means the latest year with a budget.
    package var year: Int?
    package var adaptation: Adaptation?
    package var now: TimeInput
    package var language: Language?

    package init(
        system: String, year: Int? = nil, adaptation: Adaptation? = nil, now: TimeInput, language: Language? = nil
    ) {
        self.system = system
        self.year = year
        self.adaptation = adaptation
        self.now = now
        self.language = language
    }

    /// The budget worked out, and the adaptation guide's result when one was asked about.
    package struct Answer: Sendable {
        package let report: BudgetReport
        package let adaptation: GuideResult?
        /// The procedures the answer comes from (for warnings about expired documents).
        package var procedures: [Procedure] { [report.procedure] + (adaptation.map { [$0.procedure] } ?? []) }
    }

    /// Throws `notFound` for an unknown system, a system or year without a budget, or no rule on adaptations.
    package func answer(in catalog: Catalog) throws(GovError) -> Answer {
        let (system, _) = try catalog.system(named: self.system)
        let candidates = catalog.procedures.flatMap { p in p.budgets.filter { $0.system == system.id }.map { ($0, p) } }
        guard !candidates.isEmpty else {
            throw GovError(
                .notFound, "no budget for '\(system.name)'",
                hint: "budgets: "
                    + catalog.procedures.flatMap(\.budgets).map { "\($0.system) \($0.year)" }.joined(separator: ", "))
        }
        let years = candidates.map(\.0.year).sorted()
        let year = self.year ?? years.last ?? 0
        guard let (budget, procedure) = candidates.first(where: { $0.0.year == year }) else {
            throw GovError(
                .notFound, "no \(year) budget for '\(system.name)'",
                hint: "years with a budget: \(years.map(String.init).joined(separator: ", "))")
        }
        let report = BudgetReport(budget: budget, in: procedure)
        guard let adaptation else { return Answer(report: report, adaptation: nil) }
        return Answer(report: report, adaptation: try whoPays(for: adaptation, system, catalog))
    }

    /// Runs the procedure's `budget-adaptation` guide: the amount is its `adaptation` fact; the scope picks the
    /// choice with that id.
    func whoPays(for adaptation: Adaptation, _ system: SystemEntry, _ catalog: Catalog) throws(GovError) -> GuideResult
    {
        guard let (guide, procedure) = try catalog.guide(purpose: GuidePurpose.budgetAdaptation.rawValue, for: system)
        else {
            throw GovError(
                .notFound, "no procedure says who pays for adaptations of '\(system.name)'",
                hint: "see 'govctl show' for its procedure")
        }
        var request = GuideRequest(
            system: system, now: try now.date(inZone: procedure.document.timeZone), language: language)
        let amount = try AmountInput.read(adaptation.amount, option: "--adaptation")
        request.textFacts["adaptation"] = MoneyFormat.plain(amount)
        if let scope = adaptation.scope {
            guard let fact = guide.facts.first(where: { $0.kind == .choice && $0.choices.contains { $0.id == scope } })
            else {
                throw GovError(
                    .usage, "the procedure for '\(system.name)' has no '\(scope)' choice",
                    hint: "see 'govctl guide \(guide.id) --help'")
            }
            request.textFacts[fact.id] = scope
        }
        return try GuideEvaluator.evaluate(guide, in: procedure, request: request)
    }
}
