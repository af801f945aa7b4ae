/// `trace`: a procedure's document outline, and under each section what in the data cites it, and which of its
/// paragraphs each citation carries.
package struct Trace: Sendable {
    package struct Section: Sendable {
        package let section: OutlineSection
        package let citations: [Citation]
        /// The section's paragraph units (`OutlineSection.units`), each with the citations that carry it.
        package let paragraphs: [Paragraph]
        /// Nothing cites the section and it carries no `notCarried` reason (what `validate` reports).
        package var isUncited: Bool { citations.isEmpty && !CitationChecks.isMarked(section) }
    }

    /// One paragraph, or one item of a list, and what carries it.
    package struct Paragraph: Sendable {
        package let unit: ParagraphUnit
        package let carriedBy: [Citation]

        package var status: Status {
            if !carriedBy.isEmpty { return .carried }
            return unit.notCarried == nil ? .neither : .notCarried
        }
    }

    /// Carried by a citation, marked not carried with a reason, or neither (what `validate` reports).
    package enum Status: String, Sendable { case carried, notCarried, neither }

    package let procedure: Procedure
    package let sections: [Section]
    /// Citation parts that name no section of the outline, with the citation they are in.
    package let unresolved: [(part: String, citation: Citation)]

    /// The trace of `procedure`; `file` is the file it was read from, read again for each citation's entry, what it
    /// says and its reading (without it, the citations loading kept, which name no entry).
    package init(_ procedure: Procedure, file: ProcedureFile? = nil) {
        self.procedure = procedure
        let index = SectionIndex(procedure.document.outline)
        let units = index.sections.map(\.units)
        var cited = Array(repeating: [Citation](), count: index.sections.count)
        var carried = units.map { Array(repeating: [Citation](), count: $0.count) }
        var unresolved: [(String, Citation)] = []
        let citations =
            file.flatMap { try? JSONParser.parse($0.bytes).root }.map { CitationCollector.collect($0) }
            ?? procedure.citations
        for citation in citations {
            // A citation naming one section or paragraph twice ("3; 3") is listed once under it.
            var seen = Set<Int>()
            var seenUnits = Set<[Int]>()
            for part in index.resolveParts(citation.parts) {
                switch part {
                case .carried(let section, let found):
                    if seen.insert(section).inserted { cited[section].append(citation) }
                    for unit in found where seenUnits.insert([section, unit]).inserted {
                        carried[section][unit].append(citation)
                    }
                case .unknownSection(let part): unresolved.append((part, citation))
                case .unknownParagraph(let part, _, _, _): unresolved.append((part, citation))
                }
            }
        }
        sections = index.sections.indices.map { i in
            Section(
                section: index.sections[i], citations: cited[i],
                paragraphs: zip(units[i], carried[i]).map { Paragraph(unit: $0, carriedBy: $1) })
        }
        self.unresolved = unresolved
    }

    /// Sections cited, sections deliberately not carried, and sections neither.
    package var counts: (cited: Int, notCarried: Int, uncited: Int) {
        (
            sections.filter { !$0.citations.isEmpty }.count,
            sections.filter { $0.citations.isEmpty && CitationChecks.isMarked($0.section) }.count,
            sections.filter(\.isUncited).count
        )
    }

    /// Paragraphs (and list items) carried, deliberately not carried, and neither; and how many there are.
    package var paragraphCounts: (total: Int, carried: Int, notCarried: Int, neither: Int) {
        let all = sections.flatMap(\.paragraphs).map(\.status)
        return (
            all.count, all.filter { $0 == .carried }.count, all.filter { $0 == .notCarried }.count,
            all.filter { $0 == .neither }.count
        )
    }

    /// The trace of the procedure with id (or document id) `id`; `files` are the procedure files the catalog was
    /// loaded from.
    package static func answer(_ id: String, in catalog: Catalog, files: [ProcedureFile]) throws(GovError) -> Trace {
        let procedure = try catalog.procedure(id: id)
        return Trace(procedure, file: files.first { $0.path == procedure.file })
    }

    /// A paragraph's first words as a message or a trace shows them: one line, at most 60 characters.
    package static func opening(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
