/// A language govctl writes in: the sources' Norwegian bokmål and Swedish, and English.
package enum Language: String, Sendable, CaseIterable, Codable {
    case nb, sv, en
}

/// A text given in one or more languages: the source language is authoritative, English is a rendering.
///
/// One field per language rather than a dictionary, and a text read from a procedure file stays in the file's
/// bytes until someone asks for it: files hold thousands of texts, most of which `validate` never reads, and
/// 10,000 files are checked in about a second only when a text costs no hashing and no allocation of its own.
package struct LocalizedText: Sendable, Equatable {
    /// Where one language's text is.
    enum Piece: Sendable {
        case absent
        case string(String)
        /// Bytes of `source` known to be well-formed UTF-8 (a string without escapes in a parsed file).
        case span(start: Int32, count: Int32)
    }

    /// The bytes of the file the texts were read from (shared with the file, not copied); empty otherwise.
    private var source: [UInt8] = []
    private var nb = Piece.absent
    private var sv = Piece.absent
    private var en = Piece.absent

    /// A text with no language yet.
    package init() {}

    /// A text with no language yet whose texts will be spans of `source` (`set(_:start:count:)`): the bytes of a
    /// parsed JSON file, whose strings the parser checked as UTF-8.
    init(source: [UInt8]) {
        self.source = source
    }

    package init(_ values: [Language: String]) {
        for (language, text) in values { self[language] = text }
    }

    /// The text in `language`, if there is one.
    package subscript(language: Language) -> String? {
        get {
            switch piece(language) {
            case .absent: return nil
            case .string(let text): return text
            case .span(let start, let count):
                return source.withUnsafeBufferPointer { buffer in
                    let bytes = UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(start + count)])
                    return UTF8Check.string(fromChecked: bytes)
                }
            }
        }
        set { setPiece(language, newValue.map(Piece.string) ?? .absent) }
    }

    /// Sets `language`'s text to `count` bytes at `start` of the source given at `init(source:)`: the content of
    /// a string written without escapes.
    mutating func set(_ language: Language, start: Int32, count: Int32) {
        setPiece(language, .span(start: start, count: count))
    }

    /// Calls `body` with the UTF-8 bytes of the text in `language`, read in place; `nil` when there is none.
    func withUTF8<R>(_ language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        switch piece(language) {
        case .absent: return nil
        case .string(var text): return text.withUTF8(body)
        case .span(let start, let count):
            return source.withUnsafeBufferPointer {
                body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + count)]))
            }
        }
    }

    /// Whether there is a text in `language` (without making it).
    func has(_ language: Language) -> Bool {
        if case .absent = piece(language) { return false }
        return true
    }

    private func piece(_ language: Language) -> Piece {
        switch language {
        case .nb: return nb
        case .sv: return sv
        case .en: return en
        }
    }

    private mutating func setPiece(_ language: Language, _ piece: Piece) {
        switch language {
        case .nb: nb = piece
        case .sv: sv = piece
        case .en: en = piece
        }
    }

    /// Whether no language has a text.
    package var isEmpty: Bool { Language.allCases.allSatisfy { !has($0) } }

    /// The text in `language`, else in `fallback` (the source language), else any text there is.
    package func resolve(_ language: Language, fallback: Language) -> String {
        self[language] ?? self[fallback] ?? allValues.sorted().first ?? ""
    }

    /// All the text, for matching keywords in any language.
    package var allValues: [String] { Language.allCases.compactMap { self[$0] } }

    /// Equal when every language has the same text, however each is stored.
    package static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        Language.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }
}
