/// Who a step sends the reader to, resolved once for every face: the role the step names and that role's own
/// contacts from the procedure. Empty contacts mean the source gives none, and every face says so; a route's or
/// another role's number is never lent to the role (the service desk's "30 000" is not Kundservice's).
package struct StepContact: Sendable {
    /// The role the step names; `nil` when it names none.
    package let role: Role?

    /// The role's own contacts; empty when the source gives none (or the step names no role).
    package var contacts: [Contact] { role?.contacts ?? [] }

    /// The one resolution every face reads.
    package init(_ step: Step, in procedure: Procedure) {
        role = step.role.flatMap { id in procedure.roles.first { $0.id == id } }
    }
}

/// A step of a guide's answer: its text filled in from the facts, and who it sends the reader to.
package struct GuideStep: Sendable {
    package let step: Step
    package let text: FilledText
    package let contact: StepContact
}

/// The contact as words on a step's line (text and Markdown), from the one conversion (`ContactDocument`).
package enum StepContacts {
    /// ` (telefon: 32 23 53 30 [09:00–15:00])`, or ` (kontakt: anges inte i källan)`.
    package static func inlines(_ contact: StepContact, _ lang: Language, _ source: Language) -> [Inline] {
        [.text(" (")] + ContactDocument.line(ContactDocument.own(contact.contacts, lang, source)) + [.text(")")]
    }
}
