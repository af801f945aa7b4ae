/// `govctl trace` as text, Markdown or JSON.
package enum TraceRenderer {
    /// The words of the output, in the three languages.
    enum Word {
        case outline, notCarried, uncited, nothingCites, unknownSection, summary, cited, sections

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
            }
        }
    }

    package static func text(_ trace: Trace, language: Language?) -> String {
        let d = trace.procedure.document
        let lang = language ?? d.language
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: d.language)) }
        let e = TextEscaping.line
        var out = "\(t(d.title)) (\(e(trace.procedure.id)), \(e(d.sourceFile)))\n"
        out += summaryLine(trace, lang) + "\n\n\(Word.outline.in(lang))\n"
        for entry in trace.sections {
            out += "\n\(e(heading(entry.section)))\n"
            if entry.citations.isEmpty {
                let reason = entry.section.notCarried.map { "\(Word.notCarried.in(lang)): \(t($0))" }
                out += "  (\(reason ?? Word.uncited.in(lang)))\n"
            }
            for citation in entry.citations {
                out += "  - \(e(citation.path))" + (citation.summary.map { " — \(short(t($0)))" } ?? "") + "\n"
                if let reading = citation.interpretation {
                    out += "    (\(Interpretation.line(reading, lang, fallback: d.language)))\n"
                }
            }
        }
        let uncited = trace.sections.filter { $0.citations.isEmpty }
        if !uncited.isEmpty {
            out += "\n\(Word.nothingCites.in(lang))\n"
            for entry in uncited {
                let reason = entry.section.notCarried.map(t) ?? Word.uncited.in(lang)
                out += "  \(e(heading(entry.section))): \(reason)\n"
            }
        }
        if !trace.unresolved.isEmpty {
            out += "\n\(Word.unknownSection.in(lang))\n"
            for (part, citation) in trace.unresolved { out += "  '\(e(part))' (\(e(citation.path)))\n" }
        }
        return out
    }

    package static func markdown(_ trace: Trace, language: Language?) -> String {
        let d = trace.procedure.document
        let lang = language ?? d.language
        func t(_ text: LocalizedText) -> String { TextEscaping.line(text.resolve(lang, fallback: d.language)) }
        let e = TextEscaping.line
        var out = "# \(t(d.title))\n\n`\(e(trace.procedure.id))`, `\(e(d.sourceFile))`: \(summaryLine(trace, lang))\n\n"
        out += "## \(Word.outline.in(lang))\n"
        for entry in trace.sections {
            out += "\n### \(e(heading(entry.section)))\n\n"
            if entry.citations.isEmpty {
                let reason = entry.section.notCarried.map { "\(Word.notCarried.in(lang)): \(t($0))" }
                out += "_\(reason ?? Word.uncited.in(lang))_\n"
            }
            for citation in entry.citations {
                out += "- `\(e(citation.path))`" + (citation.summary.map { " — \(short(t($0)))" } ?? "") + "\n"
                if let reading = citation.interpretation {
                    out += "  - _\(Interpretation.line(reading, lang, fallback: d.language))_\n"
                }
            }
        }
        let uncited = trace.sections.filter { $0.citations.isEmpty }
        if !uncited.isEmpty {
            out += "\n## \(Word.nothingCites.in(lang))\n\n"
            out += "| \(Word.sections.in(lang)) | \(Word.notCarried.in(lang)) |\n|---|---|\n"
            for entry in uncited {
                out +=
                    "| \(e(heading(entry.section))) | \(entry.section.notCarried.map(t) ?? Word.uncited.in(lang)) |\n"
            }
        }
        if !trace.unresolved.isEmpty {
            out += "\n## \(Word.unknownSection.in(lang))\n\n"
            for (part, citation) in trace.unresolved { out += "- '\(e(part))' (`\(e(citation.path))`)\n" }
        }
        return out
    }

    package static func json(_ trace: Trace, language: Language?) -> String {
        let d = trace.procedure.document
        let lang = language ?? d.language
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
                ]))
        }
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
        return line
    }

    static func heading(_ s: OutlineSection) -> String { s.id == s.title ? s.id : "\(s.id) \(s.title)" }

    /// The first line of a text, cut at 90 characters.
    static func short(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 90 ? String(line.prefix(89)) + "…" : line
    }
}
