import Foundation

/// How a name a person types is compared with the names in procedure files: the one folding that looks-ups
/// (systems, roles, choices) and the check that names are unique (`name-collision`) share, so that no two
/// systems can answer to the same typed name.
package enum NameKey {
    /// `name` folded for comparison: compatibility forms made plain (`ＬＶＭＳ` is `LVMS`), lowercased, and
    /// without white space, dashes (`-`, `‐`, `–`, …), `_` and invisible format characters (a zero-width space or
    /// a soft hyphen). `Sesam LMN`, `sesam-lmn` and `SESAM_LMN` all fold to `sesamlmn`.
    package static func fold(_ name: String) -> String {
        // NFKC is only needed beyond ASCII; most names are ASCII and skip it.
        let plain = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCompatibilityMapping
        var folded = String.UnicodeScalarView()
        for scalar in plain.lowercased().unicodeScalars where !ignored(scalar) { folded.append(scalar) }
        return String(folded)
    }

    /// What the spelling of a name may vary in without naming something else.
    static func ignored(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return scalar == "_" || properties.isWhitespace || properties.generalCategory == .dashPunctuation
            || properties.isDefaultIgnorableCodePoint
    }

    /// What `fold` leaves out, in words, for messages.
    package static let ignoredInWords = "case, spaces, hyphens and underscores"
}
