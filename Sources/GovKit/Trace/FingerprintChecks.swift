/// `validate`'s check of a procedure's `reviewed` fingerprints (`suspect-citation`, a warning): every section the
/// data cites has one, each names a section of the outline, and each matches the section's text in the procedure's
/// own `sourceFile` (found as `SourceDocument.locate` says; where it is not found, or for a built-in file, which is
/// not read from a place on this machine, only the first two are checked).
enum FingerprintChecks {
    /// `index`: the outline's, shared with `CitationChecks`.
    static func check(
        _ p: Procedure, _ index: SectionIndex, readingSource: Bool,
        report: (DiagnosticCode, Int?, String, String?) -> Void
    ) {
        guard let reviewed = p.reviewed, !p.document.outline.isEmpty else { return }
        let outline = p.document.outline
        let ids = Set(outline.map(\.id))
        for entry in reviewed.sections where !ids.contains(entry.id) {
            report(
                .suspectCitation, entry.offset,
                "'reviewed' records a fingerprint for '\(entry.id)', which is not a section of the outline",
                "remove it, or write the section's id as the outline does")
        }
        let own = readingSource ? SourceDocument.own(p) : nil
        if let own, let problem = own.problem {
            report(
                .suspectCitation, nil, "the fingerprints cannot be checked: '\(own.path)' cannot be read: \(problem)",
                "make it a readable UTF-8 text file")
        }
        // How many entries cite each section, each citation text resolved once (files repeat them).
        var counts = [Int](repeating: 0, count: outline.count)
        for citation in p.citations {
            for i in index.citedSections(of: citation) { counts[i] += 1 }
        }
        var sections: SourceSections?
        for (i, section) in outline.enumerated() where counts[i] > 0 {
            let cites = "\(counts[i]) \(counts[i] == 1 ? "entry cites" : "entries cite")"
            guard let recorded = reviewed.sections.first(where: { $0.id == section.id }) else {
                report(
                    .suspectCitation, section.offset,
                    "\(cites) section '\(section.id)' (\(section.title)), but 'reviewed' has no fingerprint for it",
                    "check the entries that cite it against the source, then 'govctl review \(p.id) --source FILE \(section.id)'"
                )
                continue
            }
            guard let own, let text = own.text else { continue }
            let found = sections ?? SourceSections(text, outline: outline)
            sections = found
            guard found.fingerprint(i) != recorded.fingerprint else { continue }
            let what =
                found.texts[i] == nil
                ? "which '\(own.path)' no longer has"
                : "whose text in '\(own.path)' "
                    + "is not the text they were reviewed against"
            report(
                .suspectCitation, recorded.offset, "\(cites) section '\(section.id)' (\(section.title)), \(what)",
                "check them ('govctl trace \(p.id) --source \(own.path)' lists them), then record the section "
                    + "with 'govctl review \(p.id) --source \(own.path) \(section.id)'")
        }
    }
}
