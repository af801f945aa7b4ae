/// What a document face shows, as blocks of inline text: every answer that is read as a document (text, Markdown,
/// the site and the printed checklist) converts into one `Document` once, and one writer per format lays it out
/// (`TextWriter`, `MarkdownWriter`, `HTMLWriter`). The text in a document is data as the answer holds it, never
/// escaped: escaping is each writer's, once per format. In the spirit of pandoc's `Block` and `Inline`.
package struct Document: Sendable, Equatable {
    package var blocks: [Block]

    package init(_ blocks: [Block]) { self.blocks = blocks }
}

/// A block of a document.
package indirect enum Block: Sendable, Equatable {
    /// The document's title: the first line of text, `#` in Markdown, `<h1>` in HTML.
    case title([Inline])
    /// A part with a heading (`nil`: a part set apart without one) and its blocks. The level is Markdown's and
    /// HTML's (2 and below); text sets the heading on its own line and indents the body. `anchor`: where a page links
    /// to the part (`role-kundservice`), the `id` of its heading in HTML; text and Markdown have no anchors.
    case section(level: Int, heading: [Inline]?, body: [Block], anchor: String? = nil)
    case paragraph([Inline])
    /// Labelled values: "Label: value", each with blocks of its own (a reading, say).
    case fields([Field])
    /// A list, numbered or with bullets.
    case list(numbered: Bool, [Item])
    case table(DocumentTable)
    /// A remark of govctl's, set apart from the source's words: in brackets in text, in emphasis in Markdown.
    case note([Inline])
    /// The source's own words, quoted as they stand.
    case quotation(String)
    /// govctl's interpretation where the data reads more than the source says ("govctl's reading, not the source's:
    /// …"): every face shows it as a reading, never as the source's.
    case reading(String)
    /// Text whose lines are kept as they are (a case text to paste into a portal).
    case preformatted(String)
}

/// Text inside a block.
package indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    /// A command, a flag, an id: set in code in Markdown and HTML.
    case code(String)
    /// The source section a line comes from; `word` is "source" in the reader's language.
    case citation(word: String, section: String)
    /// A link; a writer makes it live only for `http`, `https` and `mailto` and a relative page of the site.
    case link(text: String, url: String)
    /// A blank to fill in by hand, named by what goes there; `word` is "missing" in the reader's language: text and
    /// Markdown write "[[word: label]]", HTML a marked space labelled with what to write.
    case blank(word: String, label: String)
    /// A box to tick by hand (a printed checklist's step): "[ ]" in text and Markdown, a check box in HTML, `id` the
    /// name the cell that says what it ticks refers to (`DocumentTable.Cell.labels`).
    case tick(id: String)
    /// Words in another language than the document's (a procedure's name in Swedish on an English page, or a link
    /// whose words are): marked with their language in HTML (`<span lang="sv">`), as they are in text and Markdown.
    case foreign([Inline], language: String)
    /// Words a page sets apart by a class of its stylesheet (a document's status badge, `status status-expired`):
    /// `<span class>` in HTML, the words as they are in text and Markdown, so the words say it, never the colour.
    case styled([Inline], style: String)
}

/// One item of a list: its line, what it cites and any blocks under it.
package struct Item: Sendable, Equatable {
    package var content: [Inline]
    /// Who and where the item comes from ("role: …; source: …"), on a line of its own in text, after the item in
    /// Markdown.
    package var meta: [Inline]?
    package var details: [Block]
    /// Where a page links to the item (`step-ring-leverandor`): the `id` of its `<li>` in HTML; text and Markdown
    /// have no anchors.
    package var anchor: String?

    package init(_ content: [Inline], meta: [Inline]? = nil, details: [Block] = [], anchor: String? = nil) {
        self.content = content
        self.meta = meta
        self.details = details
        self.anchor = anchor
    }
}

/// One labelled value. A field whose label is empty is a value that says its own label ("Reserve routine active
/// at 12:00"): written as the value alone, in the same list as the others.
package struct Field: Sendable, Equatable {
    package var label: String
    package var value: [Inline]
    package var details: [Block]

    package init(_ label: String, _ value: [Inline], details: [Block] = []) {
        self.label = label
        self.value = value
        self.details = details
    }
}

