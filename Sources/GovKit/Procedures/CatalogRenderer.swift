/// `govctl list`: one row per procedure, as a text table (a document's table, `TextWriter`) or JSON, each row's
/// validity and origin decided once (`status`, `origin`). `origins` says where each file came from (by its path:
/// `built-in` or the path it was read from; a file not in it is built in).
package enum CatalogRenderer {
    package static func listText(
        _ catalog: Catalog, language: Language?, today: (Procedure) -> LocalTime, origins: [String: String] = [:]
    ) -> String {
        TextWriter.write(document(catalog, language: language, today: today, origins: origins))
    }

    /// The list as a document: one table, its header row in capitals as a terminal table has it. Every cell is
    /// written by the writer's escaping: a title with a line break cannot forge a row.
    package static func document(
        _ catalog: Catalog, language: Language?, today: (Procedure) -> LocalTime, origins: [String: String] = [:]
    ) -> Document {
        let header = ["ID", "TITLE", "ORGANISATION", "LANG", "VALID UNTIL", "STATUS", "ORIGIN"]
        let rows = catalog.procedures.map { p -> [[Inline]] in
            let d = p.document
            return [
                p.id, d.title.resolve(d.language(for: language), fallback: d.language), d.organisation,
                d.language.rawValue, d.validUntil?.description ?? "-", status(p, today(p)), origin(p, origins),
            ].map { .words($0) }
        }
        return Document([
            .table(
                DocumentTable(
                    header: header.map { .words($0) }, alignments: Array(repeating: .left, count: header.count),
                    rows: rows, inText: .columnsWithHeader))
        ])
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
