import Foundation
import Testing

@testable import GovKit

/// Issue 18: control characters in data are shown, not sent to the terminal; CSV cells cannot split rows or run
/// formulas.
@Suite struct TextSafetyTests {
    @Test func escapeAndOtherControlsAreShownVisibly() {
        #expect(TextEscaping.line("a\u{1B}[2Jb") == "a\\e[2Jb")
        #expect(TextEscaping.line("a\r\nb\tc\u{07}") == "a\\r\\nb\\tc\\u{7}")
        #expect(TextEscaping.line("x\u{9B}y\u{7F}") == "x\\u{9B}y\\u{7F}")
        #expect(TextEscaping.line("evil\u{202E}txt.exe") == "evil\\u{202E}txt.exe")
    }

    @Test func blocksKeepLineBreaksAndTabs() {
        #expect(TextEscaping.block("a\nb\tc\u{1B}") == "a\nb\tc\\e")
    }

    @Test func plainTextIsUntouched() {
        for text in ["Sesam LMN", "Driftstörning på gång – 2 884 000 kr", "emoji 🚑", ""] {
            #expect(TextEscaping.line(text) == text)
        }
    }

    @Test func csvQuotesEveryLineBreakAndDoublesQuotes() {
        #expect(BudgetCSVRenderer.quote("a\r\nb") == "\"a\r\nb\"")
        #expect(BudgetCSVRenderer.quote("a\nb") == "\"a\nb\"")
        #expect(BudgetCSVRenderer.quote("a\rb") == "\"a\rb\"")
        #expect(BudgetCSVRenderer.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(BudgetCSVRenderer.quote("a,b") == "\"a,b\"")
        #expect(BudgetCSVRenderer.quote("plain") == "plain")
    }

    @Test func csvTextCellsThatLookLikeFormulasAreDefused() {
        #expect(BudgetCSVRenderer.text("=1+1") == "'=1+1")
        #expect(BudgetCSVRenderer.text("+46 31 000") == "'+46 31 000")
        #expect(BudgetCSVRenderer.text("-cmd") == "'-cmd")
        #expect(BudgetCSVRenderer.text("@SUM(A1)") == "'@SUM(A1)")
        #expect(BudgetCSVRenderer.text("\tx") == "'\tx")
        #expect(BudgetCSVRenderer.text("Licens 2021") == "Licens 2021")
    }

    @Test func csvTextCellsHaveLineBreaksAsLFAndOtherControlsEscaped() {
        #expect(BudgetCSVRenderer.text("a\r\nb") == "a\nb")
        #expect(BudgetCSVRenderer.text("a\u{1B}b") == "a\\eb")
    }

    @Test func errorLinesStayOneLineAndCannotDriveTheTerminal() {
        let line = ErrorRenderer.line("unknown system 'x\u{1B}]0;pwned\u{07}\ny'", hint: "h\r")
        #expect(line == "govctl: error: unknown system 'x\\e]0;pwned\\u{7}\\ny'; h\\r\n")
    }
}
