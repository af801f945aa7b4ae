import Foundation

/// One file of the generated site.
package struct SiteFile: Sendable {
    /// The file name (the site is flat).
    package let path: String
    package let contents: String
}

/// `govctl site DIR`: a self-contained static site over every loaded procedure. Pages in the source document's
/// language with English alternates (index, ownership and search in English, Norwegian and Swedish), a search page
/// with an inline index, and a printable A4 checklist per guide. Deterministic for a given catalog and stamp.
package enum SiteBuilder {
    /// Every page of the site, in a stable order. `files` are the procedure files the catalog was loaded from: a
    /// procedure page lists its citations as `trace` does, each with the entry that carries it.
    package static func build(_ catalog: Catalog, files: [ProcedureFile], stamp: SiteStamp) -> [SiteFile] {
        var pages: [SitePage] = []
        for lang in hubLanguages {
            pages.append(IndexPage.page(catalog, lang, stamp))
            pages.append(OwnershipPage.page(catalog, lang, stamp))
        }
        for procedure in catalog.procedures {
            let trace = Trace(procedure, file: files.first { $0.path == procedure.file })
            for lang in languages(procedure) {
                pages.append(ProcedurePage.page(procedure, trace: trace, lang, stamp))
                for guide in procedure.guides {
                    let system = onlySystem(guide, catalog)
                    pages.append(GuidePage.page(guide, procedure, system: system, lang, stamp))
                    pages.append(ChecklistPage.page(guide, procedure, system: system, lang, stamp))
                }
            }
        }
        let index = searchIndex(pages)
        for lang in hubLanguages { pages.append(SearchPage.page(catalog, lang, stamp, index: index)) }
        return pages.map { page in
            SiteFile(path: page.path, contents: page.render(stamp, navigation: navigation(page.language)))
        }
    }

    /// The one checklist page for `govctl print`.
    package static func checklist(
        _ guide: Guide, in procedure: Procedure, system: SystemEntry?, language: Language?, stamp: SiteStamp,
        catalog: Catalog
    ) -> String {
        let lang = procedure.document.language(for: language)
        let page = ChecklistPage.page(
            guide, procedure, system: system ?? onlySystem(guide, catalog), lang, stamp, standalone: true)
        return page.render(stamp, navigation: [])
    }

    /// Writes the files into `directory` (`SiteDirectory`); returns the paths written.
    package static func write(_ files: [SiteFile], to directory: String) throws(GovError) -> [String] {
        try SiteDirectory.write(files, to: directory)
    }

    // MARK: paths

    /// The languages of the pages that span all procedures.
    static let hubLanguages: [Language] = [.en, .nb, .sv]

    /// A procedure's pages: the source language first, then English.
    static func languages(_ p: Procedure) -> [Language] {
        p.document.language == .en ? [.en] : [p.document.language, .en]
    }

    /// The language a procedure's page exists in for a reader of `lang` (the source's when there is no such page).
    static func pageLanguage(_ p: Procedure, _ lang: Language) -> Language {
        languages(p).contains(lang) ? lang : p.document.language
    }

    static func suffix(_ lang: Language) -> String { lang == .en ? "" : ".\(lang.rawValue)" }
    static func indexPath(_ lang: Language) -> String { "index\(suffix(lang)).html" }
    static func ownershipPath(_ lang: Language) -> String { "ownership\(suffix(lang)).html" }
    static func searchPath(_ lang: Language) -> String { "search\(suffix(lang)).html" }

    static func localSuffix(_ p: Procedure, _ lang: Language) -> String {
        pageLanguage(p, lang) == p.document.language ? "" : ".\(lang.rawValue)"
    }
    static func procedurePath(_ p: Procedure, _ lang: Language) -> String {
        "procedure-\(HTML.anchor(p.id))\(localSuffix(p, lang)).html"
    }
    static func guidePath(_ g: Guide, _ p: Procedure, _ lang: Language) -> String {
        "guide-\(HTML.anchor(g.id))\(localSuffix(p, lang)).html"
    }
    static func checklistPath(_ g: Guide, _ p: Procedure, _ lang: Language) -> String {
        "checklist-\(HTML.anchor(g.id))\(localSuffix(p, lang)).html"
    }

    /// The other-language versions of a procedure's page.
    static func alternates(_ p: Procedure, except lang: Language, path: (Language) -> String)
        -> [(path: String, language: Language)]
    {
        languages(p).filter { $0 != lang }.map { (path($0), $0) }
    }

    static func hubAlternates(except lang: Language, path: (Language) -> String) -> [(path: String, language: Language)]
    {
        hubLanguages.filter { $0 != lang }.map { (path($0), $0) }
    }

    static func navigation(_ lang: Language) -> [(path: String, label: String)] {
        [
            (indexPath(lang), Vocabulary.procedures.in(lang)), (ownershipPath(lang), Vocabulary.ownership.in(lang)),
            (searchPath(lang), Vocabulary.search.in(lang)),
        ]
    }

    /// The system a guide is for when it names exactly one.
    static func onlySystem(_ guide: Guide, _ catalog: Catalog) -> SystemEntry? {
        guard guide.systems.count == 1, let id = guide.systems.first else { return nil }
        return catalog.procedures.flatMap(\.systems).first { $0.id == id }
    }

    /// The footer's line for a page about one document.
    static func validity(_ p: Procedure, _ lang: Language, _ stamp: SiteStamp) -> String {
        let d = p.document
        let id = d.documentId.map { "\(HTML.escape($0)), " } ?? ""
        return "\(Vocabulary.document.in(lang)): \(id)"
            + HTML.escape(DocumentStatus(d, today: stamp.today(p)).describe(d, lang))
    }

    /// The footer's line for a page about every document: how many are valid, expired, or without a date.
    static func validity(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp) -> String {
        let statuses = catalog.procedures.map { DocumentStatus($0.document, today: stamp.today($0)) }
        let counts = [DocumentStatus.valid, .expired, .notStated].map { status in
            "\(statuses.filter { $0 == status }.count) \(status == .notStated ? "\(Vocabulary.validUntil.in(lang)): " : "")\(status.word(lang))"
        }
        return "\(Vocabulary.statusCounts.in(lang)): " + HTML.escape(counts.joined(separator: ", "))
    }

    /// The search index over every page's texts: `u` link, `t` page title, `h` heading, `x` text, `l` language.
    static func searchIndex(_ pages: [SitePage]) -> String {
        let entries = pages.flatMap { page in
            page.searchEntries.map { entry -> JSONValue in
                .object(
                    JSONObject([
                        ("u", .string(page.path + (entry.fragment.isEmpty ? "" : "#\(entry.fragment)"))),
                        ("t", .string(page.title)), ("h", .string(entry.heading)), ("x", .string(entry.text)),
                        ("l", .string(page.language.rawValue)),
                    ]))
            }
        }
        return HTML.scriptJSON(.array(entries))
    }
}
