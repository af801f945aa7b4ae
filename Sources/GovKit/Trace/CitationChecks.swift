/// The checks of a procedure's citations against its document's outline: every `source` part names a declared
/// section (`unknown-section`), and every section is cited or marked not carried with a reason (`uncited-section`).
/// A file without an outline is not checked.
enum CitationChecks {
    static func check(_ p: Procedure, report: (DiagnosticCode, Int?, String, String?) -> Void) {
        let outline = p.document.outline
        guard !outline.isEmpty else { return }
        let index = SectionIndex(outline)
        var cited = Set<Int>()
        // Files repeat their citations ("3. FREMGANGSMÅTE, Teknisk forvaltning" on every duty): each text once.
        var resolved: [Name: [(String, Int?)]] = [:]
        for citation in p.citations {
            let key = Name(citation.text)
            let parts =
                resolved[key]
                ?? {
                    let parts = citation.parts.map { ($0, index.resolve($0)) }
                    resolved[key] = parts
                    return parts
                }()
            for (part, section) in parts {
                if let found = section {
                    cited.insert(found)
                } else {
                    report(
                        .unknownSection, citation.offset,
                        "'\(part)' is not a section of the document's outline",
                        index.suggestion(for: part).map { "did you mean '\($0)'?" }
                            ?? "cite a section by its id or exact heading, e.g. '\(outline[0].title)'")
                }
            }
        }
        for (i, section) in outline.enumerated() where section.notCarried == nil && !cited.contains(i) {
            report(
                .uncitedSection, section.offset,
                "nothing cites section '\(section.id)' (\(section.title)), and it is not marked as not carried",
                "cite it where the data carries it, or add \"notCarried\": {…} with the reason (e.g. table of contents, empty in the document)"
            )
        }
    }
}
