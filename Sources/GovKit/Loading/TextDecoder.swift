/// Decodes `{"nb": "…", "en": "…"}` texts.
enum TextDecoder {
    /// The keys whose texts are one line (a name, a title, a label): a line break or control character in them is
    /// `control-character`. Other texts (a step, a note, a template) may run over lines.
    static let oneLineKeys: Set<String> = ["name", "title", "label", "documentType", "deadlineLabel", "endedLabel"]

    static func decode(_ node: JSONNode, key: @autoclosure () -> String, sink: DiagnosticSink) -> LocalizedText? {
        let name = key()
        let oneLine = oneLineKeys.contains(name) || name.hasPrefix("labels.")
        guard node.isObject else {
            sink.error(
                .wrongType, at: node.offset,
                "'\(key())' must be a text object such as {\"nb\": \"…\", \"en\": \"…\"}, found \(node.typeName)",
                hint: "give the source-language text and an English rendering")
            return nil
        }
        var values = LocalizedText()
        // Languages whose text is written but reported (not a string, or empty): not reported again as missing.
        var reported: [Language] = []
        for member in node.members {
            guard let language = Language(rawValue: member.key) else {
                sink.error(
                    .unknownKey, at: member.keyOffset, "unknown language '\(member.key)' in '\(key())'",
                    hint: "use \"nb\", \"sv\" or \"en\"")
                continue
            }
            guard let text = member.value.stringValue else {
                sink.error(
                    .wrongType, at: member.value.offset,
                    "the '\(member.key)' text of '\(key())' must be a string, found \(member.value.typeName)",
                    hint: "put the text in double quotes")
                reported.append(language)
                continue
            }
            if ObjectReader.isBlank(text) {
                sink.error(
                    .emptyValue, at: member.value.offset, "the '\(member.key)' text of '\(key())' is empty",
                    hint: "write the text as the source has it")
                reported.append(language)
                continue
            }
            if oneLine, sink.checks.contains(.oneLine), let scalar = ObjectReader.controlCharacter(in: text) {
                ObjectReader.reportControl(
                    scalar, in: "the '\(member.key)' text of '\(key())'", at: member.value.offset, sink: sink)
            }
            values[language] = text
        }
        if values.isEmpty { return nil }
        // Only a text that lacks the source language or English needs the list of what is missing.
        if let language = sink.language, !values.has(language) || !values.has(.en) {
            for required in [language, .en] where !values.has(required) && !reported.contains(required) {
                sink.error(
                    .missingTranslation, at: node.offset, "'\(key())' has no \"\(required.rawValue)\" text",
                    hint: required == .en
                        ? "add an English rendering: \"en\": \"…\""
                        : "add the source-language text: \"\(required.rawValue)\": \"…\"")
            }
        }
        return values
    }
}
