/// `trace`: a procedure's document outline, and under each section what in the data cites it.
package struct Trace: Sendable {
    package struct Section: Sendable {
        package let section: OutlineSection
        package let citations: [Citation]
        /// Nothing cites the section and it carries no `notCarried` reason (what `validate` reports).
        package var isUncited: Bool { citations.isEmpty && section.notCarried == nil }
    }

    package let procedure: Procedure
    package let sections: [Section]
    /// Citation parts that name no section of the outline, with the citation they are in.
    package let unresolved: [(part: String, citation: Citation)]

    package init(_ procedure: Procedure) {
        self.procedure = procedure
        let index = SectionIndex(procedure.document.outline)
        var cited = Array(repeating: [Citation](), count: index.sections.count)
        var unresolved: [(String, Citation)] = []
        for citation in procedure.citations {
            // A citation naming one section twice ("3; 3") is listed once under it.
            var seen = Set<Int>()
            for part in citation.parts {
                if let found = index.resolve(part) {
                    if seen.insert(found).inserted { cited[found].append(citation) }
                } else {
                    unresolved.append((part, citation))
                }
            }
        }
        sections = zip(index.sections, cited).map { Section(section: $0, citations: $1) }
        self.unresolved = unresolved
    }

    /// Sections cited, sections deliberately not carried, and sections neither.
    package var counts: (cited: Int, notCarried: Int, uncited: Int) {
        (
            sections.filter { !$0.citations.isEmpty }.count,
            sections.filter { $0.citations.isEmpty && $0.section.notCarried != nil }.count,
            sections.filter(\.isUncited).count
        )
    }

    /// The trace of the procedure with id (or document id) `id`.
    package static func answer(_ id: String, in catalog: Catalog) throws(GovError) -> Trace {
        Trace(try catalog.procedure(id: id))
    }
}
