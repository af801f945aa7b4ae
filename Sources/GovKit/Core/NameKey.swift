import Foundation

/// How a name a person types is compared with the names in procedure files: the one folding that looks-ups
/// (systems, roles, choices) and the check that names are unique (`name-collision`) share, so that no two
/// systems can answer to the same typed name.
package enum NameKey {
    /// `name` folded for comparison: compatibility forms made plain (`ＬＶＭＳ` is `LVMS`), lowercased, and
    /// without white space, dashes (`-`, `‐`, `–`, …), `_` and invisible format characters (a zero-width space or
    /// a soft hyphen). `Sesam LMN`, `sesam-lmn` and `SESAM_LMN` all fold to `sesamlmn`.
    package static func fold(_ name: String) -> String {
        // Most names are ASCII, or ASCII with Latin-1 letters (æ, ø, å, ä, ö, é): folded byte by byte, without
        // looking up Unicode properties (`lowercased()` alone took some 17,000 instructions a name beyond ASCII).
        if let folded = foldLatin1(name) { return folded }
        let lower = name.lowercased()
        // NFKC is only needed where it could change something: Latin letters such as 'ø' and 'ä' it leaves as they
        // are (and made for every name it was a tenth of a command's time).
        let plain = lower.unicodeScalars.allSatisfy {
            $0.isASCII || ($0.value < 0x300 && !$0.properties.changesWhenNFKCCaseFolded)
        }
        let text = plain ? lower : name.precomposedStringWithCompatibilityMapping.lowercased()
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !ignored(scalar) { folded.append(scalar) }
        return String(folded)
    }

    /// `fold` for a name of ASCII and the Latin-1 letters U+00C0–U+00FF (UTF-8 0xC3 0x80–0xBF), else `nil`. Those
    /// letters have no compatibility forms and none is left out; the capitals U+00C0–U+00DE (but × U+00D7)
    /// lowercase to the letter 0x20 above, the rest (ß and ÿ included) to themselves. A combining mark or any
    /// other letter takes the full rule.
    static func foldLatin1(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var afterC3 = false
        for byte in name.utf8 {
            if afterC3 {
                // A well-formed string has a continuation byte here: 0x80–0xBF.
                bytes.append(0xC3)
                bytes.append(byte <= 0x9E && byte != 0x97 ? byte + 0x20 : byte)
                afterC3 = false
            } else if byte < 0x80 {
                if !ignoredASCII(byte) { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            } else if byte == 0xC3 {
                afterC3 = true
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `ignored` for an ASCII byte: white space (U+0009–U+000D, U+0020), `-` and `_`.
    static func ignoredASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F || (0x09...0x0D).contains(byte)
    }

    /// What the spelling of a name may vary in without naming something else.
    static func ignored(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ignoredASCII(UInt8(scalar.value)) }
        let properties = scalar.properties
        return scalar == "_" || properties.isWhitespace || properties.generalCategory == .dashPunctuation
            || properties.isDefaultIgnorableCodePoint
    }

    /// What `fold` leaves out, in words, for messages.
    package static let ignoredInWords = "case, spaces, hyphens and underscores"
}
