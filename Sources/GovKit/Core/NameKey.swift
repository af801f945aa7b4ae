import Foundation

/// How a name a person types is compared with the names in procedure files: the one folding that looks-ups
/// (systems, roles, choices) and the check that names are unique (`name-collision`) share, so that no two
/// systems can answer to the same typed name.
package enum NameKey {
    /// `name` folded for comparison: compatibility forms made plain (`ＬＶＭＳ` is `LVMS`), lowercased, and
    /// without white space, dashes (`-`, `‐`, `–`, …), `_` and invisible format characters (a zero-width space or
    /// a soft hyphen). `Sesam LMN`, `sesam-lmn` and `SESAM_LMN` all fold to `sesamlmn`.
    package static func fold(_ name: String) -> String {
        // Most names are ASCII: folded byte by byte, without looking up Unicode properties.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 where !ignoredASCII(byte) {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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
