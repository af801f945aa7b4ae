/// What an `outage` action did, as text (one line per thing done, and the log used) and as JSON: a record appended
/// (`start`, `prognosis`, `end`, `amend`, `cancel`), the log's upkeep (`init`, `repair`, `archive`) and a probe's run
/// (`watch`). Data is printed through `TextEscaping` in the text form.
package enum OutageActionRenderer {
    /// `start: Sesam LMN 2026-11-21 08:00 (Europe/Stockholm), outage … → LOG`.
    package static func text(_ action: String, _ written: OutageEntry.Written) -> String {
        let when = written.when
        return
            "\(action): \(TextEscaping.line(written.system.name)) \(when.calendarDate) \(when.clock) (\(written.timeZone)), outage \(written.record.outage ?? "-") → \(written.log)\n"
    }

    package static func json(_ action: String, _ written: OutageEntry.Written) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("action", .string(action)), ("system", .string(written.system.id)),
                    ("outage", written.record.outage.map(JSONValue.string) ?? .null),
                    ("at", .string(written.when.iso)), ("log", .string(written.log)),
                    ("record", written.record.json),
                ]))) + "\n"
    }

    /// `repair: …` for each thing done, then `log: LOG`.
    package static func text(_ action: String, done lines: [String], log: String) -> String {
        lines.map { "\(action): \(TextEscaping.line($0))\n" }.joined() + "log: \(TextEscaping.line(log))\n"
    }

    package static func json(_ action: String, done lines: [String], log: String) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("action", .string(action)), ("log", .string(log)),
                    ("done", .array(lines.map(JSONValue.string))),
                ]))) + "\n"
    }

    /// `watch: Sesam LMN unreachable (2 of 3 in a row): …` (past the threshold: `(4 in a row; 3 open the outage)`),
    /// what it did to the outage, and the log.
    package static func text(_ report: ProbeWatch.Report) -> String {
        let count =
            report.failuresInARow <= report.threshold
            ? "\(report.failuresInARow) of \(report.threshold) in a row"
            : "\(report.failuresInARow) in a row; \(report.threshold) open the outage"
        let result = report.probe.reachable ? "reachable" : "unreachable (\(count))"
        let name = TextEscaping.line(report.system.name)
        var out = "watch: \(name) \(result): \(TextEscaping.line(report.probe.message))\n"
        if let action = report.action { out += "watch: \(action) the outage of \(name) (opened by the probe)\n" }
        return out + "log: \(TextEscaping.line(report.log))\n"
    }

    package static func json(_ report: ProbeWatch.Report) -> String {
        JSONWriter.pretty(
            .object(
                JSONObject([
                    ("action", .string("watch")), ("system", .string(report.system.id)),
                    ("reachable", .bool(report.probe.reachable)),
                    ("exitCode", report.probe.exitCode.map { .number(Double($0)) } ?? .null),
                    ("message", .string(report.probe.message)),
                    ("failuresInARow", .number(Double(report.failuresInARow))),
                    ("threshold", .number(Double(report.threshold))),
                    ("outage", report.action.map(JSONValue.string) ?? .null), ("log", .string(report.log)),
                ]))) + "\n"
    }
}
