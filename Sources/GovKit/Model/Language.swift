/// A language govctl writes in: the sources' Norwegian bokmål and Swedish, and English.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nb, sv, en
}

/// A text given in one or more languages: the source language is authoritative, English is a rendering.
///
/// One field per language rather than a dictionary: procedure files hold thousands of these, and `validate`
/// reads 10,000 files in under a second only when a text costs no hashing and no extra allocation.
public struct LocalizedText: Sendable, Equatable {
    private var nb: String?
    private var sv: String?
    private var en: String?

    /// A text with no language yet.
    public init() {}

    public init(_ values: [Language: String]) {
        for (language, text) in values { self[language] = text }
    }

    /// The text in `language`, if there is one.
    public subscript(language: Language) -> String? {
        get {
            switch language {
            case .nb: return nb
            case .sv: return sv
            case .en: return en
            }
        }
        set {
            switch language {
            case .nb: nb = newValue
            case .sv: sv = newValue
            case .en: en = newValue
            }
        }
    }

    /// Whether no language has a text.
    public var isEmpty: Bool { nb == nil && sv == nil && en == nil }

    /// The text in `language`, else in `fallback` (the source language), else any text there is.
    public func resolve(_ language: Language, fallback: Language) -> String {
        self[language] ?? self[fallback] ?? allValues.sorted().first ?? ""
    }

    /// All the text, for matching keywords in any language.
    public var allValues: [String] { [nb, sv, en].compactMap { $0 } }
}
