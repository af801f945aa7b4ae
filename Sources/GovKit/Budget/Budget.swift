import Foundation

/// A budget table from a source: lines, a stated total, its financing split and routing.
package struct Budget: Sendable {
    package let id: String
    package let system: String
    package let year: Int
    package let currency: String
    package let title: LocalizedText
    package let codes: [BudgetCode]
    package let lines: [BudgetLine]
    /// The total the source states; the lines must add up to it.
    package let total: Money
    package let totalOffset: Int
    package let financing: Financing?
    package let invoicing: [Invoice]
    package let notes: [Note]
    package let source: String
}

/// An accounting code such as `ansvar 92910`.
package struct BudgetCode: Sendable {
    package let name: LocalizedText
    package let value: String
}

/// One budget line.
package struct BudgetLine: Sendable {
    package let id: String
    package let label: LocalizedText
    package let group: LocalizedText?
    package let amount: Money
    package let offset: Int
    package let source: String
}

/// How the total is financed: shares in percent, the rounding rule and who gets any remainder.
package struct Financing: Sendable {
    package let shares: [FinancingShare]
    package let rounding: LocalizedText
    package let remainderTo: String
    package let offset: Int
    package let source: String
}

/// One financing share.
package struct FinancingShare: Sendable {
    package let id: String
    package let label: LocalizedText
    package let percent: Decimal
}

/// Who invoices whom, for what.
package struct Invoice: Sendable {
    package let from: String
    package let to: String
    package let what: LocalizedText
    package let source: String
}

/// A remark with its source section (reconciliations, payment of operating costs, …).
package struct Note: Sendable {
    package let text: LocalizedText
    package let source: String
}

/// An exact amount of money, from a JSON integer or a decimal string; never a binary floating point number.
package struct Money: Sendable, Equatable, Comparable {
    package let value: Decimal

    package init(_ value: Decimal) { self.value = value }

    /// Reads `2884000`, `"2884000"` or `"1234.50"`; rejects exponents, separators and anything not exact.
    package init?(exactText text: String) {
        var sawDigit = false
        var sawPoint = false
        for (i, c) in text.enumerated() {
            switch c {
            case "0"..."9": sawDigit = true
            case "-" where i == 0: continue
            case "." where !sawPoint: sawPoint = true
            default: return nil
            }
        }
        guard sawDigit, let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            return nil
        }
        value = decimal
    }

    package static func < (a: Money, b: Money) -> Bool { a.value < b.value }
}
