/// A step's or text's words with its `{{placeholders}}` filled in, keeping apart the ones that had no value.
///
/// How a blank is shown is the renderer's business: text and Markdown write a marked blank (`[[MANGLER: Avdeling]]`),
/// JSON writes `null` for a text that is not complete and lists the facts under `missing`.
package struct FilledText: Sendable, Equatable {
    package enum Piece: Sendable, Equatable {
        case words(String)
        /// A placeholder's value: data (a fact given on the command line, a system's name), one line of it.
        case value(String)
        /// A placeholder with no value: the fact (or path) it names and how the fact is labelled.
        case blank(name: String, label: String)
    }

    package let pieces: [Piece]
    /// The language the text is written in (a case text may be fixed to the source's).
    package let language: Language

    package init(_ pieces: [Piece], language: Language) {
        self.pieces = pieces
        self.language = language
    }

    /// The names of the placeholders left blank, in order.
    package var blanks: [String] {
        pieces.compactMap { piece in
            if case .blank(let name, _) = piece { return name }
            return nil
        }
    }

    /// The text when every placeholder has a value, else `nil`.
    package var complete: String? { blanks.isEmpty ? marked : nil }

    /// The text with each blank marked for a person to fill in: `[[MANGLER: Avdeling]]`.
    package var marked: String {
        pieces.map { piece in
            switch piece {
            case .words(let s), .value(let s): return s
            case .blank(_, let label): return "[[\(Vocabulary.missing.in(language)): \(label)]]"
            }
        }.joined()
    }

    /// `marked` for a terminal or a mail (`TextEscaping`): the procedure's words may run over lines (line breaks
    /// and tabs stay, other controls are escaped); a value stays on its line (every control is escaped, so a
    /// value cannot forge a line of the text).
    package var shown: String {
        pieces.map { piece in
            switch piece {
            case .words(let s): return TextEscaping.block(s)
            case .value(let s): return TextEscaping.line(s)
            case .blank(_, let label):
                return "[[\(Vocabulary.missing.in(language)): \(TextEscaping.line(label))]]"
            }
        }.joined()
    }
}
