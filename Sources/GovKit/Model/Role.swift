/// A role the source names (system owner, function coordinator, a forum), who holds it and what it does.
public struct Role: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    /// The systems the role concerns (ids from a registry); empty means every system of the procedure.
    public let systems: [String]
    public let name: LocalizedText
    public let aliases: [String]
    /// Who holds the role; empty where the source names the role but no holder.
    public let holders: [Holder]
    public let contacts: [Contact]
    public let duties: [Duty]
    /// For forums: who takes part, how often it meets, who convenes it.
    public let members: LocalizedText?
    public let frequency: LocalizedText?
    public let convenedBy: LocalizedText?
    public let source: String
}

/// A person, unit or forum holding a role.
public struct Holder: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case person, unit, forum, group }
    public let name: String
    public let title: LocalizedText?
    public let kind: Kind
}

/// A way to reach someone: phone, e-mail, portal, web page.
public struct Contact: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case phone, email, portal, web, other }
    public let kind: Kind
    public let value: String
    public let label: LocalizedText?
    /// When the contact is staffed, where the source says so.
    public let hours: OpeningHours?
}

/// A daily time window such as 09.00–15.00, in the procedure's time zone.
public struct OpeningHours: Sendable {
    public let from: String
    public let to: String
    public let note: LocalizedText?
}

/// One duty of a role, with its source section.
public struct Duty: Sendable {
    public let text: LocalizedText
    public let source: String
}

/// Where to go for a kind of task (access, deviations, change requests, …): who, which channel, and why.
public struct Route: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let systems: [String]
    /// Words in any language that ask for this route ("tilgang", "behörighet", "access").
    public let keywords: [String]
    public let title: LocalizedText
    /// The role to go to, if the route names one.
    public let role: String?
    public let text: LocalizedText
    public let contacts: [Contact]
    public let source: String
}
