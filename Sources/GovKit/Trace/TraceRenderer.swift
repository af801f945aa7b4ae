/// `govctl trace` as text, Markdown or JSON: one document (`document`) for text and Markdown, one JSON value.
package enum TraceRenderer {
    /// The words of the output, in the three languages.
    enum Word {
        case outline, notCarried, uncited, nothingCites, unknownSection, summary, cited, sections
        case paragraphs, carried, neither, paragraphsNotCarried

        func `in`(_ language: Language) -> String {
            switch (self, language) {
            case (.outline, .nb): return "Dokumentets disposisjon"
            case (.outline, .sv): return "Dokumentets disposition"
            case (.outline, .en): return "The document's outline"
            case (.notCarried, .nb): return "ikke tatt med"
            case (.notCarried, .sv): return "inte medtaget"
            case (.notCarried, .en): return "not carried"
            case (.uncited, .nb): return "ikke sitert og ikke begrunnet"
            case (.uncited, .sv): return "inte citerat och inte motiverat"
            case (.uncited, .en): return "not cited, and no reason given"
            case (.nothingCites, .nb): return "Avsnitt som ingenting siterer"
            case (.nothingCites, .sv): return "Avsnitt som inget citerar"
            case (.nothingCites, .en): return "Sections nothing cites"
            case (.unknownSection, .nb): return "Sitater som ikke finnes i disposisjonen"
            case (.unknownSection, .sv): return "Citat som inte finns i dispositionen"
            case (.unknownSection, .en): return "Citations the outline does not have"
            case (.summary, .nb): return "Oppsummering"
            case (.summary, .sv): return "Sammanfattning"
            case (.summary, .en): return "Summary"
            case (.cited, .nb): return "sitert"
            case (.cited, .sv): return "citerade"
            case (.cited, .en): return "cited"
            case (.sections, .nb): return "avsnitt"
            case (.sections, .sv): return "avsnitt"
            case (.sections, .en): return "sections"
            case (.paragraphs, .nb): return "tekstavsnitt og punkter"
            case (.paragraphs, .sv): return "stycken och punkter"
            case (.paragraphs, .en): return "paragraphs and list items"
            case (.carried, .nb): return "tatt med"
            case (.carried, .sv): return "medtagna"
            case (.carried, .en): return "carried"
            case (.neither, .nb): return "verken tatt med eller begrunnet"
            case (.neither, .sv): return "varken medtagna eller motiverade"
            case (.neither, .en): return "neither carried nor marked"
            case (.paragraphsNotCarried, .nb): return "Tekstavsnitt og punkter som ikke er tatt med"
            case (.paragraphsNotCarried, .sv): return "Stycken och punkter som inte är medtagna"
            case (.paragraphsNotCarried, .en): return "Paragraphs and list items not carried"
            }
        }
    }

    package static func text(_ trace: Trace, language: Language?) -> String {
        TextWriter.write(document(trace, language: language))
    }

    package static func markdown(_ trace: Trace, language: Language?) -> String {
        MarkdownWriter.write(document(trace, language: language))
    }

    /// The trace as a document: the outline section by section with what cites it (or why nothing does), the
    /// sections nothing cites, and the citations the outline does not have.
    package static func document(_ trace: Trace, language: Language?) -> Document {
        let d = trace.procedure.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText) -> String { text.resolve(lang, fallback: d.language) }
        var blocks: [Block] = [
            .title([
                .text(t(d.title)), .text(" ("), .code(trace.procedure.id), .text(", "), .code(d.sourceFile), .text(")"),
            ]),
            .paragraph(.words(summaryLine(trace, lang))),
            .section(level: 2, heading: .words(Word.outline.in(lang)), body: []),
        ]
        for entry in trace.sections {
            var body: [Block] = []
            if entry.citations.isEmpty {
                let reason = entry.section.notCarried.map { "\(Word.notCarried.in(lang)): \(t($0))" }
                body.append(.note(.words(reason ?? Word.uncited.in(lang))))
            } else {
                body.append(
                    .list(
                        numbered: false,
                        entry.citations.map { citation in
                            Item(
                                [.code(citation.path)] + (citation.summary.map { [.text(" — " + short(t($0)))] } ?? []),
                                details: GuideDocument.reading(citation.interpretation, lang, d.language))
                        }))
            }
            if entry.section.paragraphs != nil {
                body.append(.list(numbered: false, entry.paragraphs.map { paragraph($0, lang, t) }))
            }
            blocks.append(.section(level: 3, heading: .words(heading(entry.section)), body: body))
        }
        let uncited = trace.sections.filter { $0.citations.isEmpty }
        if !uncited.isEmpty {
            let table = DocumentTable(
                header: [.words(Word.sections.in(lang)), .words(Word.notCarried.in(lang))], alignments: [.left, .left],
                rows: uncited.map { entry in
                    [.words(heading(entry.section)), .words(entry.section.notCarried.map(t) ?? Word.uncited.in(lang))]
                }, inText: .labelled)
            blocks.append(.section(level: 2, heading: .words(Word.nothingCites.in(lang)), body: [.table(table)]))
        }
        let marked = trace.sections.flatMap { entry in
            entry.citations.isEmpty ? [] : entry.paragraphs.filter { $0.status != .carried }.map { (entry.section, $0) }
        }
        if !marked.isEmpty {
            let table = DocumentTable(
                header: [.words(Word.paragraphs.in(lang)), .words(Word.notCarried.in(lang))],
                alignments: [.left, .left],
                rows: marked.map { section, p in
                    [
                        .words(paragraphLabel(section, p.unit)),
                        .words(p.unit.notCarried.map(t) ?? Word.neither.in(lang)),
                    ]
                }, inText: .labelled)
            blocks.append(
                .section(level: 2, heading: .words(Word.paragraphsNotCarried.in(lang)), body: [.table(table)]))
        }
        if !trace.unresolved.isEmpty {
            let items = trace.unresolved.map { part, citation in
                Item([.text("'\(part)' ("), .code(citation.path), .text(")")])
            }
            blocks.append(
                .section(level: 2, heading: .words(Word.unknownSection.in(lang)), body: [.list(numbered: false, items)])
            )
        }
        return Document(blocks)
    }

    package static func json(_ trace: Trace, language: Language?) -> String {
        let d = trace.procedure.document
        let lang = d.language(for: language)
        func t(_ text: LocalizedText?) -> JSONValue {
            text.map { .string($0.resolve(lang, fallback: d.language)) } ?? .null
        }
        let counts = trace.counts
        let sections: [JSONValue] = trace.sections.map { entry in
            .object(
                JSONObject([
                    ("id", .string(entry.section.id)), ("title", .string(entry.section.title)),
                    (
                        "citedBy",
                        .array(
                            entry.citations.map { c in
                                .object(
                                    JSONObject([
                                        ("path", .string(c.path)), ("source", .string(c.text)), ("text", t(c.summary)),
                                        ("interpretation", t(c.interpretation)),
                                    ]))
                            })
                    ),
                    ("notCarried", t(entry.section.notCarried)),
                    (
                        "paragraphs",
                        .array(
                            entry.paragraphs.map { p in
                                .object(
                                    JSONObject([
                                        ("id", .string(p.unit.label)),
                                        ("opens", p.unit.opens.map(JSONValue.string) ?? .null),
                                        ("status", .string(p.status.rawValue)),
                                        ("carriedBy", .array(p.carriedBy.map { .string($0.path) })),
                                        ("notCarried", t(p.unit.notCarried)),
                                    ]))
                            })
                    ),
                ]))
        }
        let p = trace.paragraphCounts
        return JSONWriter.pretty(
            .object(
                JSONObject([
                    ("procedure", .string(trace.procedure.id)), ("title", t(d.title)),
                    ("sourceFile", .string(d.sourceFile)), ("language", .string(lang.rawValue)),
                    (
                        "summary",
                        .object(
                            JSONObject([
                                ("sections", .number(Double(trace.sections.count))),
                                ("cited", .number(Double(counts.cited))),
                                ("notCarried", .number(Double(counts.notCarried))),
                                ("uncited", .number(Double(counts.uncited))),
                                (
                                    "paragraphs",
                                    .object(
                                        JSONObject([
                                            ("total", .number(Double(p.total))),
                                            ("carried", .number(Double(p.carried))),
                                            ("notCarried", .number(Double(p.notCarried))),
                                            ("neither", .number(Double(p.neither))),
                                        ]))
                                ),
                            ]))
                    ),
                    ("sections", .array(sections)),
                    (
                        "unresolved",
                        .array(
                            trace.unresolved.map { part, c in
                                .object(JSONObject([("part", .string(part)), ("path", .string(c.path))]))
                            })
                    ),
                ]))) + "\n"
    }

    static func summaryLine(_ trace: Trace, _ lang: Language) -> String {
        let c = trace.counts
        var line =
            "\(trace.sections.count) \(Word.sections.in(lang)): \(c.cited) \(Word.cited.in(lang)), "
            + "\(c.notCarried) \(Word.notCarried.in(lang))"
        if c.uncited > 0 { line += ", \(c.uncited) \(Word.uncited.in(lang))" }
        let p = trace.paragraphCounts
        line +=
            "; \(p.total) \(Word.paragraphs.in(lang)): \(p.carried) \(Word.carried.in(lang)), "
            + "\(p.notCarried) \(Word.notCarried.in(lang)), \(p.neither) \(Word.neither.in(lang))"
        return line
    }

    /// One paragraph under its section: `¶2 «Hjälpmedel avvaktar …» — roles[x], …`, or why it is not carried.
    static func paragraph(_ p: Trace.Paragraph, _ lang: Language, _ t: (LocalizedText) -> String) -> Item {
        var inlines: [Inline] = [.text(p.unit.label)]
        if let opens = p.unit.opens { inlines.append(.text(" «\(Trace.opening(opens))»")) }
        switch p.status {
        case .carried:
            inlines.append(.text(" — \(Word.carried.in(lang)): "))
            for (i, citation) in p.carriedBy.enumerated() {
                if i > 0 { inlines.append(.text(", ")) }
                inlines.append(.code(citation.path))
            }
        case .notCarried: inlines.append(.text(" — \(Word.notCarried.in(lang)): \(p.unit.notCarried.map(t) ?? "")"))
        case .neither: inlines.append(.text(" — \(Word.neither.in(lang))"))
        }
        return Item(inlines)
    }

    /// `3.2 ¶2 «Hjälpmedel avvaktar …»`.
    static func paragraphLabel(_ s: OutlineSection, _ unit: ParagraphUnit) -> String {
        "\(s.id) \(unit.label)" + (unit.opens.map { " «\(Trace.opening($0))»" } ?? "")
    }

    static func heading(_ s: OutlineSection) -> String { s.id == s.title ? s.id : "\(s.id) \(s.title)" }

    /// The first line of a text, cut at 90 characters.
    static func short(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 90 ? String(line.prefix(89)) + "…" : line
    }
}
