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
    /// Byte offsets of the budget's entry and of its `year` in its file, for messages.
    package var offset: Int = 0
    package var yearOffset: Int? = nil
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
    /// Byte offset of `percent` in its file, for messages.
    package var offset: Int? = nil
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

    /// The most significant digits an amount may have: what `Decimal` holds exactly. Longer amounts are refused,
    /// never rounded.
    package static let maxSignificantDigits = 38

    /// Reads `2884000`, `"2884000"` or `"1234.50"`; rejects exponents, separators, more than
    /// `maxSignificantDigits` significant digits and anything else not exact.
    package init?(exactText text: String) {
        var sawDigit = false
        var sawPoint = false
        // Significant digits: from the first non-zero digit to the last digit, trailing zeros of a fraction dropped.
        var significant = 0
        var pendingZeros = 0
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case UInt8(ascii: "0"):
                sawDigit = true
                if significant > 0 {
                    if sawPoint { pendingZeros += 1 } else { significant += 1 }
                }
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                sawDigit = true
                significant += pendingZeros + 1
                pendingZeros = 0
            case UInt8(ascii: "-") where i == 0: continue
            case UInt8(ascii: ".") where !sawPoint: sawPoint = true
            default: return nil
            }
        }
        guard sawDigit, significant <= Self.maxSignificantDigits,
            // No locale: '.' is the separator, as in en_US_POSIX, without making an ICU locale for each amount
            // (18 amounts were 2.6 % of a report-urgent).
            let decimal = Decimal(string: text, locale: nil)
        else { return nil }
        value = decimal
    }

    /// Whether `text` is digits (with an optional `-` and `.`) that fail only for having more than
    /// `maxSignificantDigits` significant digits.
    package static func isTooLong(_ text: String) -> Bool {
        let digits = text.utf8.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ".") }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return false
        }
        return digits.drop { $0 == UInt8(ascii: "0") }.count > maxSignificantDigits
    }

    /// The exact sum of `amounts`, or `nil` when it needs more digits than a `Decimal` holds (it would be rounded).
    package static func exactSum(_ amounts: [Decimal]) -> Decimal? {
        var sum = Decimal(0)
        for amount in amounts {
            var left = sum
            var right = amount
            var result = Decimal(0)
            guard NSDecimalAdd(&result, &left, &right, .plain) == .noError else { return nil }
            sum = result
            guard sum.significantDigitCount <= maxSignificantDigits else { return nil }
        }
        return sum
    }

    package static func < (a: Money, b: Money) -> Bool { a.value < b.value }
}

extension Decimal {
    /// The digits of the mantissa without trailing zeros (`1200` has 2, `0.05` has 1).
    var significantDigitCount: Int {
        let text = JSONWriter.formatDecimal(self)
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }),
            let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") })
        else { return 0 }
        return last - first + 1
    }
}
