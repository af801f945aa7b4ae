import Foundation

/// The fingerprint of a source section's text, as a procedure records it in `reviewed.sections`: `sha256:` and the
/// SHA-256 of the section's normalised text in hexadecimal. Normalised means: Unicode NFC, and every run of white
/// space (spaces, tabs, no-break spaces, line breaks of any kind) one space, none at either end. So re-flowing a
/// paragraph, CRLF line endings or an extraction that decomposes "å" change nothing; a changed word, number or
/// punctuation mark changes the fingerprint.
package enum Fingerprint {
    /// What every fingerprint starts with: the one algorithm a file may name.
    package static let prefix = "sha256:"

    /// The fingerprint of `text` (normalised first).
    package static func of(_ text: String) -> String {
        prefix + SHA256.hex(Array(normalised(text).utf8))
    }

    /// `text` in NFC with its white space collapsed to single spaces and trimmed.
    package static func normalised(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `value` is written as a fingerprint: `sha256:` and 64 lowercase hexadecimal digits.
    package static func isWellFormed(_ value: String) -> Bool {
        guard value.hasPrefix(prefix) else { return false }
        let digits = value.utf8.dropFirst(prefix.utf8.count)
        return digits.count == 64
            && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
