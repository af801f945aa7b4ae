import Foundation

/// Who an e-mail is from and to, and its date; checked so that no value can add a header.
package struct EmailEnvelope: Sendable {
    package let to: [String]
    package let from: String
    package let date: Date
    /// Adds `Auto-Submitted: auto-generated` (RFC 3834), for messages not written by a person at a terminal.
    package let autoSubmitted: Bool

    /// Throws a data error when a value holds a line break (which would start a new header).
    package init(to: [String], from: String, date: Date, autoSubmitted: Bool) throws(GovError) {
        for (name, value) in [("--from", from)] + to.map({ ("--to", $0) }) where value.contains(where: \.isNewline) {
            throw GovError(.dataError, "\(name) contains a line break", hint: "give one address per --to, on one line")
        }
        self.to = to
        self.from = from
        self.date = date
        self.autoSubmitted = autoSubmitted
    }
}

/// Writes an RFC 5322 message (for `| sendmail -t`): UTF-8 body in base64, subject encoded per RFC 2047.
/// Lines end in LF, as sendmail expects on its standard input.
package enum EmailRenderer {
    package static func render(subject: String, body: String, envelope: EmailEnvelope) throws(GovError) -> String {
        if subject.contains(where: \.isNewline) {
            throw GovError(
                .dataError, "the subject contains a line break", hint: "remove line breaks from the system name")
        }
        var headers: [(String, String)] = []
        if !envelope.to.isEmpty { headers.append(("To", envelope.to.joined(separator: ", "))) }
        headers.append(("From", envelope.from))
        headers.append(("Date", rfc5322Date(envelope.date)))
        headers.append(("Message-ID", messageID(subject: subject, body: body, envelope: envelope)))
        headers.append(("Subject", encodeHeader(subject)))
        headers.append(("MIME-Version", "1.0"))
        headers.append(("Content-Type", "text/plain; charset=utf-8"))
        headers.append(("Content-Transfer-Encoding", "base64"))
        if envelope.autoSubmitted { headers.append(("Auto-Submitted", "auto-generated")) }
        var out = headers.map { "\($0.0): \($0.1)\n" }.joined()
        out += "\n"
        let encoded = Data(body.utf8).base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            out += encoded[index..<end] + "\n"
            index = end
        }
        return out
    }

    /// ASCII stays as it is; anything else becomes RFC 2047 encoded words (UTF-8, base64), folded between words.
    static func encodeHeader(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            // Lines stay within 78 characters: a folded line holds " " + a word of 12 characters of markup and
            // 60 of base64 (45 bytes of text); the first line also holds "Subject: ", so its word takes 42 bytes.
            let limit = words.isEmpty ? 42 : 45
            if Data((chunk + String(character)).utf8).count > limit {
                words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=")
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk.utf8).base64EncodedString())?=") }
        return words.joined(separator: "\n ")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// Stable for the same message and time (so tests can compare), unique enough for mail.
    static func messageID(subject: String, body: String, envelope: EmailEnvelope) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (subject + body + envelope.to.joined()).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let domain =
            envelope.from.split(separator: "@").last.map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
            } ?? "localhost"
        return
            "<govctl.\(Int(envelope.date.timeIntervalSince1970)).\(String(hash, radix: 36))@\(domain.isEmpty ? "localhost" : domain)>"
    }
}
