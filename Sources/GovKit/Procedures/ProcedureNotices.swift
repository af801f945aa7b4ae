/// What a command says on stderr about a procedure it used, in the run's language (the language the procedure's
/// answer is written in), so that a Norwegian dialogue has no English line in it.
package enum ProcedureNotices {
    /// The source document's `validUntil` has passed (`today` in the procedure's zone); `nil` while it is valid.
    package static func expired(_ procedure: Procedure, today: CalendarDate, asked: Language?) -> String? {
        guard procedure.document.validUntil.map({ $0 < today }) == true else { return nil }
        let (message, hint) = expired(procedure, in: procedure.document.language(for: asked))
        return message + "; " + hint
    }

    /// What an expired source document is, and what to do, in `language`: `validate`'s diagnostic too (in English).
    static func expired(_ procedure: Procedure, in language: Language) -> (message: String, hint: String) {
        let message = Vocabulary.expiredMessage.in(language)
            .replacingOccurrences(of: "DATE", with: procedure.document.validUntil.map { "\($0)" } ?? "")
            .replacingOccurrences(of: "ID", with: procedure.document.documentId ?? procedure.id)
        return (message, Vocabulary.expiredHint.in(language))
    }

    /// `--lang` asked for a language the procedure is not written in; `nil` when it is.
    package static func language(_ procedure: Procedure, asked: Language) -> String? {
        let source = procedure.document.language
        guard procedure.document.language(for: asked) != asked else { return nil }
        return Vocabulary.languageNotWritten.in(source)
            .replacingOccurrences(of: "PROCEDURE", with: procedure.id)
            .replacingOccurrences(of: "SOURCE", with: source.rawValue)
            .replacingOccurrences(of: "ASKED", with: asked.rawValue)
    }
}

extension Vocabulary {
    static let expiredMessage = Vocabulary(
        nb: "kildedokumentet gikk ut DATE (ID)", sv: "källdokumentet gick ut DATE (ID)",
        en: "the source document expired on DATE (ID)")
    static let expiredHint = Vocabulary(
        nb: "spør dokumenteieren om gjeldende versjon, veiledningen kan være utdatert",
        sv: "fråga dokumentägaren efter gällande version, vägledningen kan vara inaktuell",
        en: "ask the document owner for the current version; the guidance may be out of date")
    static let languageNotWritten = Vocabulary(
        nb: "'PROCEDURE' er skrevet på SOURCE og en, ikke ASKED; svaret er på SOURCE, kildens språk",
        sv: "'PROCEDURE' är skriven på SOURCE och en, inte ASKED; svaret är på SOURCE, källans språk",
        en: "'PROCEDURE' is written in SOURCE and en, not ASKED; its output is in SOURCE, the source's language")
}
