/// A language govctl writes in: the sources' Norwegian bokmål and Swedish, and English.
package enum Language: String, Sendable, CaseIterable, Codable {
    case nb, sv, en
}

/// A text given in one or more languages: the source language is authoritative, English is a rendering.
///
/// One field per language rather than a dictionary: files hold thousands of texts, and a text then costs no
/// hashing and no allocation beyond its strings.
package struct LocalizedText: Sendable, Equatable {
    private var nb: String?
    private var sv: String?
    private var en: String?

    /// A text with no language yet.
    package init() {}

    package init(_ values: [Language: String]) {
        for (language, text) in values { self[language] = text }
    }

    /// The text in `language`, if there is one.
    package subscript(language: Language) -> String? {
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

    /// Whether there is a text in `language`.
    func has(_ language: Language) -> Bool { self[language] != nil }

    /// Whether no language has a text.
    package var isEmpty: Bool { Language.allCases.allSatisfy { !has($0) } }

    /// The text in `language`, else in `fallback` (the source language), else any text there is.
    package func resolve(_ language: Language, fallback: Language) -> String {
        self[language] ?? self[fallback] ?? allValues.sorted().first ?? ""
    }

    /// All the text, for matching keywords in any language.
    package var allValues: [String] { Language.allCases.compactMap { self[$0] } }
}
