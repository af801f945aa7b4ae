import Foundation

/// A budget table from a source: lines, a stated total, its financing split and routing.
public struct Budget: Sendable {
    public let id: String
    public let system: String
    public let year: Int
    public let currency: String
    public let title: LocalizedText
    public let codes: [BudgetCode]
    public let lines: [BudgetLine]
    /// The total the source states; the lines must add up to it.
    public let total: Money
    public let totalOffset: Int
    public let financing: Financing?
    public let invoicing: [Invoice]
    public let notes: [Note]
    public let source: String
}

/// An accounting code such as `ansvar 92910`.
public struct BudgetCode: Sendable {
    public let name: LocalizedText
    public let value: String
}

/// One budget line.
public struct BudgetLine: Sendable {
    public let id: String
    public let label: LocalizedText
    public let group: LocalizedText?
    public let amount: Money
    public let offset: Int
    public let source: String
}

/// How the total is financed: shares in percent, the rounding rule and who gets any remainder.
public struct Financing: Sendable {
    public let shares: [FinancingShare]
    public let rounding: LocalizedText
    public let remainderTo: String
    public let offset: Int
    public let source: String
}

/// One financing share.
public struct FinancingShare: Sendable {
    public let id: String
    public let label: LocalizedText
    public let percent: Decimal
}

/// Who invoices whom, for what.
public struct Invoice: Sendable {
    public let from: String
    public let to: String
    public let what: LocalizedText
    public let source: String
}

/// A remark with its source section (reconciliations, payment of operating costs, …).
public struct Note: Sendable {
    public let text: LocalizedText
    public let source: String
}

/// An exact amount of money, from a JSON integer or a decimal string; never a binary floating point number.
public struct Money: Sendable, Equatable, Comparable {
    public let value: Decimal

    public init(_ value: Decimal) { self.value = value }

    /// Reads `2884000`, `"2884000"` or `"1234.50"`; rejects exponents, separators and anything not exact.
    public init?(exactText text: String) {
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
        guard sawDigit, let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        value = decimal
    }

    public static func < (a: Money, b: Money) -> Bool { a.value < b.value }
}
