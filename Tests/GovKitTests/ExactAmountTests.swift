import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 18: amounts from the command line and from procedure files are exact decimals from their text.
final class ExactAmountTests: XCTestCase {
    func read(_ text: String) -> Decimal? { try? AmountInput.read(text, option: "--adaptation") }

    func testDigitsGroupsOfThreeAndAFractionAreAmounts() {
        expectEqual(read("40000"), 40000)
        expectEqual(read("40 000"), 40000)
        expectEqual(read("2 884 000"), 2_884_000)
        expectEqual(read("2\u{A0}884\u{A0}000"), 2_884_000)
        expectEqual(read("1234.50"), Decimal(string: "1234.50"))
        expectEqual(read("0"), 0)
    }

    func testJavaScriptNumbersSignsAndBadGroupsAreNotAmounts() {
        for text in [
            "Infinity", "-Infinity", "NaN", "0x10", "0b1", "1e5", "-5", "+5", "4,0", "", " ", "40 00", "4 0000",
            "40  000", " 40000", "40000 ", "1.", ".5", "1.2.3", "１２", "12_000",
        ] {
            expectTrue(read(text) == nil, "\(text)")
        }
    }

    func testTheMessageNamesTheOptionAndTheText() {
        do throws(GovError) {
            _ = try AmountInput.read("Infinity", option: "--adaptation")
            reportFailure("'Infinity' was read as an amount")
        } catch {
            expectEqual(error.kind, .usage)
            expectEqual(error.message, "'--adaptation Infinity' is not an amount")
        }
    }

    func testMoreThan38SignificantDigitsAreRefusedNeverRounded() {
        let digits38 = String(repeating: "9", count: 38)
        expectTrue(Money(exactText: digits38) != nil)
        expectTrue(Money(exactText: digits38 + "9") == nil)
        expectTrue(Money(exactText: "1" + String(repeating: "0", count: 38)) == nil)
        expectTrue(Money(exactText: "0.000" + digits38) != nil)
        expectTrue(Money(exactText: "1." + String(repeating: "0", count: 50)) != nil)
        expectTrue(read(digits38 + "9") == nil)
        do throws(GovError) {
            _ = try AmountInput.read(digits38 + "9", option: "--adaptation")
            reportFailure("39 digits were read as an amount")
        } catch {
            expectTrue(error.message.contains("more than 38 significant digits"))
        }
    }

    func testASumThatDecimalWouldRoundIsNoSum() {
        let big = Decimal(string: String(repeating: "9", count: 38)) ?? 0
        expectTrue(Money.exactSum([big, big]) == nil)
        expectEqual(Money.exactSum([big, 1]), Decimal(string: "1" + String(repeating: "0", count: 38)))
        expectEqual(Money.exactSum([1, 2, Decimal(string: "0.5") ?? 0]), Decimal(string: "3.5"))
        expectEqual(Money.exactSum([]), 0)
    }
}
