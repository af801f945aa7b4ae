import Foundation

/// `govctl outage list`: one row per outage, times on the wall clock of each system's zone.
package enum OutageListRenderer {
    /// A tab-separated table with a header row.
    package static func text(_ outages: [Outage], zone: (String) -> TimeZone) -> String {
        var out = "SYSTEM\tSCENARIO\tSTART\tPROGNOSIS\tEND\tNOTE\n"
        for o in outages {
            let clock = LocalClock(zone: zone(o.system))
            let cells = [
                o.system, o.start.scenario ?? "-", clock.local(o.start.at).iso,
                o.prognosis?.eta.map { clock.local($0).iso } ?? "-",
                o.end.map { clock.local($0.at).iso } ?? "open", o.start.note ?? "",
            ]
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }

    package static func json(_ outages: [Outage], zone: (String) -> TimeZone) -> String {
        JSONWriter.pretty(
            .array(
                outages.map { o in
                    let clock = LocalClock(zone: zone(o.system))
                    func iso(_ date: Date?) -> JSONValue { date.map { .string(clock.local($0).iso) } ?? .null }
                    return .object(
                        JSONObject([
                            ("system", .string(o.system)),
                            ("scenario", o.start.scenario.map(JSONValue.string) ?? .null),
                            ("start", iso(o.start.at)), ("prognosis", iso(o.prognosis?.eta)), ("end", iso(o.end?.at)),
                            ("open", .bool(o.isOpen)), ("note", o.start.note.map(JSONValue.string) ?? .null),
                            ("line", .number(Double(o.start.line))),
                        ]))
                })) + "\n"
    }
}
