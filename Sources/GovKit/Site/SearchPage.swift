/// The search page: the inline index of every page's texts and the results of `?q=` (read by the page's script).
enum SearchPage {
    static func page(_ catalog: Catalog, _ lang: Language, _ stamp: SiteStamp, index: String) -> SitePage {
        var body = "<h1>\(HTML.escape(Vocabulary.searchLabel.in(lang)))</h1>\n"
        body += "<p>\(HTML.escape(Vocabulary.searchHint.in(lang)))</p>\n"
        // The results are made by the page's script: without it, say so and point to the index, which lists all.
        body += "<noscript><p>\(HTML.escape(Vocabulary.searchNeedsScript.in(lang))) "
        body +=
            "<a href=\"\(SiteBuilder.indexPath(lang))\">\(HTML.escape(Vocabulary.siteTitle.in(lang)))</a></p></noscript>\n"
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
