/// `govctl list`: one row per procedure, as a text table or JSON. `origins` says where each file came from (by its
/// path: `built-in` or the path it was read from; a file not in it is built in).
package enum CatalogRenderer {
    package static func listText(
        _ catalog: Catalog, language: Language?, today: (Procedure) -> LocalTime, origins: [String: String] = [:]
    ) -> String {
        var rows = [["ID", "TITLE", "ORGANISATION", "LANG", "VALID UNTIL", "STATUS", "ORIGIN"]]
        for p in catalog.procedures {
            let d = p.document
            rows.append([
                p.id, d.title.resolve(d.language(for: language), fallback: d.language), d.organisation,
                d.language.rawValue,
                d.validUntil?.description ?? "-", status(p, today(p)), origin(p, origins),
            ])
        }
        // Every cell through `TextEscaping.line`: a title with a line break cannot forge a row.
        return Table.render(rows.map { $0.map(TextEscaping.line) })
    }

    /// `today` gives the local time in a procedure's zone: each document's validity is judged on its own day.
    package static func listJSON(
        _ catalog: Catalog, today: (Procedure) -> LocalTime, origins: [String: String] = [:]
    ) -> String {
        let items = catalog.procedures.map { p -> JSONValue in
            guard case .object(var doc) = DocumentJSON.value(p, today: today(p)) else { return .null }
            doc["id"] = .string(p.id)
            doc["file"] = .string(p.file)
            doc["origin"] = .string(origin(p, origins))
            return .object(
                JSONObject([("id", .string(p.id))] + doc.pairs.filter { $0.key != "id" }.map { ($0.key, $0.value) }))
        }
        return JSONWriter.pretty(.array(items)) + "\n"
    }

    static func origin(_ p: Procedure, _ origins: [String: String]) -> String { origins[p.file] ?? "built-in" }

    /// `expired`, `valid`, or `not-stated` where the document gives no end date (silence is not validity).
    static func status(_ p: Procedure, _ today: LocalTime) -> String {
        guard let until = p.document.validUntil else { return "not-stated" }
        return until < today.calendarDay ? "expired" : "valid"
    }
}

/// Left-aligned columns separated by two spaces.
enum Table {
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = Array(repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