/// Rows and columns, with a header row in Markdown and HTML. Text lays them out as `inText` says. A cell may hold
/// blocks under its words (a checklist step's details, who to contact), and rows may stand in groups under a heading
/// of their own (the condition under which a checklist's steps apply), as pandoc's table bodies do.
package struct DocumentTable: Sendable, Equatable {
    package enum Alignment: Sendable, Equatable { case left, right }

    /// How text shows a table: padded columns (with or without the header row), or each row as "first: rest".
    package enum TextLayout: Sendable, Equatable { case columns, columnsWithHeader, labelled }

    /// A body cell: its words, blocks under them (in the cell in HTML, after the row in text and Markdown), the
    /// tick box it says the meaning of (its `<label>` in HTML), and where a page links to it (the cell's `id` in
    /// HTML; text and Markdown have no anchors).
    package struct Cell: Sendable, Equatable {
        package var content: [Inline]
        package var blocks: [Block]
        package var labels: String?
        package var anchor: String?

        package init(_ content: [Inline], blocks: [Block] = [], labels: String? = nil, anchor: String? = nil) {
            self.content = content
            self.blocks = blocks
            self.labels = labels
            self.anchor = anchor
        }
    }

    /// Rows under a heading of their own; `nil`: rows with none.
    package struct Group: Sendable, Equatable {
        package var heading: [Inline]?
        package var rows: [[Cell]]

        package init(heading: [Inline]?, rows: [[Cell]]) {
            self.heading = heading
            self.rows = rows
        }
    }

    package var header: [[Inline]]
    package var alignments: [Alignment]
    package var groups: [Group]
    package var inText: TextLayout
    /// What the table is, said above it (a `<caption>` in HTML, a line of its own in text and Markdown).
    package var caption: [Inline]?
    /// How a page lays the table and its columns out: the HTML classes its stylesheet knows (the printed checklist's
    /// `checklist`, `tick` and `who`); text and Markdown have no classes.
    package var style: String?
    package var columnStyles: [String?]
    /// Whether each body row's first cell heads its row (`<th scope="row">` in HTML).
    package var rowHeaders: Bool
    /// Whether each body cell after the first says its column's header (`data-label` in HTML, for a stylesheet that
    /// lays a row out as a block on a narrow screen); text and Markdown have their header row.
    package var labelled: Bool

    /// Every body row's words, group after group.
    package var rows: [[[Inline]]] { groups.flatMap { $0.rows.map { $0.map(\.content) } } }

    package init(
        header: [[Inline]], alignments: [Alignment], rows: [[[Inline]]], inText: TextLayout = .columns
    ) {
        self.init(
            header: header, alignments: alignments,
            groups: [Group(heading: nil, rows: rows.map { $0.map { Cell($0) } })], inText: inText)
    }

    package init(
        caption: [Inline]? = nil, header: [[Inline]], alignments: [Alignment], groups: [Group],
        inText: TextLayout = .columns, style: String? = nil, columnStyles: [String?] = [], rowHeaders: Bool = true,
        labelled: Bool = false
    ) {
        self.caption = caption
        self.header = header
        self.alignments = alignments
        self.groups = groups
        self.inText = inText
        self.style = style
        self.columnStyles = columnStyles
        self.rowHeaders = rowHeaders
        self.labelled = labelled
    }
}

extension Document {
    /// This document as a part of another, one level down: its title a heading of level 2 (with no body, so text sets
    /// it after a blank line at the left margin, as the title it was), every section one level lower. How
    /// `reserve-status` carries the guide's answer under its status.
    package var asPart: [Block] {
        func down(_ block: Block) -> Block {
            switch block {
            case .title(let text): return .section(level: 2, heading: text, body: [])
            case .section(let level, let heading, let body, let anchor):
                return .section(level: level + 1, heading: heading, body: body.map(down), anchor: anchor)
            default: return block
            }
        }
        return blocks.map(down)
    }
}

extension Array where Element == Inline {
    /// Plain words, as a one-element list of inlines.
    package static func words(_ text: String) -> [Inline] { [.text(text)] }
}

extension Optional where Wrapped == [Inline] {
    /// Plain words, as a one-element list of inlines.
    package static func words(_ text: String) -> [Inline]? { [.text(text)] }
}

extension LocalizedText {
    /// The text in `language`, else in `fallback`, as inline words: marked with the language it is in
    /// (`Inline.foreign`) when that is not `language`, so that a page says which words are another language's.
    package func inline(_ language: Language, fallback: Language) -> Inline {
        let shown = self[language] != nil ? language : self[fallback] != nil ? fallback : language
        let words = Inline.text(resolve(language, fallback: fallback))
        return shown == language ? words : .foreign([words], language: shown.rawValue)
    }
}
