/// Typographic quotes where JSON needs a straight one, and spaces where JSON needs an ordinary one: word processors (Word, Pages, mail) replace `"` as they type,
/// so a pasted `{“id”: …}` or `"text”` is a common mistake. Inside a string they are text like any other; only where
/// they stand for a delimiter are they reported, as "use a straight quote (") instead of “", at the quote itself.
extension JSONReader {
    /// The quotes that word processors put for `"` and `'`: “ ” „ ‟ ‘ ’ ‚ ‛ « » ″.
    static let typographicQuotes: [[UInt8]] = [
        [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x9E], [0xE2, 0x80, 0x9F],
        [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x9A], [0xE2, 0x80, 0x9B],
        [0xC2, 0xAB], [0xC2, 0xBB], [0xE2, 0x80, 0xB3],
    ]

    /// The typographic quote that starts at `offset`, as text, if one does.
    func typographicQuote(at offset: Int) -> String? {
        for quote in Self.typographicQuotes where offset + quote.count <= bytes.count {
            if bytes[offset..<(offset + quote.count)].elementsEqual(quote) {
                return String(decoding: quote, as: UTF8.self)
            }
        }
        return nil
    }

    /// "use a straight quote (") instead of “", at the quote.
    func straightQuoteIssue(_ quote: String, at offset: Int) -> JSONSyntaxIssue {
        issue(
            "use a straight quote (\") instead of \(quote) (a typographic quote)", at: offset,
            hint: "JSON strings and keys are written in straight double quotes; word processors change quotes as you "
                + "type, so edit procedure files in a plain-text editor, and keep \(quote) only inside the text")
    }

    /// The straight-quote issue when a typographic quote stands at `offset`, where JSON expects structure.
    func typographicQuoteIssue(at offset: Int) -> JSONSyntaxIssue? {
        typographicQuote(at: offset).map { straightQuoteIssue($0, at: offset) }
    }

    /// What a word processor or a web page put where JSON expects structure, named: a typographic quote, or a space
    /// other than the ordinary one (a non-breaking space, U+00A0, is the common one).
    func lookalikeIssue(at offset: Int) -> JSONSyntaxIssue? {
        typographicQuoteIssue(at: offset) ?? unicodeSpace(at: offset).map { spaceIssue($0, at: offset) }
    }

    /// A string from `start` up to `end` that was meant to end at a typographic quote: it has one followed only by
    /// what comes after a string in JSON (spaces, `,` `:` `}` `]`), so the straight quote that ended it was meant to
    /// open the next one (`"corpus”, "document": …` reads as the string `corpus”, `).
    func closingTypographicQuote(from start: Int, to end: Int) -> JSONSyntaxIssue? {
        var i = end
        while i > start {
            i -= 1
            switch bytes[i] {
            case 0x20, 0x09, 0x0D, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"):
                continue
            default:
                // The last character before the punctuation: a quote of two or three bytes ends here.
                for length in [3, 2] where i - length + 1 >= start {
                    if let quote = typographicQuote(at: i - length + 1), quote.utf8.count == length {
                        return straightQuoteIssue(quote, at: i - length + 1)
                    }
                }
                return nil
            }
        }
        return nil
    }

    /// `closingTypographicQuote` for the string value of entry `entry`, if it is a string.
    func closingTypographicQuote(inValueOf entry: Int) -> JSONSyntaxIssue? {
        guard entry < entries.count, entries[entry].tag == .string else { return nil }
        let start = Int(entries[entry].start)
        return closingTypographicQuote(from: start, to: start + Int(entries[entry].length))
    }
}
