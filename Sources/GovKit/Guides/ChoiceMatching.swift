/// How a typed value finds one of a choice fact's choices: by its id or its label in any language, without regard to
/// case, spaces, hyphens or underscores (`Servergruppe`, `teknisk service` and `teknisk-service` are one choice).
package enum ChoiceMatching {
    /// The id of the choice `text` names, or `nil` when it names none (or more than one).
    package static func id(for text: String, among choices: [Choice]) -> String? {
        let key = normalized(text)
        guard !key.isEmpty else { return nil }
        if let exact = choices.first(where: { $0.id == text }) { return exact.id }
        let byID = choices.filter { normalized($0.id) == key }
        if byID.count == 1 { return byID[0].id }
        let byLabel = choices.filter { choice in
            choice.label.allValues.contains { normalized($0) == key }
        }
        return byLabel.count == 1 ? byLabel[0].id : nil
    }

    /// Lowercased, without spaces, dashes and underscores: `NameKey.fold`, as for systems and roles.
    package static func normalized(_ text: String) -> String { NameKey.fold(text) }
}
