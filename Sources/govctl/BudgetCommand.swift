import CLIKit
import Foundation
import GovKit

enum BudgetCommand {
    static let command = Command(
        name: "budget",
        summary: "a system's budget: lines, total, financing split, invoicing; who pays for an adaptation",
        description: """
            Amounts are exact (whole kronor or decimals from text, never binary floats). The lines must add up to the
            stated total or the procedure file is invalid (exit 65, with file:line:col, the sum and the total).
            The financing shares are computed exactly; the rounding rule and who receives any remainder are printed.
            --adaptation asks who pays for an adaptation of that cost, by the procedure's rules (--shared: usable by
            several customers; --provider-specific: one care provider's change). Where the source is silent, it says so.
            Without --year, the latest year with a budget. A year with no budget exits 66.
            """,
        arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system, by name or alias")],
        options: [
            .typed(
                "year", "YEAR", default: .described("the latest"), help: "the budget year", parser: .integer()),
            .typed(
                "adaptation", "AMOUNT", help: "the cost of an adaptation, in kronor (40000, 40 000 or 40000.50)",
                parser: GlobalOptions.amount("adaptation")),
            .flag("shared", help: "the adaptation can be used by several customers"),
            .flag("provider-specific", help: "the adaptation is one care provider's change"),
        ],
        formats: BudgetFace.declared,
        examples: [
            "govctl budget webSesam",
            "govctl budget websesam --year 2021 --format csv > websesam-2021.csv",
            "govctl budget websesam --adaptation 40000 --shared",
            "govctl budget websesam --format json | jq '.financing.shares'",
        ],
        validations: [
            .exclusive("shared", "provider-specific"),
            .requires("shared", "adaptation", example: "--adaptation 40000 --shared"),
            .requires("provider-specific", "adaptation", example: "--adaptation 40000 --provider-specific"),
        ]
    ) { context throws(GovError) in
        var query = BudgetQuery(system: context.argument("SYSTEM") ?? "", now: context.now, language: context.language)
        query.year = context.arguments.value("year", as: Int.self)
        let scope = ["shared", "provider-specific"].first { context.arguments.flag($0) }
        if let amount = context.arguments.value("adaptation") {
            query.adaptation = BudgetQuery.Adaptation(amount: amount, scope: scope)
        }
        let (catalog, warnings) = try context.catalog()
        let answer = try query.answer(in: catalog)
        return Output(
            stdout: try Renderers.budget(answer, context), stderr: context.warnings(warnings, about: answer.procedures))
    }
}
