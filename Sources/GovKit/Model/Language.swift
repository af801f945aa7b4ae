/// A language govctl writes in: the sources' Norwegian bokmål and Swedish, and English.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nb, sv, en
}

/// A text given in one or more languages: the source language is authoritative, English is a rendering.
public struct LocalizedText: Sendable, Equatable {
    public let values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    /// The text in `language`, else in `fallback` (the source language), else any text there is.
    public func resolve(_ language: Language, fallback: Language) -> String {
        values[language] ?? values[fallback] ?? values.values.sorted().first ?? ""
    }

    /// All the text, for matching keywords in any language.
    public var allValues: [String] { Language.allCases.compactMap { values[$0] } }
}
