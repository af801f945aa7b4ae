import Foundation

/// A budget with its financing split worked out exactly.
package struct BudgetReport: Sendable {
    package let procedure: Procedure
    package let budget: Budget
    /// The sum of the lines (equal to the stated total, or the file would not have loaded).
    package let sum: Decimal
    /// Each share's amount: rounded down to whole units, the remainder added to `remainderTo`.
    package let shares: [(share: FinancingShare, amount: Decimal)]
    /// What rounding left over and gave to the `remainderTo` share (0 when the split is exact).
    package let remainder: Decimal

    package init(budget: Budget, in procedure: Procedure) {
        self.procedure = procedure
        self.budget = budget
        sum = budget.lines.reduce(Decimal(0)) { $0 + $1.amount.value }
        guard let financing = budget.financing else {
            shares = []
            remainder = 0
            return
        }
        var amounts = financing.shares.map { share in
            (share, Self.roundedDown(budget.total.value * share.percent / 100))
        }
        let left = budget.total.value - amounts.reduce(Decimal(0)) { $0 + $1.1 }
        if let index = amounts.firstIndex(where: { $0.0.id == financing.remainderTo }) { amounts[index].1 += left }
        shares = amounts.map { (share: $0.0, amount: $0.1) }
        remainder = left
    }

    static func roundedDown(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 0, .down)
        return output
    }
}

/// Amounts as text: Swedish style for people ("2 884 000 kr"), plain for machines ("2884000").
package enum MoneyFormat {
    /// Digits with an optional '.', exactly as the decimal is (no exponent, no grouping).
    package static func plain(_ value: Decimal) -> String {
        JSONWriter.formatDecimal(value)
    }

    /// Groups of three separated by spaces, a decimal comma, and the currency word: "2 884 000 kr".
    package static func swedish(_ value: Decimal, unit: String = "kr") -> String {
        let text = plain(value)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts.first ?? "0")
        var grouped: [String] = []
        while whole.count > 3 {
            grouped.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        grouped.insert(whole, at: 0)
        var out = (negative ? "-" : "") + grouped.joined(separator: " ")
        if parts.count > 1 {
            let fraction = String(parts[1])
            out += "," + (fraction.count == 1 ? fraction + "0" : fraction)
        }
        return out + " " + unit
    }
}
