/// The checks of a procedure's citations against its document's outline: every `source` part names a declared
/// section (`unknown-section`) and, after a `¶`, a declared paragraph (`unknown-paragraph`); every section is cited
/// or marked not carried with a reason (`uncited-section`); and every paragraph of a cited section is carried by a
/// citation or marked not carried with a reason (`uncarried-paragraph`, a warning). A file without an outline is not
/// checked.
enum CitationChecks {
    /// `index`: the outline's, shared with `FingerprintChecks`.
    static func check(
        _ p: Procedure, _ index: SectionIndex, report: (DiagnosticCode, Int?, String, String?) -> Void
    ) {
        let outline = p.document.outline
        guard !outline.isEmpty else { return }
        var cited = Set<Int>()
        var carried = Array(repeating: Set<Int>(), count: outline.count)
        for citation in p.citations {
            // Files repeat their citations ("3. FREMGANGSMÅTE, Teknisk forvaltning" on every duty): each text is
            // resolved once (`SectionIndex.resolveParts(of:)`).
            let parts = index.resolveParts(of: citation)
            for part in parts {
                switch part {
                case .carried(let section, let units):
                    cited.insert(section)
                    carried[section].formUnion(units)
                case .unknownSection(let part):
                    report(
                        .unknownSection, citation.offset,
                        "'\(part)' is not a section of the document's outline",
                        index.suggestion(for: part).map { "did you mean '\($0)'?" }
                            ?? "cite a section by its id or exact heading, e.g. '\(outline[0].title)'")
                case .unknownParagraph(_, let section, let message, let hint):
                    if let section { cited.insert(section) }
                    report(.unknownParagraph, citation.offset, message, hint)
                }
            }
        }
        for (i, section) in outline.enumerated() where !cited.contains(i) && !isMarked(section) {
            report(
                .uncitedSection, section.offset,
                "nothing cites section '\(section.id)' (\(section.title)), and it is not marked as not carried",
                "cite it where the data carries it, or add \"notCarried\": {…} with the reason (e.g. table of contents, empty in the document)"
            )
        }
        for (i, section) in outline.enumerated() where cited.contains(i) {
            for (u, unit) in section.units.enumerated() where unit.notCarried == nil && !carried[i].contains(u) {
                let opens = unit.opens.map { " («\(Trace.opening($0))»)" } ?? ""
                report(
                    .uncarriedParagraph, unit.offset,
                    "nothing carries paragraph '\(section.id) \(unit.label)'\(opens), and it is not marked as not carried",
                    "cite it as '\(section.id) \(unit.label)' where the data carries it, or give it \"notCarried\": {…} with the reason"
                )
            }
        }
    }

    /// A section nothing needs to cite: marked not carried, or every paragraph of it marked.
    static func isMarked(_ section: OutlineSection) -> Bool {
        section.notCarried != nil || section.units.allSatisfy { $0.notCarried != nil }
    }
}
