import Foundation

/// `outage export` and `outage import`: the log as JSON Lines, the same records as the file holds, so that a site
/// moves between the file and a database without losing history. Import refuses what the writer refuses: a line that
/// is not a record (`OutageLog.parse`), a log the writer could not have written (`OutageIndex.inconsistency`), an
/// outage id started twice; and it writes only into a store that holds no records.
package enum OutageTransfer {
    /// Every record of `store`, one compact JSON object a line, in the order written.
    package static func export(_ store: any OutageStore) throws(GovError) -> String {
        try store.read().map { JSONWriter.compact($0.json) + "\n" }.joined()
    }

    /// The records of a JSON Lines text named `name` (a file, or standard input), checked as the writer checks them;
    /// `systems`: the system ids the procedures have.
    package static func records(_ bytes: [UInt8], name: String, systems: Set<String>?) throws(GovError)
        -> [OutageRecord]
    {
        let records = try OutageLog.parse(bytes, path: name).get()
        let index = OutageIndex(records)
        if let problem = index.inconsistency(path: name, systems: systems) { throw problem }
        var starts: [String: Int] = [:]
        for record in records where record.event == .start {
            guard let id = record.outage else { continue }
            if let first = starts[id] {
                throw GovError(
                    .dataError,
                    "\(name) line \(record.line) is not a valid outage record: it starts the outage '\(id)' again (line \(first))",
                    hint: "an outage id is started once; correct line \(record.line) by hand (keep a copy)")
            }
            starts[id] = record.line
        }
        return records
    }

    /// Imports `records` into `store`, which must hold none; how many.
    package static func load(_ records: [OutageRecord], into store: any OutageStore) throws(GovError) -> Int {
        try store.importRecords(records)
    }

    /// The refusal of an import into a store that already holds records.
    package static func notEmpty(_ location: String, count: Int) -> GovError {
        GovError(
            .dataError,
            "'\(location)' already holds \(count) record\(count == 1 ? "" : "s"); govctl imports only into an empty log",
            hint:
                "import into a new log ('govctl outage init' on a new file or database), or export this one and merge by hand"
        )
    }
}
