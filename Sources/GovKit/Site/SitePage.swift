/// One HTML page of the static site: the frame every page shares (language, alternates, skip link, navigation,
/// search form, footer) around a body made by the page's builder.
struct SitePage {
    /// The file name in the site's directory (the site is flat: every link is a bare file name).
    let path: String
    let language: Language
    let title: String
    /// The same page in other languages, with their `lang`.
    var alternates: [(path: String, language: Language)] = []
    /// HTML made by a builder (every text from the data already escaped).
    let body: String
    /// The footer's validity line: the document's, or a count over all documents.
    let validity: String
    /// Texts for the search index: (fragment, heading, text), in the page's language.
    var searchEntries: [(fragment: String, heading: String, text: String)] = []
    /// A checklist: printed on A4 with the print stylesheet's tighter layout.
    var isChecklist = false
    /// The search page carries the index in an inline JSON element.
    var searchIndex: String?
    /// The procedure a page is about, whose zone dates it; `nil` for a page about every procedure.
    var procedure: Procedure?
}

/// What every page's footer says, and the clock its dates come from.
package struct SiteStamp: Sendable {
    /// govctl's version.
    package let version: String
    /// The one clock (`--now`, else the current instant), so output is reproducible. A page about one procedure is
    /// dated, and its document's validity judged, on the day in that procedure's zone; a page about every
    /// procedure on the day in this machine's zone.
    package let clock: Clock

    package init(version: String, clock: Clock) {
        self.version = version
        self.clock = clock
    }

    /// The local time in `procedure`'s zone (this machine's for a page about every procedure).
    func local(_ procedure: Procedure?) -> LocalTime {
        guard let procedure, let local = try? clock.local(inZone: procedure.document.timeZone) else {
            return clock.machineLocal
        }
        return local
    }

    /// The day in `procedure`'s zone.
    func today(_ procedure: Procedure?) -> CalendarDate { local(procedure).calendarDay }
}

extension SitePage {
    func render(_ stamp: SiteStamp, navigation: [(path: String, label: String)]) -> String {
        let lang = language
        var out = "<!DOCTYPE html>\n<html lang=\"\(lang.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"govctl \(HTML.escape(stamp.version))\">\n"
        out += "<title>\(HTML.escape(title))</title>\n"
        for alternate in alternates {
            out +=
                "<link rel=\"alternate\" hreflang=\"\(alternate.language.rawValue)\" href=\"\(HTML.escape(alternate.path))\">\n"
        }
        out += "<style>\n\(SiteStyle.css)</style>\n</head>\n"
        out += "<body\(isChecklist ? " class=\"checklist-page\"" : "")>\n"
        out += "<a class=\"skip\" href=\"#main\">\(Vocabulary.skipLink.in(lang))</a>\n"
        // A page on its own (govctl print) links nowhere: no navigation, no search form.
        if !navigation.isEmpty {
            out += "<header class=\"site\">\n<nav aria-label=\"\(HTML.escape(Vocabulary.siteTitle.in(lang)))\"><ul>\n"
            for item in navigation {
                let current = item.path == path ? " aria-current=\"page\"" : ""
                out += "<li><a href=\"\(HTML.escape(item.path))\"\(current)>\(HTML.escape(item.label))</a></li>\n"
            }
            out += "</ul></nav>\n"
            out += "<form class=\"search\" role=\"search\" action=\"\(SiteBuilder.searchPath(lang))\" method=\"get\">"
            out += "<label for=\"q\">\(Vocabulary.search.in(lang))</label> "
            out += "<input type=\"search\" id=\"q\" name=\"q\"> "
            out += "<button type=\"submit\">\(Vocabulary.search.in(lang))</button></form>\n"
            if !alternates.isEmpty {
                out += "<p class=\"alternates\">\(Vocabulary.alsoIn.in(lang)): "
                out +=
                    alternates.map { a in
                        "<a href=\"\(HTML.escape(a.path))\" hreflang=\"\(a.language.rawValue)\" lang=\"\(a.language.rawValue)\">\(Vocabulary.languageName.in(a.language))</a>"
                    }.joined(separator: " · ")
                out += "</p>\n"
            }
            out += "</header>\n"
        }
        out += "<main id=\"main\">\n\(body)</main>\n"
        out += "<footer class=\"site\"><p>\(Vocabulary.generatedBy.in(lang)) govctl \(HTML.escape(stamp.version)) · "
        out += "\(Vocabulary.generatedOn.in(lang)) \(stamp.local(procedure).calendarDate) · \(validity)</p></footer>\n"
        if let searchIndex {
            out += "<script type=\"application/json\" id=\"search-index\">\(searchIndex)</script>\n"
        }
        out += "<script>\n\(SiteScript.js)</script>\n</body>\n</html>\n"
        return out
    }
}
