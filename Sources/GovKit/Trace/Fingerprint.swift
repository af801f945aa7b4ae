import Foundation

/// The fingerprint of a source section's text, as a procedure records it in `reviewed.sections`: `sha256:` and the
/// SHA-256 of the section's normalised text in hexadecimal. Normalised means: Unicode NFC, and every run of white
/// space (spaces, tabs, no-break spaces, line breaks of any kind) one space, none at either end. So re-flowing a
/// paragraph, CRLF line endings or an extraction that decomposes "å" change nothing; a changed word, number or
/// punctuation mark changes the fingerprint.
package enum Fingerprint {
    /// What every fingerprint starts with: the one algorithm a file may name.
    package static let prefix = "sha256:"

    /// The fingerprint of `text` (normalised first; `inNFC`: the caller has made it NFC already).
    package static func of(_ text: String, inNFC: Bool = false) -> String {
        prefix + SHA256.hex(normalisedBytes(text, inNFC: inNFC))
    }

    /// `text` in NFC with its white space collapsed to single spaces and trimmed.
    package static func normalised(_ text: String) -> String {
        String(decoding: normalisedBytes(text), as: UTF8.self)
    }

    /// `normalised(text)` as UTF-8. Byte by byte where the text is ASCII: asking a scalar's Unicode properties for
    /// every character cost twenty times as much.
    static func normalisedBytes(_ text: String, inNFC: Bool = false) -> [UInt8] {
        let nfc = inNFC ? text : text.precomposedStringWithCanonicalMapping
        var out: [UInt8] = []
        out.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            let v = scalar.value
            let isSpace = v < 0x80 ? v == 0x20 || (0x09...0x0D).contains(v) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if v < 0x80 {
                out.append(UInt8(v))
            } else if let encoded = UTF8.encode(scalar) {
                out.append(contentsOf: encoded)
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
