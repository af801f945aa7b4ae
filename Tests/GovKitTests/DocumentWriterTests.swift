import TestSupport
import XCTest

@testable import GovKit

/// The document model's contract: one document, every block and inline kind, laid out by each writer as its format
/// wants, with the escaping of that format and nothing from the data live.
final class DocumentWriterTests: XCTestCase {
    /// A document with every kind of block and inline, and data that would be live markup if a writer let it be.
    static let document = Document([
        .title([.text("Rutin <b>"), .emphasis(.words("*x*"))]),
        .fields([Field("e-post", .words("ikt@example.org"), details: [.reading("govctls lesning: a")])]),
        .section(
            level: 2, heading: [.text("Steg"), .citation(word: "kilde", section: "3 [x](javascript:alert(1))")],
            body: [
                .list(
                    numbered: true,
                    [
                        Item(
                            [.text("Ring "), .code("a`b")], meta: .words("rolle: OK"), details: [.note(.words("merk"))]),
                        Item([.link(text: "driftinfo", url: "javascript:alert(1)")]),
                    ]),
                .paragraph([.strong(.words("fet")), .text(" "), .link(text: "kilde", url: "https://example.org/a")]),
            ]),
        .table(
            DocumentTable(
                header: [.words("Linje"), .words("Beløp")], alignments: [.left, .right],
                rows: [[.words("Drift"), .words("1 000 kr")], [.words("Sum"), .words("10 000 kr")]])),
        .quotation("Kilden\nsier"),
        .preformatted("Emne: ```x```\n\nTekst"),
    ])

    /// A status over a guide (reserve-status): a part that opens the document, a value that says its own label, and
    /// another document carried one level down.
    func testAStatusWithAGuideUnderItIsLaidOutInEachFormat() {
        let guide = Document([
            .title(.words("Rutin")), .fields([Field("Tid", .words("12:00"))]),
            .section(level: 2, heading: .words("Steg"), body: [.paragraph(.words("Ring"))]),
        ])
        let status = Document(
            [
                .section(
                    level: 1, heading: .words("Sesam: nede"),
                    body: [.fields([Field("Sedan", .words("08:00")), Field("", .words("Frist kl. 12:00"))])])
            ] + guide.asPart)
        expectEqual(
            TextWriter.write(status),
            "Sesam: nede\n  Sedan: 08:00\n  Frist kl. 12:00\n\nRutin\nTid: 12:00\n\nSteg\n  Ring\n")
        expectEqual(
            MarkdownWriter.write(status),
            "# Sesam: nede\n\n- **Sedan:** 08:00\n- Frist kl. 12:00\n\n## Rutin\n\n- **Tid:** 12:00\n\n"
                + "### Steg\n\nRing\n")
        let html = HTMLWriter.write(status)
        expectTrue(html.contains("<dl>\n<dt>Sedan</dt><dd>08:00</dd>\n</dl>\n<p>Frist kl. 12:00</p>\n"))
        expectTrue(html.contains("<h2>Rutin</h2>") && html.contains("<h3>Steg</h3>"))
    }

    /// A blank to fill in and an item a page links to: "[[MANGLER: …]]" in text and Markdown, a marked space and an
    /// `id` in HTML; the label and the anchor are escaped like any data.
    func testABlankAndAnAnchorAreWrittenInEachFormat() {
        let document = Document([
            .list(
                numbered: true,
                [Item([.text("Ring "), .blank(word: "MANGLER", label: "Telefon <b>")], anchor: "step-ring\"x")])
        ])
        expectEqual(TextWriter.write(document), "1. Ring [[MANGLER: Telefon <b>]]\n")
        expectTrue(MarkdownWriter.write(document).hasPrefix("1. Ring \\[\\[MANGLER: Telefon \\<b\\>\\]\\]"))
        expectEqual(
            HTMLWriter.write(document),
            "<ol>\n<li id=\"step-ring&quot;x\">Ring <span class=\"blank\">Telefon &lt;b&gt;</span></li>\n</ol>\n"
        )
    }

