import Foundation
import Testing

@testable import GovKit

/// Issue 18: amounts from the command line and from procedure files are exact decimals from their text.
@Suite struct ExactAmountTests {
    func read(_ text: String) -> Decimal? { try? AmountInput.read(text, option: "--adaptation") }

    @Test func digitsGroupsOfThreeAndAFractionAreAmounts() {
        #expect(read("40000") == 40000)
        #expect(read("40 000") == 40000)
        #expect(read("2 884 000") == 2_884_000)
        #expect(read("2\u{A0}884\u{A0}000") == 2_884_000)
        #expect(read("1234.50") == Decimal(string: "1234.50"))
        #expect(read("0") == 0)
    }

    @Test func javaScriptNumbersSignsAndBadGroupsAreNotAmounts() {
        for text in [
            "Infinity", "-Infinity", "NaN", "0x10", "0b1", "1e5", "-5", "+5", "4,0", "", " ", "40 00", "4 0000",
            "40  000", " 40000", "40000 ", "1.", ".5", "1.2.3", "１２", "12_000",
        ] {
            #expect(read(text) == nil, "\(text)")
        }
    }

    @Test func theMessageNamesTheOptionAndTheText() {
        do throws(GovError) {
            _ = try AmountInput.read("Infinity", option: "--adaptation")
            Issue.record("'Infinity' was read as an amount")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.message == "'--adaptation Infinity' is not an amount")
        }
    }

    @Test func moreThan38SignificantDigitsAreRefusedNeverRounded() {
        let digits38 = String(repeating: "9", count: 38)
        #expect(Money(exactText: digits38) != nil)
        #expect(Money(exactText: digits38 + "9") == nil)
        #expect(Money(exactText: "1" + String(repeating: "0", count: 38)) == nil)
        #expect(Money(exactText: "0.000" + digits38) != nil)
        #expect(Money(exactText: "1." + String(repeating: "0", count: 50)) != nil)
        #expect(read(digits38 + "9") == nil)
        do throws(GovError) {
            _ = try AmountInput.read(digits38 + "9", option: "--adaptation")
            Issue.record("39 digits were read as an amount")
        } catch {
            #expect(error.message.contains("more than 38 significant digits"))
        }
    }

    @Test func aSumThatDecimalWouldRoundIsNoSum() {
        let big = Decimal(string: String(repeating: "9", count: 38)) ?? 0
        #expect(Money.exactSum([big, big]) == nil)
        #expect(Money.exactSum([big, 1]) == Decimal(string: "1" + String(repeating: "0", count: 38)))
        #expect(Money.exactSum([1, 2, Decimal(string: "0.5") ?? 0]) == Decimal(string: "3.5"))
        #expect(Money.exactSum([]) == 0)
    }
}
