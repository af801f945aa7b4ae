/// Contacts in words, the one conversion every face shows them with (a step's contact in text, Markdown and JSON's
/// neighbours, `who-owns`, `show`, the site's pages and the printed checklist): each contact as a labelled value
/// ("telefon: 32 23 53 30 (Klinisk brukerservice) [09:00–15:00, hverdager]"), and a role's own contacts or the
/// source's silence ("kontakt: anges inte i källan"), never another role's or a route's.
package enum ContactDocument {
    /// Each contact as "kind: value (label) [from–to, note]".
    package static func fields(_ contacts: [Contact], _ lang: Language, _ source: Language) -> [Field] {
        contacts.map { contact in
            var value = contact.value
            if let label = contact.label { value += " (\(label.resolve(lang, fallback: source)))" }
            if let hours = contact.hours {
                value +=
                    " [\(hours.from)–\(hours.to)"
                    + (hours.note.map { ", \($0.resolve(lang, fallback: source))" } ?? "") + "]"
            }
            return Field(kind(contact.kind).in(lang), .words(value))
        }
    }

    /// A role's own contacts, or the source's silence about them.
    package static func own(_ contacts: [Contact], _ lang: Language, _ source: Language) -> [Field] {
        contacts.isEmpty ? [silence(lang)] : fields(contacts, lang, source)
    }

    /// Who a step sends the reader to: its role's own contacts, or the source's silence; nothing when the step
    /// names no role.
    package static func step(_ contact: StepContact, _ lang: Language, _ source: Language) -> [Field] {
        contact.role == nil ? [] : own(contact.contacts, lang, source)
    }

    /// "kontakt: anges inte i källan".
    package static func silence(_ lang: Language) -> Field {
        Field(Vocabulary.stepContact.in(lang), .words(Vocabulary.notStated.in(lang)))
    }

    /// Fields on one line, as a step's role says them in text and Markdown: "telefon: 30 000, portal: Ritz".
    package static func line(_ fields: [Field]) -> [Inline] {
        fields.enumerated().flatMap { i, field in [.text((i == 0 ? "" : ", ") + field.label + ": ")] + field.value }
    }

    static func kind(_ kind: Contact.Kind) -> Vocabulary {
        switch kind {
        case .email: return .email
        case .phone: return .phone
        case .portal: return .portal
        case .web: return .web
        case .other: return .other
        }
    }
}