    /// A section a page links to: the `id` of its heading in HTML (of the `<div>` when it has none), escaped like
    /// any data; text and Markdown write it exactly as the same section without an anchor.
    func testASectionsAnchorIsItsHeadingsIdInHTMLAndNothingInTextOrMarkdown() {
        let body: [Block] = [.paragraph(.words("Ring"))]
        let anchored = Document([
            .section(level: 3, heading: .words("Kundservice"), body: body, anchor: "role-kundservice\"x"),
            .section(level: 2, heading: nil, body: body, anchor: "part"),
        ])
        let plain = Document([
            .section(level: 3, heading: .words("Kundservice"), body: body),
            .section(level: 2, heading: nil, body: body),
        ])
        expectEqual(TextWriter.write(anchored), TextWriter.write(plain))
        expectEqual(MarkdownWriter.write(anchored), MarkdownWriter.write(plain))
        expectEqual(
            HTMLWriter.write(anchored),
            "<section>\n<h3 id=\"role-kundservice&quot;x\">Kundservice</h3>\n<p>Ring</p>\n</section>\n"
                + "<div id=\"part\">\n<p>Ring</p>\n</div>\n")
        // One level down, the part keeps its anchor.
        expectEqual(
            anchored.asPart.first,
            .section(level: 4, heading: .words("Kundservice"), body: body, anchor: "role-kundservice\"x"))
    }

    /// A labelled table (each body cell after the first says its column, for a page's stacked layout), a cell a
    /// page links to, and words set apart by a style (a status badge): markup in HTML, the same words in text and
    /// Markdown as without them.
    func testALabelledTableACellsAnchorAndStyledWordsAreMarkupOnly() {
        func table(_ marked: Bool) -> Document {
            let badge: Inline = .text("utgått <2024>")
            let rows: [[DocumentTable.Cell]] = [
                [
                    DocumentTable.Cell(.words("CMS"), anchor: marked ? "system-cms" : nil),
                    DocumentTable.Cell([marked ? .styled([badge], style: "status status-expired") : badge]),
                ]
            ]
            return Document([
                .table(
                    DocumentTable(
                        header: [.words("Tittel"), [.emphasis(.words("Gyldighet \"nå\""))]],
                        alignments: [.left, .left],
                        groups: [DocumentTable.Group(heading: nil, rows: rows)], rowHeaders: false, labelled: marked))
            ])
        }
        expectEqual(TextWriter.write(table(true)), TextWriter.write(table(false)))
        expectEqual(MarkdownWriter.write(table(true)), MarkdownWriter.write(table(false)))
        expectTrue(
            HTMLWriter.write(table(true)).contains(
                "<tr><td id=\"system-cms\">CMS</td><td data-label=\"Gyldighet &quot;nå&quot;\">"
                    + "<span class=\"status status-expired\">utgått &lt;2024&gt;</span></td></tr>"),
            "\(HTMLWriter.write(table(true)))")
    }

    /// A table whose rows stand in groups under a heading, with a tick box, a cell that names it and blocks under a
    /// cell (the printed checklist's table), and words in another language: in each writer, escaped.
    func testATableWithGroupsTickBoxesAndBlocksInCellsIsWrittenInEachFormat() {
        let table = DocumentTable(
            caption: .words("Steg"), header: [.words("Klart"), .words("Steg"), .words("Vem")],
            alignments: [.left, .left, .left],
            groups: [
                DocumentTable.Group(
                    heading: .words("Gäller när: <nu>"),
                    rows: [
                        [
                            DocumentTable.Cell([.tick(id: "check-a\"")]),
                            DocumentTable.Cell(
                                [.text("1. Ring"), .citation(word: "källa", section: "3")],
                                blocks: [.reading("tolkning")], labels: "check-a\""),
                            DocumentTable.Cell(
                                [.text("Roll: "), .foreign(.words("Kundservice"), language: "sv")],
                                blocks: [.list(numbered: false, [Item(.words("kontakt: anges inte"))])]),
                        ]
                    ])
            ], style: "checklist", columnStyles: ["tick", nil, "who"], rowHeaders: false)
        let document = Document([.table(table)])
        expectEqual(
            TextWriter.write(document),
            """
            Steg
            Gäller när: <nu>
            [ ]  1. Ring  [3]  Roll: Kundservice
              (tolkning)
              - kontakt: anges inte

            """)
        let markdown = MarkdownWriter.write(document)
        expectTrue(markdown.hasPrefix("**Steg**\n\n| Klart | Steg | Vem |\n|---|---|---|\n"), "\(markdown)")
        expectTrue(markdown.contains("| **Gäller när: \\<nu\\>** |  |  |\n"), "\(markdown)")
        expectTrue(
            markdown.contains(
                "| \\[ \\] | 1. Ring _(källa: 3)_<br>_tolkning_ | Roll: Kundservice<br>- kontakt: anges inte |"),
            "\(markdown)")
        let html = HTMLWriter.write(document)
        expectTrue(html.hasPrefix("<div class=\"table-wrap\"><table class=\"checklist\">\n<caption>Steg</caption>\n"))
        expectTrue(html.contains("<colgroup><col class=\"tick\"><col><col class=\"who\"></colgroup>\n"))
        expectTrue(
            html.contains(
                "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"3\">Gäller när: &lt;nu&gt;</th></tr>"))
        expectTrue(html.contains("<td class=\"tick\"><input type=\"checkbox\" id=\"check-a&quot;\"></td>"), "\(html)")
        expectTrue(
            html.contains(
                "<td><label for=\"check-a&quot;\">1. Ring <span class=\"source\">[källa: 3]</span></label><p class=\"reading\">tolkning</p>\n</td>"
            ), "\(html)")
        expectTrue(html.contains("<td class=\"who\">Roll: <span lang=\"sv\">Kundservice</span><ul>\n<li>"), "\(html)")
    }

