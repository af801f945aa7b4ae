/// `trace ID --source NEW.txt`: the sections of a new version of a procedure's document whose text differs from the
/// text the data was reviewed against (their recorded fingerprints), the sections it no longer has, the headings it
/// has that the outline does not declare, and every entry that cites them: suspect until an author has checked them
/// and re-recorded the fingerprints (`govctl review`).
package struct SuspectCitations: Sendable {
    package enum Change: String, Sendable {
        /// A cited section whose text differs from the recorded fingerprint.
        case changed
        /// A heading in the new text that the outline does not declare.
        case added
        /// An outline section whose heading the new text does not have.
        case removed
        /// A cited section with no recorded fingerprint: never reviewed against a text.
        case unreviewed
    }

    package struct Entry: Sendable {
        package let change: Change
        /// The outline section (`nil` for an added heading).
        package let section: OutlineSection?
        /// The added heading as the new text writes it, and its line.
        package let added: SourceSections.Added?
        /// The entries that cite the section: suspect.
        package let citations: [Citation]
    }

    package let procedure: Procedure
    /// The new text's path as given.
    package let source: String
    package let entries: [Entry]

    /// Whether some citation or section needs an author's review.
    package var isEmpty: Bool { entries.isEmpty }
    /// The entries that cite a changed, removed or unreviewed section.
    package var suspectCount: Int { entries.reduce(0) { $0 + $1.citations.count } }

    /// Compares `text`, the new version read from `source`, with what `trace` says cites each section and the
    /// fingerprints the procedure recorded.
    package init(_ trace: Trace, text: String, source: String) {
        procedure = trace.procedure
        self.source = source
        let sections = SourceSections(text, outline: trace.procedure.document.outline)
        var entries: [Entry] = []
        for (i, entry) in trace.sections.enumerated() {
            let change: Change?
            if sections.texts[i] == nil {
                change = .removed
            } else if entry.citations.isEmpty {
                // Nothing cites it: no fingerprint is kept, nothing is suspect.
                change = nil
            } else if let recorded = trace.procedure.reviewed?.fingerprint(of: entry.section.id) {
                change = recorded == sections.fingerprint(i) ? nil : .changed
            } else {
                change = .unreviewed
            }
            if let change {
                entries.append(Entry(change: change, section: entry.section, added: nil, citations: entry.citations))
            }
        }
        for added in sections.added {
            entries.append(Entry(change: .added, section: nil, added: added, citations: []))
        }
        self.entries = entries
    }

    /// The suspect citations of the procedure with id (or document id) `id` against the text at `source`.
    package static func answer(_ id: String, source: String, in catalog: Catalog, files: [ProcedureFile])
        throws(GovError) -> SuspectCitations
    {
        let trace = try Trace.answer(id, in: catalog, files: files)
        return SuspectCitations(trace, text: try SourceDocument.read(source), source: source)
    }
}
