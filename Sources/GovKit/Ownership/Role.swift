/// A role the source names (system owner, function coordinator, a forum), who holds it and what it does.
package struct Role: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    /// The systems the role concerns (ids from a registry); empty means every system of the procedure.
    package let systems: [String]
    package let name: LocalizedText
    package let aliases: [String]
    /// Who holds the role; empty where the source names the role but no holder.
    package let holders: [Holder]
    /// The author's statement that the source names this role but no holder (so an empty `holders` is a faithful
    /// transcription, not an omission).
    package var holderNotNamed = false
    package let contacts: [Contact]
    package let duties: [Duty]
    /// For forums: who takes part, how often it meets, who convenes it.
    package let members: LocalizedText?
    package let frequency: LocalizedText?
    package let convenedBy: LocalizedText?
    package let source: String
    /// Where the entry reads more than the source says.
    package var interpretation: LocalizedText? = nil
}

/// A person, unit or forum holding a role.
package struct Holder: Sendable {
    package enum Kind: String, Sendable, CaseIterable { case person, unit, forum, group }
    package let name: String
    package let title: LocalizedText?
    package let kind: Kind
}

/// A way to reach someone: phone, e-mail, portal, web page.
package struct Contact: Sendable {
    package enum Kind: String, Sendable, CaseIterable { case phone, email, portal, web, other }
    package let kind: Kind
    package let value: String
    package let label: LocalizedText?
    /// When the contact is staffed, where the source says so.
    package let hours: OpeningHours?
}

/// A daily time window such as 09.00–15.00, in the procedure's time zone.
package struct OpeningHours: Sendable {
    package let from: String
    package let to: String
    package let note: LocalizedText?
}

/// One duty of a role, with its source section.
package struct Duty: Sendable {
    package let text: LocalizedText
    package let source: String
    /// Where the duty reads more than the source says.
    package var interpretation: LocalizedText? = nil
}

/// Where to go for a kind of task (access, deviations, change requests, …): who, which channel, and why.
package struct Route: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let systems: [String]
    /// Words in any language that ask for this route ("tilgang", "behörighet", "access").
    package let keywords: [String]
    package let title: LocalizedText
    /// The role to go to, if the route names one.
    package let role: String?
    package let text: LocalizedText
    package let contacts: [Contact]
    package let source: String
    /// Where the route reads more than the source says (e.g. the keywords that lead to it).
    package var interpretation: LocalizedText? = nil
}
