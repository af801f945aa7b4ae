import Foundation

/// A whole RFC 5322 message for `| sendmail -t`: UTF-8 whatever the locale (quoted-printable body, RFC 2047 encoded
/// display names and subject), header lines folded at 78 characters, `Auto-Submitted: auto-generated` unless `autoSubmitted` is false.
/// Addresses with control characters, and a message without recipients, are refused; control characters in the
/// subject and body are shown as escapes (`TextEscaping`).
package struct MailMessage: Sendable {
    package var from: String
    package var to: [String]
    package var subject: String
    package var body: String
    package var date: Date
    /// The right-hand side of the Message-ID (the sender's domain).
    package var messageDomain: String?
    /// The left-hand side of the Message-ID; `nil` makes a random one.
    package var messageLocalPart: String?
    /// `Auto-Submitted: auto-generated` (RFC 3834): for automated runs only (reserve-status's notifications,
    /// `--auto-submitted`); some help desks drop such mail, so a case a person sends goes without it.
    package var autoSubmitted = true

    package init(from: String, to: [String], subject: String, body: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
    }

    /// The message text, CRLF-free (sendmail -t takes LF lines).
    package func render() throws(GovError) -> String {
        guard !to.isEmpty, to.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw GovError(
                .usage, "the message has no recipient",
                hint: "give --to ADDRESS, or set \"mail\": {\"to\": [...]} in /etc/govctl/govctl.json")
        }
        let fromHeader = try Self.address(from, field: "from")
        let toHeaders = try to.map { address throws(GovError) in try Self.address(address, field: "to") }
        // Data in the subject and body is shown, not obeyed, by the reader's mail program (`TextEscaping`).
        let subject = TextEscaping.line(subject)
        let body = TextEscaping.block(body)
        let domain = messageDomain ?? Self.domain(of: from) ?? "govctl.invalid"
        var headers: [(String, String)] = [
            ("From", fromHeader), ("To", toHeaders.joined(separator: ", ")),
            ("Subject", Self.encodedWords(subject)), ("Date", Self.rfc5322Date(date)),
            ("Message-ID", "<\(messageLocalPart ?? UUID().uuidString.lowercased())@\(domain)>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
        ]
        if autoSubmitted { headers.append(("Auto-Submitted", "auto-generated")) }
        var out = ""
        for (name, value) in headers { out += Self.fold("\(name): \(value)") + "\n" }
        return out + "\n" + Self.quotedPrintable(body)
    }

    /// Why `text` cannot stand on a `To:` or `From:` line, as a phrase that completes "'--to TEXT' …", and how to
    /// fix it; `nil` when it can. Refused: an empty address, and every control character (C0, including U+001C–U+001E,
    /// which some readers take for line breaks; DEL; C1; U+2028 and U+2029; the bidirectional overrides), whatever
    /// the locale; then anything that is not `a@b` or `Name <a@b>`.
    package static func addressProblem(_ text: String, option: String) -> (reason: String, hint: String)? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            return ("is empty", "give an address, e.g. \(option) kundservice@example.org")
        }
        if let control = text.unicodeScalars.first(where: TextEscaping.needsEscape) {
            let code = String(control.value, radix: 16, uppercase: true)
            return (
                "has a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))",
                "give one address per \(option), on one line, without control characters"
            )
        }
        if listsMore(text) {
            return (
                "holds more than one address (a display name may not hold <, >, @, , or ; unquoted)",
                "give one address per \(option) and repeat \(option) for each recipient, e.g. \(option) "
                    + "'Kari <kari@example.org>' \(option) ola@example.org; a name with a comma goes in double quotes: "
                    + "'\"Nordmann, Kari\" <kari@example.org>'"
            )
        }
        do throws(GovError) {
            _ = try address(text, field: option)
        } catch {
            return (
                "is not an e-mail address" + (text.utf8.count > 254 ? " (an address has at most 254 characters)" : ""),
                error.hint ?? "write e.g. kundservice@example.org or 'Name <a@b>'"
            )
        }
        return nil
    }

    /// Whether `text` is a list rather than one address: `a <x@y>, b <z@w>` has one `<…>` at its end, and the
    /// rest, the display name, holds the other address. A mail reader (`sendmail -t`, Python's `getaddresses`) sees
    /// two recipients where govctl would write one name, so a display name that is not quoted may hold none of
    /// `<`, `>`, `@`, `,` and `;`; a quoted one (`"Nordmann, Kari" <kari@example.org>`) may.
    static func listsMore(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") else { return false }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        if unquoted(name) != nil { return false }
        return name.contains { "<>@,;".contains($0) }
    }

    /// The text of a display name written as one quoted string (`"Nordmann, Kari"`), or `nil`.
    static func unquoted(_ name: String) -> String? {
        guard name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") else { return nil }
        var out = ""
        var escaped = false
        for character in name.dropFirst().dropLast() {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                out.append(character)
            }
        }
        return escaped ? nil : out
    }

    /// `Name <a@b>` with the name RFC 2047-encoded when it is not ASCII, or a bare address.
    static func address(_ text: String, field: String) throws(GovError) -> String {
        if listsMore(text) {
            throw GovError(
                .usage, "the \(field) address '\(text)' holds more than one address",
                hint:
                    "give each address on its own: repeat --\(field), or write each as its own entry of mail.\(field) in the configuration"
            )
        }
        if text.unicodeScalars.contains(where: TextEscaping.needsEscape) {
            throw GovError(
                .usage, "the \(field) address '\(TextEscaping.line(text))' has a control character",
                hint:
                    "give each \(field) address on one line, without control characters (--\(field), or mail.\(field) in the configuration)"
            )
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var name = ""
        var address = trimmed
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            name = Self.unquoted(name) ?? name
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        // RFC 5321 4.5.3.1: a path of at most 256 octets, so an address of at most 254.
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254,
            address.unicodeScalars.allSatisfy({ $0.isASCII && $0 != " " && $0 != "<" && $0 != ">" && $0 != "," })
        else {
            throw GovError(
                .usage, "'\(text)' is not an e-mail address", hint: "write e.g. kundservice@example.org or 'Name <a@b>'"
            )
        }
        guard !name.isEmpty else { return address }
        let isAtom = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == ".")
        }
        // A name with a word too long to fold within 78 columns is encoded too: encoded words are short.
        let foldable = !name.split(separator: " ").contains { $0.utf8.count > 60 }
        let shown =
            name.unicodeScalars.allSatisfy(\.isASCII) && foldable
            ? (isAtom
                ? name
                : "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\"")
            : encoded(name)
        return "\(shown) <\(address)>"
    }

    static func domain(of address: String) -> String? {
        let bare = address.split(separator: "<").last.map { $0.replacingOccurrences(of: ">", with: "") } ?? address
        return bare.split(separator: "@").last.map(String.init)
    }

    /// ASCII text as is; else RFC 2047 `=?UTF-8?B?…?=` words (at most 52 characters), split between characters.
    package static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) else { return text }
        return encoded(text)
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words (at most 52 characters), split between characters.
    static func encoded(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 30 bytes make 40 base64 characters, a 52-character word: it fits after any header name within 78.
            if chunk.count + bytes.count > 30 {
                words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    /// A header line folded at white space so that no line exceeds 78 characters (where white space allows).
    static func fold(_ line: String) -> String {
        var out: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if current.isEmpty || !current.contains(" ") && current.hasSuffix(":") && out.isEmpty {
                current += current.isEmpty ? String(word) : " " + word
            } else if current.count + 1 + word.count > 78 {
                out.append(current)
                current = " " + word
            } else {
                current += " " + word
            }
        }
        out.append(current)
        return out.joined(separator: "\n")
    }

    /// `Sat, 21 Nov 2026 08:00:00 +0000` (RFC 5322 3.3), in UTC.
    package static func rfc5322Date(_ date: Date) -> String {
        let t = LocalClock(zone: TimeZone(secondsFromGMT: 0) ?? .current).local(date)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(days[(t.isoWeekday + 6) % 7]), \(t.day) \(months[(t.month + 11) % 12]) \(t.year) \(two(t.hour)):\(two(t.minute)):\(two(t.second)) +0000"
    }

    /// RFC 2045 quoted-printable: lines of at most 76 characters, soft breaks `=`, `=XX` for non-ASCII and `=`.
    package static func quotedPrintable(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var width = 0
            let bytes = Array(line.utf8)
            for (i, byte) in bytes.enumerated() {
                let isLast = i == bytes.count - 1
                let piece: String
                if (byte == 0x20 || byte == 0x09) && isLast {
                    piece = String(format: "=%02X", byte)
                } else if (byte >= 33 && byte <= 126 && byte != 61) || byte == 0x20 || byte == 0x09 {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = String(format: "=%02X", byte)
                }
                if width + piece.count > 75 {
                    encoded += "=\n"
                    width = 0
                }
                encoded += piece
                width += piece.count
            }
            out += encoded + "\n"
        }
        if text.hasSuffix("\n") { out.removeLast() }
        return out
    }
}
