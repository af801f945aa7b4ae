/// A source document's validity on a day, from its valid-until date; the source may not state one.
package enum DocumentStatus: String, Sendable {
    case valid, expired
    /// The document gives no valid-until date.
    case notStated

    package init(_ document: DocumentInfo, today: CalendarDate) {
        guard let until = document.validUntil else {
            self = .notStated
            return
        }
        self = until < today ? .expired : .valid
    }

    /// "gyldig til 2024-12-07", "utløpt (gyldig til 2024-12-07)", "gyldig til: ikke oppgitt i kilden".
    package func describe(_ document: DocumentInfo, _ language: Language) -> String {
        let until = document.validUntil?.description ?? ""
        switch self {
        case .valid: return "\(Vocabulary.validUntil.in(language)) \(until)"
        case .expired:
            return "\(Vocabulary.expired.in(language)) (\(Vocabulary.validUntil.in(language)) \(until))"
        case .notStated: return "\(Vocabulary.validUntil.in(language)): \(Vocabulary.notStated.in(language))"
        }
    }

    /// One word: "valid", "expired" or "not stated", in `language`.
    package func word(_ language: Language) -> String {
        switch self {
        case .valid: return Vocabulary.valid.in(language)
        case .expired: return Vocabulary.expired.in(language)
        case .notStated: return Vocabulary.notStated.in(language)
        }
    }
}
