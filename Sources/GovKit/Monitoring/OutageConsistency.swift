import Foundation

/// What the writer refuses, the reader refuses too: a log that holds it (edited by hand, or written by another
/// tool) cannot tell the state, so a check says UNKNOWN with the line rather than pick an answer.
extension OutageIndex {
    /// The first line (in the file) that breaks a rule the writer keeps, as an error naming it; `nil` when none does.
    /// `systems`: the system ids the procedures have (an open outage of any other is refused); `nil` skips that.
    package func inconsistency(path: String, systems: Set<String>?) -> GovError? {
        var problems: [(line: Int, reason: String)] = []
        for record in unattached {
            problems.append(
                (
                    record.line,
                    record.outage.map { "its \(record.event.rawValue) belongs to outage '\($0)', which no start opens" }
                        ?? "its \(record.event.rawValue) finds no open outage of '\(record.system)'"
                ))
        }
        var bySystem: [String: [Outage]] = [:]
        for outage in outages where outage.cancelled == nil { bySystem[outage.system, default: []].append(outage) }
        for (system, list) in bySystem {
            if let systems, !systems.contains(system), let open = list.first(where: \.isOpen) {
                problems.append(
                    (open.start.line, "it opens an outage of the system '\(system)', which no procedure has"))
            }
            for outage in list {
                if let end = outage.end, end.at < outage.startAt {
                    problems.append(
                        (
                            end.line,
                            "the end \(ISO8601.text(end.at)) is before the start \(ISO8601.text(outage.startAt)) of outage '\(outage.id)' (line \(outage.start.line))"
                        ))
                }
            }
            let sorted = list.sorted {
                $0.startAt < $1.startAt || ($0.startAt == $1.startAt && $0.start.line < $1.start.line)
            }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                let line = max(earlier.start.line, later.start.line)
                if earlier.isOpen, later.isOpen {
                    problems.append(
                        (
                            line,
                            "a second open start of '\(system)': the outage of line \(min(earlier.start.line, later.start.line)) is still open"
                        ))
                } else if (earlier.end?.at ?? .distantFuture) > later.startAt {
                    problems.append(
                        (
                            line,
                            "the outage of '\(system)' from \(ISO8601.text(later.startAt)) overlaps the one of line \(line == later.start.line ? earlier.start.line : later.start.line)"
                        ))
                }
            }
        }
        guard let first = problems.min(by: { $0.line < $1.line }) else { return nil }
        return GovError(
            .dataError, "\(path) line \(first.line) is not a valid outage record: \(first.reason)",
            hint:
                "the writer refuses this, so govctl cannot tell the state; correct it with 'govctl outage amend' or 'govctl outage cancel --outage ID' ('govctl outage list' shows the ids), or correct line \(first.line) by hand (keep a copy; 'govctl outage repair' mends only a torn last line)"
        )
    }
}
