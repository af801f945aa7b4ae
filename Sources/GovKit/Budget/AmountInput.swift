import Foundation

/// An amount of money typed on the command line (`--adaptation 40000`), read as an exact decimal from its text.
///
/// Accepted: ASCII digits, optionally grouped in threes by single spaces (`2 884 000`, also a no-break space as
/// the text output writes them), and an optional fraction after a `.` (`1234.50`). Refused: a sign, an exponent,
/// hex, `Infinity`, a decimal comma, and more than `Money.maxSignificantDigits` significant digits: the amount is
/// never rounded and never goes through a binary floating point number.
package enum AmountInput {
    /// The amount `text` names; `option` is how the command spells its option, for the message.
    package static func read(_ text: String, option: String) throws(GovError) -> Decimal {
        guard let plain = plainDigits(text) else {
            throw GovError(
                .usage, "'\(option) \(text)' is not an amount",
                hint: "write digits with an optional '.' and spaces between groups of three, e.g. 40000 or 40 000.50")
        }
        guard let money = Money(exactText: plain) else {
            throw GovError(
                .usage,
                "'\(option) \(text)' has more than \(Money.maxSignificantDigits) significant digits",
                hint: "an amount is kept exactly, so it may have at most \(Money.maxSignificantDigits) digits")
        }
        return money.value
    }

    /// The largest whole number a `Double` (what rules compute with) holds exactly, and every whole number below it.
    static let largestExactInteger: Double = 9_007_199_254_740_992

    /// A number fact typed on the command line (`--fact adaptation=40000`), read as `read` reads an amount: the
    /// same digits, groups and fraction, and no sign (`-5` was "not stated" to the rules, `budget --adaptation`
    /// refuses it; every number fact the procedures declare is a count or an amount). `nil` for anything else
    /// (`Infinity`, `1e400`, hex, a decimal comma, a sign), and for a number a `Double` cannot hold to the digit:
    /// rules compute with `Double`, so such a number would not be the number typed.
    package static func number(_ text: String) -> Double? {
        guard let plain = plainDigits(text), let money = Money(exactText: plain) else { return nil }
        let value = NSDecimalNumber(decimal: money.value).doubleValue
        guard value.isFinite, value <= largestExactInteger, Decimal(value) == money.value || plain.contains(".")
        else { return nil }
        return value
    }

    /// The amount's digits without group separators (`"2884000.50"`), or `nil` when the text is not an amount.
    static func plainDigits(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var whole: [[Character]] = [[]]
        var fraction: [Character]?
        for scalar in scalars {
            switch scalar {
            case "0"..."9":
                if fraction != nil {
                    fraction?.append(Character(scalar))
                } else {
                    whole[whole.count - 1].append(Character(scalar))
                }
            case " ", "\u{A0}", "\u{202F}":
                guard fraction == nil, let last = whole.last, !last.isEmpty else { return nil }
                whole.append([])
            case ".":
                guard fraction == nil else { return nil }
                fraction = []
            default:
                return nil
            }
        }
        guard let first = whole.first, !first.isEmpty, whole.allSatisfy({ !$0.isEmpty }) else { return nil }
        if whole.count > 1 {
            guard first.count <= 3, whole.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var out = String(whole.joined())
        if let fraction {
            guard !fraction.isEmpty else { return nil }
            out += "." + String(fraction)
        }
        return out
    }
}
