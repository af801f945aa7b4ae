import Foundation
import GovKit

enum BudgetCommand {
    static let command = Command(
        name: "budget",
        summary: "a system's budget: lines, total, financing split, invoicing; who pays for an adaptation",
        usage:
            "govctl budget SYSTEM [--year YEAR] [--adaptation AMOUNT [--shared | --provider-specific]] [--format text|csv|json|markdown]",
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
        formats: [.text, .csv, .json, .markdown],
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
        var query = BudgetQuery(system: name, now: context.now, language: context.language)
        if let text = context.arguments.value("year") {
            guard let year = Int(text) else {
                throw GovError(.usage, "'--year \(text)' is not a year", hint: "e.g. --year 2021")
            }
            query.year = year
        }
        let scopes = ["shared", "provider-specific"].filter { context.arguments.has($0) }
        if scopes.count > 1 {
            throw GovError(.usage, "give --shared or --provider-specific, not both", hint: "choose the one that fits")
        }
        if let amount = context.arguments.value("adaptation") {
            query.adaptation = BudgetQuery.Adaptation(amount: amount, scope: scopes.first)
        } else if let scope = scopes.first {
            throw GovError(.usage, "--\(scope) goes with --adaptation AMOUNT", hint: "e.g. --adaptation 40000 --shared")
        }
        let (catalog, warnings) = try context.catalog()
        let answer = try query.answer(in: catalog)
        return Output(
            stdout: try Renderers.budget(answer, context), stderr: context.warnings(warnings, about: answer.procedures))
    }
}
