import Foundation

/// `govctl outage list` and `show`: one row per outage (with `history`, every record of it), times on the wall clock
/// of each system's zone, and the log they came from.
package enum OutageListRenderer {
    /// A tab-separated table with a header row, then the log's path. Every text from the log goes through
    /// `TextEscaping.line`: a note with a line break or a tab cannot forge a row or a column, nor drive the terminal.
    package static func text(_ outages: [Outage], history: Bool, log: String, zone: (String) -> TimeZone) -> String {
        let e = TextEscaping.line
        var out = "OUTAGE\tSYSTEM\tSCENARIO\tSTART\tPROGNOSIS\tEND\tOPENED BY\tNOTE\n"
        for o in outages {
            let clock = LocalClock(zone: zone(o.system))
            let cells = [
                o.id, o.system, o.start.scenario ?? "-", clock.local(o.startAt).iso,
                o.prognosis?.eta.map { clock.local($0).iso } ?? "-",
                o.cancelled != nil ? "cancelled" : o.end.map { clock.local($0.at).iso } ?? "open",
                (o.openedByProbe ? "probe" : o.start.by) ?? "-", o.start.note ?? "",
            ]
            out += cells.map(e).joined(separator: "\t") + "\n"
            if history {
                for record in o.history {
                    out += "  line \(record.line)\t\(record.event.rawValue)\t\(clock.local(record.at).iso)"
                    if let eta = record.eta { out += "\teta \(clock.local(eta).iso)" }
                    if let start = record.start { out += "\tstart → \(clock.local(start).iso)" }
                    if let end = record.end { out += "\tend → \(clock.local(end).iso)" }
                    if let scenario = record.scenario, record.event == .amend { out += "\tscenario → \(e(scenario))" }
                    if let note = record.note { out += "\t\(e(note))" }
                    out += "\tby \(e(record.source ?? record.by ?? "?"))"
                    if let recorded = record.recorded { out += " at \(clock.local(recorded).iso)" }
                    out += "\n"
                }
            }
        }
        return out + "log: \(e(log))\n"
    }

    package static func json(_ outages: [Outage], history: Bool, log: String, zone: (String) -> TimeZone) -> String {
        let rows = outages.map { o -> JSONValue in
            let clock = LocalClock(zone: zone(o.system))
            func iso(_ date: Date?) -> JSONValue { date.map { .string(clock.local($0).iso) } ?? .null }
            var object = JSONObject([
                ("id", .string(o.id)), ("system", .string(o.system)),
                ("scenario", o.start.scenario.map(JSONValue.string) ?? .null),
                ("start", iso(o.startAt)), ("prognosis", iso(o.prognosis?.eta)), ("end", iso(o.end?.at)),
                ("open", .bool(o.isOpen)), ("cancelled", .bool(o.cancelled != nil)),
                ("openedBy", .string(o.openedByProbe ? "probe" : o.start.by ?? "")),
                ("note", o.start.note.map(JSONValue.string) ?? .null), ("line", .number(Double(o.start.line))),
            ])
            if history { object["history"] = .array(o.history.map(\.json)) }
            return .object(object)
        }
        return JSONWriter.pretty(.object(JSONObject([("log", .string(log)), ("outages", .array(rows))]))) + "\n"
    }
}
