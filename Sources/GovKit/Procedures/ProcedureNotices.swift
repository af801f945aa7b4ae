/// What a command says on stderr about a procedure it used, in the run's language (the language the procedure's
/// answer is written in), so that a Norwegian dialogue has no English line in it.
package enum ProcedureNotices {
    /// The source document's `validUntil` has passed (`today` in the procedure's zone); `nil` while it is valid.
    package static func expired(_ procedure: Procedure, today: CalendarDate, asked: Language?) -> String? {
        guard let until = procedure.document.validUntil, until < today else { return nil }
        return Vocabulary.expiredWarning.in(procedure.document.language(for: asked))
            .replacingOccurrences(of: "DATE", with: "\(until)")
            .replacingOccurrences(of: "ID", with: procedure.document.documentId ?? procedure.id)
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
    static let expiredWarning = Vocabulary(
        nb:
            "kildedokumentet gikk ut DATE (ID); spør dokumenteieren om gjeldende versjon, veiledningen kan være utdatert",
        sv:
            "källdokumentet gick ut DATE (ID); fråga dokumentägaren efter gällande version, vägledningen kan vara inaktuell",
        en:
            "the source document expired on DATE (ID); ask the document owner for the current version; the guidance may "
            + "be out of date")
    static let languageNotWritten = Vocabulary(
        nb: "'PROCEDURE' er skrevet på SOURCE og en, ikke ASKED; svaret er på SOURCE, kildens språk",
        sv: "'PROCEDURE' är skriven på SOURCE och en, inte ASKED; svaret är på SOURCE, källans språk",
        en: "'PROCEDURE' is written in SOURCE and en, not ASKED; its output is in SOURCE, the source's language")
}
