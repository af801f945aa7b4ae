import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 18: control characters in data are shown, not sent to the terminal; CSV cells cannot split rows or run
/// formulas.
final class TextSafetyTests: XCTestCase {
    func testEscapeAndOtherControlsAreShownVisibly() {
        expectEqual(TextEscaping.line("a\u{1B}[2Jb"), "a\\e[2Jb")
        expectEqual(TextEscaping.line("a\r\nb\tc\u{07}"), "a\\r\\nb\\tc\\u{7}")
        expectEqual(TextEscaping.line("x\u{9B}y\u{7F}"), "x\\u{9B}y\\u{7F}")
        expectEqual(TextEscaping.line("evil\u{202E}txt.exe"), "evil\\u{202E}txt.exe")
    }

    func testBlocksKeepLineBreaksAndTabs() {
        expectEqual(TextEscaping.block("a\nb\tc\u{1B}"), "a\nb\tc\\e")
    }

    func testPlainTextIsUntouched() {
        for text in ["Sesam LMN", "Driftstörning på gång – 2 884 000 kr", "emoji 🚑", ""] {
            expectEqual(TextEscaping.line(text), text)
        }
    }

    func testCsvQuotesEveryLineBreakAndDoublesQuotes() {
        expectEqual(BudgetCSVRenderer.quote("a\r\nb"), "\"a\r\nb\"")
        expectEqual(BudgetCSVRenderer.quote("a\nb"), "\"a\nb\"")
        expectEqual(BudgetCSVRenderer.quote("a\rb"), "\"a\rb\"")
        expectEqual(BudgetCSVRenderer.quote("say \"hi\""), "\"say \"\"hi\"\"\"")
        expectEqual(BudgetCSVRenderer.quote("a,b"), "\"a,b\"")
        expectEqual(BudgetCSVRenderer.quote("plain"), "plain")
    }

    func testCsvTextCellsThatLookLikeFormulasAreDefused() {
        expectEqual(BudgetCSVRenderer.text("=1+1"), "'=1+1")
        expectEqual(BudgetCSVRenderer.text("+46 31 000"), "'+46 31 000")
        expectEqual(BudgetCSVRenderer.text("-cmd"), "'-cmd")
        expectEqual(BudgetCSVRenderer.text("@SUM(A1)"), "'@SUM(A1)")
        expectEqual(BudgetCSVRenderer.text("\tx"), "'\tx")
        expectEqual(BudgetCSVRenderer.text("Licens 2021"), "Licens 2021")
    }

    func testCsvTextCellsHaveLineBreaksAsLFAndOtherControlsEscaped() {
        expectEqual(BudgetCSVRenderer.text("a\r\nb"), "a\nb")
        expectEqual(BudgetCSVRenderer.text("a\u{1B}b"), "a\\eb")
    }

    func testErrorLinesStayOneLineAndCannotDriveTheTerminal() {
        let line = ErrorRenderer.line("unknown system 'x\u{1B}]0;pwned\u{07}\ny'", hint: "h\r")
        expectEqual(line, "govctl: error: unknown system 'x\\e]0;pwned\\u{7}\\ny'; h\\r\n")
    }
}
