/// Step-by-step guidance: the facts it needs, values derived from them by JSON Logic, the steps and texts.
package struct Guide: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let title: LocalizedText
    /// The govctl command that uses this guide (e.g. `report-urgent`), if any; `govctl guide` runs any guide.
    package let purpose: String?
    /// The systems the guide is for (registry ids); empty means not tied to a system.
    package let systems: [String]
    /// For purpose guides: when this guide applies to a system (JSON Logic over `system.*`).
    package let appliesWhen: LogicField?
    package let facts: [FactDefinition]
    package let derived: [DerivedValue]
    package let steps: [Step]
    package let texts: [TextTemplate]
    /// For monitoring commands (reserve-status): how the guide's result maps to a monitoring state.
    package let monitor: Monitor?
    package let source: String
}

/// A fact a guide reads: given on the command line, or a constant from the source.
package struct FactDefinition: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package enum Kind: String, Sendable, CaseIterable { case string, number, boolean, time, choice }
    package let id: String
    package let kind: Kind
    package let label: LocalizedText
    package let required: Bool
    package let choices: [Choice]
    /// A fixed value stated by the source (a threshold, an amount); such a fact cannot be set by the user.
    package let value: JSONValue?
    /// The value used when the user gives none (must be valid for the fact's type).
    package let defaultValue: JSONValue?
    package let source: String?
    /// Byte offsets of `value`, `default` and `choices` in the file, when given, for messages.
    package var valueOffset: Int? = nil
    package var defaultOffset: Int? = nil
    package var choicesOffset: Int? = nil
    /// Whether an answer may hold several lines (a description): asked at a terminal, it ends with an empty line or
    /// is one bracketed paste, and a paste never answers a later question.
    package var multiline = false
    /// Where the fact reads more than the source says (four examples of a list that ends "osv." asked as required).
    package var interpretation: LocalizedText? = nil
}

/// One allowed value of a choice fact.
package struct Choice: Sendable {
    package let id: String
    package let label: LocalizedText
}

/// A value computed from facts by a JSON Logic rule, available to later rules, steps and texts.
package struct DerivedValue: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let label: LocalizedText?
    package let logic: LogicField
    package let source: String
    /// Where the rule reads more than the source says (e.g. 15:00 as the end of the stated hours).
    package var interpretation: LocalizedText? = nil
    /// A fact whose absence the reading is about (`interpretationWhenNotGiven`): the answer shows the reading only
    /// when that fact was not given (its default was taken, or it is blank), not when the user gave it.
    package var interpretationWhenNotGiven: String? = nil
    /// Where `interpretationWhenNotGiven` is written, for messages.
    package var interpretationWhenNotGivenOffset: Int? = nil
}

/// One step of a guide; shown when its `when` rule is true (or always, without one).
package struct Step: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let text: LocalizedText
    package let when: LogicField?
    package let role: String?
    package let source: String
    /// Where the step reads more than the source says.
    package var interpretation: LocalizedText? = nil
}

/// A text to fill in and paste (a case subject, a description), with `{{placeholders}}`.
package struct TextTemplate: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let label: LocalizedText
    package let text: LocalizedText
    /// When set, the text is always written in this language (e.g. the Sykehuspartner case text in Norwegian).
    package let fixedLanguage: Language?
    package let when: LogicField?
    package let source: String
}

/// A JSON Logic rule as written in a file, compiled once at load time.
package struct LogicField: Sendable {
    package let rule: Rule
    /// Byte offset of the rule in its file, for messages.
    package let offset: Int
}
