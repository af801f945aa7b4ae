/// The search page: the inline index of every page's texts and the results of `?q=` (read by the page's script).
enum SearchPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp, index: String) -> SitePage {
        // The page's words through the document model; the result count and the result list are the script's
        // hooks (an element it fills, with its words in data attributes), chrome rather than a document.
        var body = HTMLWriter.blocks([
            .title(.words(Vocabulary.searchLabel.in(lang))), .paragraph(.words(Vocabulary.searchHint.in(lang))),
        ])
        // The results are made by the page's script: without it, say so and point to the index, which lists all.
        body += "<noscript>"
        body += HTMLWriter.block(
            .paragraph([
                .text(Vocabulary.searchNeedsScript.in(lang) + " "),
                .link(text: Vocabulary.siteTitle.in(lang), url: SiteBuilder.indexPath(lang)),
            ]))
        body += "</noscript>\n"
        body += "<p id=\"result-count\" role=\"status\" aria-live=\"polite\"></p>\n"
        body +=
            "<ol id=\"results\" class=\"results\" data-count=\"0\" data-none=\"\(HTML.escape(Vocabulary.noResults.in(lang)))\" data-results=\"\(HTML.escape(Vocabulary.results.in(lang)))\"></ol>\n"
        var page = SitePage(
            path: SiteBuilder.searchPath(lang), language: lang, title: Vocabulary.searchLabel.in(lang),
            alternates: SiteBuilder.hubAlternates(except: lang, path: SiteBuilder.searchPath), body: body,
            validity: SiteBuilder.validity(catalog, lang, stamp))
        page.searchIndex = index
        return page
    }
}
