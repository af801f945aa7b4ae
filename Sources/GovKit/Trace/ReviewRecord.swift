/// The fingerprints of the source sections a procedure was last reviewed against: its top-level
/// `"reviewed": {"sections": {"3.2": "sha256:…", …}}`, one per section the data cites, keyed by the section's
/// outline id. `govctl review` writes it; `govctl trace --source` and `validate` compare a text with it.
package struct ReviewRecord: Sendable {
    package struct Entry: Sendable {
        /// The outline id of the section.
        package let id: String
        package let fingerprint: String
        /// Byte offset of the fingerprint in the file, for messages.
        package let offset: Int
    }

    package let sections: [Entry]

    package init(sections: [Entry]) { self.sections = sections }

    /// The recorded fingerprint of the section `id`, if there is one.
    package func fingerprint(of id: String) -> String? { sections.first { $0.id == id }?.fingerprint }
}

/// Decodes `reviewed`.
enum ReviewRecordDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> ReviewRecord? {
        var r = ObjectReader(node, what: "'reviewed'", sink: sink)
        guard r.isObject else { return nil }
        var entries: [ReviewRecord.Entry] = []
        if let sections = r.node("sections", required: true) {
            if !sections.isObject { r.typeError("sections", sections, expected: "an object") }
            for member in sections.members {
                guard let value = member.value.stringValue, Fingerprint.isWellFormed(value) else {
                    sink.error(
                        .invalidValue, at: member.value.offset,
                        "the fingerprint of section '\(member.key)' is not \"sha256:\" and 64 hexadecimal digits",
                        hint: "let 'govctl review ID --source FILE' record it")
                    continue
                }
                entries.append(ReviewRecord.Entry(id: member.key, fingerprint: value, offset: member.value.offset))
            }
        }
        r.finish()
        return ReviewRecord(sections: entries)
    }
}
