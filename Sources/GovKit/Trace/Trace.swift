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

    /// The trace of `procedure`; `file` is the file it was read from, read again for each citation's entry, what it
    /// says and its reading (without it, the citations loading kept, which name no entry).
    package init(_ procedure: Procedure, file: ProcedureFile? = nil) {
        self.procedure = procedure
        let index = SectionIndex(procedure.document.outline)
        var cited = Array(repeating: [Citation](), count: index.sections.count)
        var unresolved: [(String, Citation)] = []
        let citations =
            file.flatMap { try? JSONParser.parse($0.bytes).root }.map { CitationCollector.collect($0) }
            ?? procedure.citations
        for citation in citations {
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

    /// The trace of the procedure with id (or document id) `id`; `files` are the procedure files the catalog was
    /// loaded from.
    package static func answer(_ id: String, in catalog: Catalog, files: [ProcedureFile]) throws(GovError) -> Trace {
        let procedure = try catalog.procedure(id: id)
        return Trace(procedure, file: files.first { $0.path == procedure.file })
    }
}
