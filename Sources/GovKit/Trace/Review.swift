/// `review ID --source NEW.txt [SECTION…]`: records in the procedure file the fingerprints of the cited sections
/// as the new text has them, once an author has checked the entries that cite them: every changed or unreviewed
/// section, or only the ones named. The file keeps the house layout (`CanonicalFormat`); `reviewed` is replaced
/// where it is, or added after `document`. A section the new text no longer has is refused while entries cite it:
/// they must be re-cited first, and a new or removed section is an edit of the outline, never a review.
package struct Review: Sendable {
    /// The procedure file's new bytes.
    package let bytes: [UInt8]
    /// The sections whose fingerprints were recorded, in outline order (none when nothing had changed).
    package let recorded: [OutlineSection]
    /// The procedure file's path.
    package let path: String

    /// The review of `file` (which holds `procedure`) against `text`, read from `source`, for `only` (ids or
    /// headings; empty: every cited section whose fingerprint differs).
    package init(_ procedure: Procedure, file: ProcedureFile, text: String, source: String, only: [String])
        throws(GovError)
    {
        let trace = Trace(procedure, file: file)
        let outline = procedure.document.outline
        let sections = SourceSections(text, outline: outline)
        let index = SectionIndex(outline)
        var targets = Set<Int>()
        for name in only {
            guard let found = index.resolve(name) else {
                let guess = index.suggestion(for: name).map { "did you mean '\($0)'? " } ?? ""
                throw GovError(
                    .usage, "'\(name)' is not a section of the outline of \(procedure.id)",
                    hint: guess + "'govctl trace \(procedure.id)' lists the sections")
            }
            guard !trace.sections[found].citations.isEmpty else {
                throw GovError(
                    .usage,
                    "nothing cites section '\(outline[found].id)' of \(procedure.id): there is nothing to review",
                    hint: "fingerprints are kept for the sections the data cites")
            }
            targets.insert(found)
        }
        let old = procedure.reviewed
        if only.isEmpty {
            for (i, entry) in trace.sections.enumerated() where !entry.citations.isEmpty {
                if sections.fingerprint(i) != old?.fingerprint(of: entry.section.id) { targets.insert(i) }
            }
        }
        for i in targets.sorted() where sections.texts[i] == nil {
            let count = trace.sections[i].citations.count
            throw GovError(
                .dataError,
                "section '\(outline[i].id)' (\(outline[i].title)) is not in '\(source)', and \(count) "
                    + "\(count == 1 ? "entry cites" : "entries cite") it",
                hint: "cite what they say where the new text says it ('govctl trace \(procedure.id) --source "
                    + "\(source)' lists them) and remove the section from the outline, then review")
        }
        var record: [(String, String)] = []
        for (i, entry) in trace.sections.enumerated() where !entry.citations.isEmpty {
            let id = entry.section.id
            if targets.contains(i), let fingerprint = sections.fingerprint(i) {
                record.append((id, fingerprint))
            } else if let kept = old?.fingerprint(of: id) {
                record.append((id, kept))
            }
        }
        path = file.path
        recorded = targets.sorted().map { outline[$0] }
        bytes = try Self.write(record, into: file)
    }

    /// Replaces the procedure file with the new bytes (atomically; a symbolic link's target is written), unless
    /// nothing was recorded.
    package func write() throws(GovError) {
        guard !recorded.isEmpty else { return }
        try FileWriting.write(bytes, to: path, links: .follow)
    }

    /// `file`'s bytes with `reviewed` holding `record`, in the house layout.
    static func write(_ record: [(String, String)], into file: ProcedureFile) throws(GovError) -> [UInt8] {
        let root: JSONNode
        do throws(JSONSyntaxIssue) {
            root = try JSONParser.parse(file.bytes).root
        } catch {
            throw GovError(.dataError, "\(file.path) is not JSON: \(error.message)", hint: "run 'govctl validate'")
        }
        let lines = record.map { "\(JSONWriter.quoted($0.0)): \(JSONWriter.quoted($0.1))" }
        let block = Array(
            ("{\n\"sections\": " + (lines.isEmpty ? "{}" : "{\n" + lines.joined(separator: ",\n") + "\n}") + "\n}")
                .utf8)
        var bytes = file.bytes
        if let existing = root.members.first(where: { $0.key == "reviewed" }) {
            let start = existing.value.offset
            bytes.replaceSubrange(start..<Self.end(of: start, in: bytes), with: block)
        } else if let document = root.members.first(where: { $0.key == "document" }) {
            let end = Self.end(of: document.value.offset, in: bytes)
            bytes.insert(contentsOf: Array(",\n\"reviewed\": ".utf8) + block, at: end)
        } else {
            throw GovError(.dataError, "\(file.path) has no 'document'", hint: "run 'govctl validate \(file.path)'")
        }
        do throws(JSONSyntaxIssue) {
            return try CanonicalFormat.format(bytes)
        } catch {
            throw GovError(.internal, "the reviewed file would not be JSON: \(error.message)", hint: "report this")
        }
    }

    /// The offset just past the JSON value that starts at `start` (an object or array, which the parser accepted).
    static func end(of start: Int, in bytes: [UInt8]) -> Int {
        var depth = 0
        var inString = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    i += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return i + 1 }
            }
            i += 1
        }
        return bytes.count
    }
}

/// What `review` did, as text or JSON.
package enum ReviewRenderer {
    package static func text(_ review: Review) -> String {
        guard !review.recorded.isEmpty else {
            return "nothing to record: every cited section of \(review.path) has its reviewed fingerprint\n"
        }
        let n = review.recorded.count
        return "recorded \(n) section\(n == 1 ? "" : "s") in \(review.path):\n"
            + review.recorded.map { "  \(TraceRenderer.heading($0))\n" }.joined()
    }

    package static func json(_ review: Review) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("file", .string(review.path)),
                    ("recorded", .array(review.recorded.map { .string($0.id) })),
                ]))) + "\n"
    }
}
