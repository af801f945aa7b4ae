import Foundation

extension ProcedureChecker {
    /// The balance assertion and the financing split: lines must add up to the stated total, shares to 100 %.
    mutating func checkBudget(_ budget: Budget) {
        guard let sum = Money.exactSum(budget.lines.map(\.amount.value)) else {
            report(
                .budgetUnbalanced, budget.totalOffset,
                "budget '\(budget.id)': the lines add up to more than \(Money.maxSignificantDigits) significant digits, "
                    + "so their sum cannot be checked exactly",
                hint: "an amount is kept exactly; split or correct the lines")
            return
        }
        if sum != budget.total.value {
            report(
                .budgetUnbalanced, budget.totalOffset,
                "budget '\(budget.id)': the lines add up to \(sum) but the stated total is \(budget.total.value)",
                hint: "correct the line that differs from the source, or the total")
        }
        if let financing = budget.financing {
            for share in financing.shares where share.percent < 0 || share.percent > 100 {
                report(
                    .outOfRange, share.offset ?? financing.offset,
                    "budget '\(budget.id)': the financing share '\(share.id)' is \(share.percent) %, outside 0–100 %",
                    hint: "write the share the source gives, from 0 to 100")
            }
            let percent = financing.shares.reduce(Decimal(0)) { $0 + $1.percent }
            if percent != 100 {
                report(
                    .financingNot100, financing.offset,
                    "budget '\(budget.id)': the financing shares add up to \(percent) %, not 100 %",
                    hint: "correct the shares so they add up to 100")
            }
            if !financing.shares.contains(where: { $0.id == financing.remainderTo }) {
                report(
                    .unknownShare, financing.offset,
                    "'remainderTo' names '\(financing.remainderTo)', which is not a share id",
                    hint: "use one of: \(financing.shares.map(\.id).joined(separator: ", "))")
            }
        }
    }
}
