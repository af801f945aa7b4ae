import Foundation

/// The case as it goes into the provider's portal (`--format case`): the subject on the first line, then each other
/// field of the case, not indented, in the guide's order (the portal's field order), and nothing for the operator.
///
/// A case field is a guide text with a fixed `language` (the text the portal receives, whatever `--lang` is); the
/// text with id `subject` is the subject. Texts without a fixed language (the follow-up call) are for the operator.
package enum CaseRenderer {
    /// The case's fields: the subject (if the guide has one) first, then the others in the guide's order.
    package static func fields(_ r: GuideResult) -> (subject: FilledText?, body: [FilledText]) {
        let fields = r.texts.filter { $0.0.fixedLanguage != nil }
        return (fields.first { $0.0.id == "subject" }?.1, fields.filter { $0.0.id != "subject" }.map(\.1))
    }

    /// The texts for the operator that travel with the case in a mail (the follow-up call), with their labels.
    package static func followUp(_ r: GuideResult) -> [(label: String, text: FilledText)] {
        r.texts.filter { $0.0.fixedLanguage == nil }.map {
            ($0.0.label.resolve(r.language, fallback: r.procedure.document.language), $0.1)
        }
    }

    /// The facts the answer still lacks, named by the flag a person would type; empty when it is complete. The
    /// answer's one missing list (`GuideResult.unfilled`), as text, Markdown and JSON show it: a question of the
    /// definition left unanswered is missing here too, though it appears in no case text.
    package static func missingFlags(_ r: GuideResult) -> [String] {
        r.unfilled.map { r.flag(for: $0) }
    }

    /// Refuses (exit 65) an answer that is not an urgent case, one without case fields, or, unless `allowMissing`,
    /// one with facts missing (named by their flags).
    package static func check(_ r: GuideResult, allowMissing: Bool) throws(GovError) {
        if UrgentCaseGate.isNotUrgent(r) {
            throw GovError(
                .dataError, "by the procedure's definition this is not an urgent case; there is no case to write",
                hint: UrgentCaseGate.instead(r).joined(separator: " "))
        }
        let (subject, body) = fields(r)
        guard subject != nil || !body.isEmpty else {
            throw GovError(
                .dataError, "the guide '\(r.guide.id)' has no case text",
                hint: "use --format text, markdown or json for its steps")
        }
        let missing = missingFlags(r)
        if !missing.isEmpty && !allowMissing {
            throw GovError(
                .dataError, "the case is not complete: give \(missing.joined(separator: ", "))",
                hint:
                    "or run it at a terminal (without --no-input) to be asked for them, even with the output in a pipe; "
                    + "or add --allow-missing to write it with marked blanks ([[\(Vocabulary.missing.in(r.language)): …]])"
            )
        }
    }

    /// The texts for the operator that the case leaves out (the follow-up call), one line each ("Oppfølging: Ring
    /// Brukerstøtte …"): for stderr, so that `--format case` does not lose the step that needs the case number.
    package static func operatorNotes(_ r: GuideResult) -> [String] {
        followUp(r).map { label, text in
            label + ": "
                + text.shown.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
        }
    }

    /// The paste-ready text; `check` first.
    package static func render(_ r: GuideResult, allowMissing: Bool = false) throws(GovError) -> String {
        try check(r, allowMissing: allowMissing)
        let (subject, body) = fields(r)
        let parts = (subject.map { [$0.shown] } ?? []) + body.map(\.shown)
        return parts.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }
}
