/// Decodes `{"nb": "…", "en": "…"}` texts.
enum TextDecoder {
    static func decode(_ node: JSONNode, key: @autoclosure () -> String, sink: DiagnosticSink) -> LocalizedText? {
        guard node.isObject else {
            sink.error(
                "wrong-type", at: node.offset,
                "'\(key())' must be a text object such as {\"nb\": \"…\", \"en\": \"…\"}, found \(node.typeName)",
                hint: "give the source-language text and an English rendering")
            return nil
        }
        // Members are read as entries of the parsed file: a text is the commonest object of a procedure.
        let document = node.document
        var values = LocalizedText(source: document.bytes)
        for member in node.memberIndices {
            let entry = document.entries[member]
            guard let language = language(ofKeyAt: member, in: document) else {
                sink.error(
                    "unknown-key", at: Int(entry.keyStart) - 1,
                    "unknown language '\(document.key(at: member))' in '\(key())'",
                    hint: "use \"nb\", \"sv\" or \"en\"")
                continue
            }
            // The text stays in the file's bytes unless it was written with escapes (then it is made now).
            if entry.tag == .string, entry.decodedValue < 0, entry.length > 0 {
                values.set(language, start: entry.start, count: entry.length)
            } else if entry.tag == .string, entry.decodedValue >= 0, !document.decoded[Int(entry.decodedValue)].isEmpty
            {
                values[language] = document.decoded[Int(entry.decodedValue)]
            } else {
                sink.error(
                    "wrong-type", at: Int(entry.offset),
                    "the '\(document.key(at: member))' text of '\(key())' must be a non-empty string",
                    hint: "put the text in double quotes")
            }
        }
        if values.isEmpty { return nil }
        // Only a text that lacks the source language or English needs the list of what is missing.
        if let language = sink.language, !values.has(language) || !values.has(.en) {
            for required in [language, .en] where !values.has(required) {
                sink.error(
                    "missing-translation", at: node.offset, "'\(key())' has no \"\(required.rawValue)\" text",
                    hint: required == .en
                        ? "add an English rendering: \"en\": \"…\""
                        : "add the source-language text: \"\(required.rawValue)\": \"…\"")
            }
        }
        return values
    }

    /// The language a member's key names ("nb", "sv", "en"), compared as bytes; `nil` for any other key.
    private static func language(ofKeyAt member: Int, in document: JSONDocument) -> Language? {
        let entry = document.entries[member]
        if entry.decodedKey >= 0 { return Language(rawValue: document.decoded[Int(entry.decodedKey)]) }
        guard entry.keyLength == 2 else { return nil }
        let start = Int(entry.keyStart)
        switch (document.bytes[start], document.bytes[start + 1]) {
        case (UInt8(ascii: "n"), UInt8(ascii: "b")): return .nb
        case (UInt8(ascii: "s"), UInt8(ascii: "v")): return .sv
        case (UInt8(ascii: "e"), UInt8(ascii: "n")): return .en
        default: return nil
        }
    }
}
