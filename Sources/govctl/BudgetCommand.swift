import Foundation
import GovKit

enum BudgetCommand {
    static let command = Command(
        name: "budget",
        summary: "a system's budget: lines, total, financing split, invoicing; who pays for an adaptation",
        usage:
            "govctl budget SYSTEM [--year YEAR] [--adaptation AMOUNT [--shared | --provider-specific]] [--format text|csv|json]",
        description: """
            Amounts are exact (whole kronor or decimals from text, never binary floats). The lines must add up to the
            stated total or the procedure file is invalid (exit 65, with file:line:col, the sum and the total).
            The financing shares are computed exactly; the rounding rule and who receives any remainder are printed.
            --adaptation asks who pays for an adaptation of that cost, by the procedure's rules (--shared: usable by
            several customers; --provider-specific: one care provider's change). Where the source is silent, it says so.
            Without --year, the latest year with a budget. A year with no budget exits 66.
            """,
        options: [
            OptionSpec(name: "year", value: "YEAR", help: "the budget year (default: the latest)"),
            OptionSpec(name: "adaptation", value: "AMOUNT", help: "the cost of an adaptation, in whole kronor"),
            OptionSpec(name: "shared", value: nil, help: "the adaptation can be used by several customers"),
            OptionSpec(name: "provider-specific", value: nil, help: "the adaptation is one care provider's change"),
        ],
        formats: ["text", "csv", "json"],
        examples: [
            "govctl budget webSesam",
            "govctl budget websesam --year 2021 --format csv > websesam-2021.csv",
            "govctl budget websesam --adaptation 40000 --shared",
            "govctl budget websesam --format json | jq '.financing.shares'",
        ]
    ) { context throws(GovError) in
        guard let name = context.arguments.positionals.first else {
            throw GovError(.usage, "'budget' needs a system", hint: "e.g. govctl budget webSesam")
        }
        let (catalog, warnings) = try context.catalog()
        let (system, _) = try catalog.system(named: name)
        let candidates = catalog.procedures.flatMap { p in p.budgets.filter { $0.system == system.id }.map { ($0, p) } }
        guard !candidates.isEmpty else {
            throw GovError(
                .notFound, "no budget for '\(system.name)'",
                hint: "budgets: "
                    + catalog.procedures.flatMap(\.budgets).map { "\($0.system) \($0.year)" }.joined(separator: ", "))
        }
        let years = candidates.map(\.0.year).sorted()
        var year = years.last ?? 0
        if let text = context.arguments.value("year") {
            guard let y = Int(text) else {
                throw GovError(.usage, "'--year \(text)' is not a year", hint: "e.g. --year 2021")
            }
            year = y
        }
        guard let (budget, procedure) = candidates.first(where: { $0.0.year == year }) else {
            throw GovError(
                .notFound, "no \(year) budget for '\(system.name)'",
                hint: "years with a budget: \(years.map(String.init).joined(separator: ", "))")
        }
        let report = BudgetReport(budget: budget, in: procedure)
        let adaptation = try adaptationResult(context, catalog, system)
        var stdout: String
        switch context.format {
        case "csv":
            if adaptation != nil {
                throw GovError(.usage, "--adaptation has no csv form", hint: "use --format text or json")
            }
            stdout = BudgetCSVRenderer.render(report, language: context.language)
        case "json":
            stdout = BudgetJSONRenderer.render(report, language: context.language, adaptation: adaptation)
        default:
            stdout = BudgetTextRenderer.render(report, language: context.language, today: context.localNow)
            if let adaptation { stdout += "\n" + GuideTextRenderer.render(adaptation) }
        }
        let used = [procedure] + (adaptation.map { [$0.procedure] } ?? [])
        return Output(stdout: stdout, stderr: context.warnings(warnings, about: used))
    }

    /// `--adaptation` sets the fact of that name; `--shared` / `--provider-specific` pick the choice with that id.
    static func adaptationResult(_ context: Context, _ catalog: Catalog, _ system: SystemEntry) throws(GovError)
        -> GuideResult?
    {
        let scopeFlags = ["shared", "provider-specific"].filter { context.arguments.has($0) }
        guard let amount = context.arguments.value("adaptation") else {
            if !scopeFlags.isEmpty {
                throw GovError(
                    .usage, "--\(scopeFlags[0]) goes with --adaptation AMOUNT", hint: "e.g. --adaptation 40000 --shared"
                )
            }
            return nil
        }
        if scopeFlags.count > 1 {
            throw GovError(.usage, "give --shared or --provider-specific, not both", hint: "choose the one that fits")
        }
        guard let (guide, procedure) = catalog.guide(purpose: "budget-adaptation", for: system) else {
            throw GovError(
                .notFound, "no procedure says who pays for adaptations of '\(system.name)'",
                hint: "see 'govctl show' for its procedure")
        }
        var request = GuideRequest(
            system: system, now: try context.now(in: procedure.document.timeZone), language: context.language)
        request.textFacts["adaptation"] = amount
        if let flag = scopeFlags.first {
            guard let fact = guide.facts.first(where: { $0.kind == .choice && $0.choices.contains { $0.id == flag } })
            else {
                throw GovError(
                    .usage, "the procedure for '\(system.name)' has no '\(flag)' choice",
                    hint: "see 'govctl guide \(guide.id) --help'")
            }
            request.textFacts[fact.id] = flag
        }
        return try GuideEvaluator.evaluate(guide, in: procedure, request: request)
    }
}
