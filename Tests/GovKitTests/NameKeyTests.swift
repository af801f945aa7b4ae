import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// `NameKey.fold` takes short cuts for ASCII and for Latin letters; they must give what the full rule gives:
/// compatibility forms made plain (NFKC), lowercased, without white space, dashes, `_` and invisible characters.
final class NameKeyTests: XCTestCase {
    static func byTheBook(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in name.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let p = scalar.properties
            if scalar == "_" || p.isWhitespace || p.generalCategory == .dashPunctuation || p.isDefaultIgnorableCodePoint
            {
                continue
            }
            folded.append(scalar)
        }
        return String(folded)
    }

    static let names = [
        "LVMS", "Sesam LMN", "sesam-lmn", "SESAM_LMN", "L\tVMS\n", "Systemeier", "MKB-Fagansvarlig",
        "Funksjonell forvaltning", "Vårdenhetschef", "Systemförvaltare", "ØKONOMI", "Æble", "Straße", "STRASSE",
        "ＬＶＭＳ", "L\u{00A0}VMS", "L\u{00AD}VMS", "L\u{200B}VMS", "L–VMS", "L‐VMS", "\u{212A}elvin", "\u{212B}ngström",
        "o\u{0308}ra", "ö", "Ĳssel", "ǄEMAL", "ﬁle", "²", "ª", "µ", "İstanbul", "ΣΊΣΥΦΟΣ", "Ǌ", "ſ", "", "-", " ",
    ]

    func testTheShortCutsFoldANameAsTheFullRuleDoes() throws {
        for a0 in Self.names {
            withCase("\(a0)") { theShortCutsFoldANameAsTheFullRuleDoes(name: a0) }
        }
    }

    func theShortCutsFoldANameAsTheFullRuleDoes(name: String) {
        expectEqual(NameKey.fold(name), Self.byTheBook(name))
    }
}