    func testTextLaysTheDocumentOutForATerminal() {
        expectEqual(
            TextWriter.write(Self.document),
            """
            Rutin <b>*x*
            e-post: ikt@example.org
              (govctls lesning: a)

            Steg  [3 [x](javascript:alert(1))]
              1. Ring a`b
                 [rolle: OK]
                 (merk)
              2. driftinfo <javascript:alert(1)>
              fet kilde <https://example.org/a>
            Drift   1 000 kr
            Sum    10 000 kr
            > Kilden
            > sier
            Emne: ```x```

            Tekst

            """)
    }

    func testMarkdownEscapesTheDataAndMakesOnlySafeLinksLive() {
        let markdown = MarkdownWriter.write(Self.document)
        expectTrue(markdown.hasPrefix("# Rutin \\<b\\>_\\*x\\*_\n"), "\(markdown)")
        expectTrue(markdown.contains("- **E-post:** ikt@example.org\n  - _govctls lesning: a_\n"))
        expectTrue(markdown.contains("## Steg _(kilde: 3 \\[x\\](javascript:alert(1)))_\n"), "\(markdown)")
        expectTrue(markdown.contains("1. Ring ``a`b`` _(rolle: OK)_\n"), "\(markdown)")
        expectTrue(markdown.contains("2. driftinfo (javascript:alert(1))\n"), "\(markdown)")
        expectTrue(markdown.contains("**fet** [kilde](<https://example.org/a>)\n"))
        expectTrue(markdown.contains("| Linje | Beløp |\n|---|--:|\n| Drift | 1 000 kr |\n"))
        expectTrue(markdown.contains("````text\nEmne: ```x```\n\nTekst\n````\n"), "\(markdown)")
        expectTrue(!markdown.contains("[x](") && !markdown.contains("(<javascript"))
    }

    func testHtmlEscapesEveryTextAndSaysWhatEachHeaderCellHeads() {
        let html = HTMLWriter.write(Self.document)
        expectTrue(html.hasPrefix("<h1>Rutin &lt;b&gt;<em>*x*</em></h1>\n"), "\(html)")
        expectTrue(
            html.contains("<dt>e-post</dt><dd>ikt@example.org\n<p class=\"reading\">govctls lesning: a</p>\n</dd>"))
        expectTrue(html.contains("<h2>Steg <span class=\"source\">[kilde: 3 [x](javascript:alert(1))]</span></h2>"))
        expectTrue(html.contains("<li>Ring <code>a`b</code> <span class=\"meta\">(rolle: OK)</span>"), "\(html)")
        expectTrue(html.contains("<li>driftinfo (javascript:alert(1))</li>"), "\(html)")
        expectTrue(html.contains("<a href=\"https://example.org/a\">kilde</a>"))
        expectTrue(html.contains("<tr><th scope=\"col\">Linje</th><th scope=\"col\" class=\"amount\">Beløp</th></tr>"))
        expectTrue(html.contains("<tr><th scope=\"row\">Drift</th><td class=\"amount\">1 000 kr</td></tr>"))
        expectTrue(!html.contains("<b>") && !html.contains("href=\"javascript"))
    }

    func testOnlyWebMailAndSitePagesAreLiveLinks() throws {
        for (a0, a1) in [
            ("https://example.org", true), ("mailto:ikt@example.org", true), ("guide-a.html#steg", true),
            ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), ("data:text/html,x", false),
            ("//evil.example", false), ("https://a b", false), ("", false),
        ] {
            withCase("\(a0), \(a1)") { onlyWebMailAndSitePagesAreLiveLinks(url: a0, live: a1) }
        }
    }

    func onlyWebMailAndSitePagesAreLiveLinks(url: String, live: Bool) {
        expectEqual(Links.isSafe(url), live)
    }
}
