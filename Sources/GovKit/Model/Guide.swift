/// Step-by-step guidance: the facts it needs, values derived from them by JSON Logic, the steps and texts.
public struct Guide: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let title: LocalizedText
    /// The govctl command that uses this guide (e.g. `report-urgent`), if any; `govctl guide` runs any guide.
    public let purpose: String?
    /// The systems the guide is for (registry ids); empty means not tied to a system.
    public let systems: [String]
    /// For purpose guides: when this guide applies to a system (JSON Logic over `system.*`).
    public let appliesWhen: LogicField?
    public let facts: [FactDefinition]
    public let derived: [DerivedValue]
    public let steps: [Step]
    public let texts: [TextTemplate]
    /// For monitoring commands (reserve-status): how the guide's result maps to a monitoring state.
    public let monitor: Monitor?
    public let source: String
}

/// How a guide's result reads as a monitoring check, all by names of the guide's facts and derived values.
public struct Monitor: Sendable {
    public enum Level: String, Sendable, CaseIterable { case ok, warning, critical }
    /// The derived value whose result is the state (e.g. "no-outage").
    public let state: String
    /// Each state's monitoring level; a state not listed is "unknown".
    public let levels: [String: Level]
    /// The time fact the clock runs from.
    public let since: String
    /// The fact holding the minutes after `since` when the next level starts.
    public let deadlineMinutes: String?
    /// A derived boolean saying whether the deadline applies (e.g. only in one scenario).
    public let deadlineApplies: String?
    /// How to say each state to a person.
    public let labels: [String: LocalizedText]
    /// How to say the deadline, followed by its clock time (e.g. "the reserve routine activates without a prognosis at").
    public let deadlineLabel: LocalizedText?
    public let source: String
}

/// A fact a guide reads: given on the command line, or a constant from the source.
public struct FactDefinition: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public enum Kind: String, Sendable, CaseIterable { case string, number, boolean, time, choice }
    public let id: String
    public let kind: Kind
    public let label: LocalizedText
    public let required: Bool
    public let choices: [Choice]
    /// A fixed value stated by the source (a threshold, an amount); such a fact cannot be set by the user.
    public let value: JSONValue?
    /// The value used when the user gives none (must be valid for the fact's type).
    public let defaultValue: JSONValue?
    public let source: String?
}

/// One allowed value of a choice fact.
public struct Choice: Sendable {
    public let id: String
    public let label: LocalizedText
}

/// A value computed from facts by a JSON Logic rule, available to later rules, steps and texts.
public struct DerivedValue: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let label: LocalizedText?
    public let logic: LogicField
    public let source: String
}

/// One step of a guide; shown when its `when` rule is true (or always, without one).
public struct Step: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let text: LocalizedText
    public let when: LogicField?
    public let role: String?
    public let source: String
}

/// A text to fill in and paste (a case subject, a description), with `{{placeholders}}`.
public struct TextTemplate: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let label: LocalizedText
    public let text: LocalizedText
    /// When set, the text is always written in this language (e.g. the Sykehuspartner case text in Norwegian).
    public let fixedLanguage: Language?
    public let when: LogicField?
    public let source: String
}

/// A JSON Logic rule as written in a file, compiled once at load time.
public struct LogicField: Sendable {
    public let rule: Rule
    /// Byte offset of the rule in its file, for messages.
    public let offset: Int
}
