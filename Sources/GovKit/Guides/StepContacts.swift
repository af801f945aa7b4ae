/// Who a step sends the reader to, and how to reach them: the role's phone numbers, addresses and hours from the
/// procedure, or that the source gives none (so nobody looks for a number that is not there).
package enum StepContacts {
    /// ` (telefon: 32 23 53 30 [09:00–15:00])`, or ` (kontakt: ikke oppgitt i kilden)`.
    package static func text(_ role: Role, _ lang: Language, _ source: Language) -> String {
        guard !role.contacts.isEmpty else {
            return " (\(Vocabulary.stepContact.in(lang)): \(Vocabulary.notStated.in(lang)))"
        }
        let items = role.contacts.map { contact in
            let e = TextEscaping.line
            var item = "\(OwnershipTextRenderer.kind(contact.kind).in(lang)): \(e(contact.value))"
            if let label = contact.label { item += " (\(e(label.resolve(lang, fallback: source))))" }
            if let hours = contact.hours {
                item +=
                    " [\(e(hours.from))–\(e(hours.to))"
                    + (hours.note.map { ", \(e($0.resolve(lang, fallback: source)))" } ?? "") + "]"
            }
            return item
        }
        return " (" + items.joined(separator: ", ") + ")"
    }
}
