/// Where the data reads more than the source says (an expanded name, a rounding rule, a keyword that maps a task to
/// a route), the entry carries `"interpretation": {"nb"|"sv": …, "en": …}`; every output then says so.
package enum Interpretation {
    /// "govctl's reading, not the source's" in `language`.
    package static func label(_ language: Language) -> String {
        switch language {
        case .nb: return "govctls lesning, ikke kildens"
        case .sv: return "govctl:s tolkning, inte källans"
        case .en: return "govctl's reading, not the source's"
        }
    }

    /// "govctl's reading, not the source's: <text>" in `language` (falling back to the source language).
    package static func line(_ text: LocalizedText, _ language: Language, fallback: Language) -> String {
        "\(label(language)): \(TextEscaping.line(text.resolve(language, fallback: fallback)))"
    }
}

extension ObjectReader {
    /// The optional `interpretation` of an entry: the one place the key is read, for every decoder that allows it.
    mutating func interpretation() -> LocalizedText? { text("interpretation") }
}
