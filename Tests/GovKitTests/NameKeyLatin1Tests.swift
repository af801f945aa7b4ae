import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 22: `NameKey.fold` folds names of ASCII and Latin-1 letters (U+00C0–U+00FF) byte by byte; each of those
/// letters, alone and in names, folds as the full rule (`NameKeyTests.byTheBook`) folds it, and a name with
/// anything else takes the full rule.
final class NameKeyLatin1Tests: XCTestCase {
    static let letters = (0xC0...0xFF).compactMap(Unicode.Scalar.init).map { String(Character($0)) }

    static let names =
        letters + letters.map { "X\($0)y-\($0)_Z \($0)" } + [
            letters.joined(), "Vårdenhetschef", "SYSTEMFÖRVALTARE", "Økonomi-avdelingen", "ÆØÅ æøå", "Ä Ö Ü ß",
            "×÷", "Þór", "ÿ", "Straße", "Å\u{030A}", "e\u{0301}", "É\u{0301}", "Ǆ", "Ā", "ﬁ", "\u{00A0}Ø",
        ]

    func testLatin1LettersFoldAsTheFullRuleFoldsThem() throws {
        for a0 in Self.names {
            withCase("\(a0)") { latin1LettersFoldAsTheFullRuleFoldsThem(name: a0) }
        }
    }

    func latin1LettersFoldAsTheFullRuleFoldsThem(name: String) {
        expectEqual(NameKey.fold(name), NameKeyTests.byTheBook(name))
    }

    func testTheShortCutTakesOnlyASCIIAndLatin1Letters() {
        expectEqual(NameKey.foldLatin1("Vårdenhetschef"), "vårdenhetschef")
        expectEqual(NameKey.foldLatin1("ÆØÅ"), "æøå")
        expectTrue(NameKey.foldLatin1("e\u{0301}") == nil)
        expectTrue(NameKey.foldLatin1("\u{00A0}Ø") == nil)
        expectTrue(NameKey.foldLatin1("Ā") == nil)
    }
}
