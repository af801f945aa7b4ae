import Foundation

/// Where the outage log and the state kept beside it live: the JSON Lines file (`OutageLog`, the default) or a
/// PostgreSQL database (the `OutageStorePostgres` target). Every command reads and writes through this interface, so
/// each works on both; each store makes every write one locked step (a file lock, a transaction), refuses what the
/// other refuses, and keeps the same records.
package protocol OutageStore: Sendable {
    /// What messages name: the log's path, or the database's URI without a password.
    var location: String { get }
    /// Who may have written the state govctl keeps in the running user's own directory about this store.
    var trust: StateTrust { get }

    /// Every record, in the order written, each checked; a store that cannot be read completely is an error.
    func read() throws(GovError) -> [OutageRecord]

    /// Appends the records `make` gives, as one locked step; `make` sees the outages first and may refuse. Each
    /// record gets the OS user (unless set) and the time it is recorded.
    @discardableResult
    func append(_ make: (OutageIndex) throws(GovError) -> [OutageRecord]) throws(GovError) -> [OutageRecord]

    /// `append`, with the probe's state of `system` (`ProbeWatch`) read and written in the same step.
    @discardableResult
    func append(
        probing system: String, _ make: (OutageIndex, inout JSONObject) throws(GovError) -> [OutageRecord]
    ) throws(GovError) -> [OutageRecord]

    /// The probe's state of `system`; `nil` when there is none or it cannot be read.
    func probeState(_ system: String) -> JSONObject?

    /// `reserve-status --on-change`: `decide` gets what was last notified for `system` (`nil`: nothing) and returns
    /// its answer and the entry to keep instead (`nil`: keep it as it is), as one locked step, so two cron runs on
    /// any hosts never both notify.
    func notification<T: Sendable>(
        _ system: String, _ decide: (JSONValue?) throws(GovError) -> (T, JSONObject?)
    ) throws(GovError) -> T

    /// A warning when the store nears a limit of govctl's (`OutageLog.sizeWarning`); `nil` otherwise.
    func sizeWarning() -> String?

    /// `outage init`: creates the store (or checks it); one line per thing done.
    func initialize(group: String?) throws(GovError) -> [String]
    /// `outage repair`: mends what a crash can leave, or says why there is nothing to mend.
    func repair(now: Date) throws(GovError) -> [String]
    /// `outage archive`: moves outages ended before `before` out of the live log; how many, and where to.
    func archive(before: Date) throws(GovError) -> (count: Int, archive: String)
    /// `outage import`: writes `records` (checked by `OutageTransfer`) as they are, `by` and `recorded` kept, into a
    /// store that holds none; how many.
    func importRecords(_ records: [OutageRecord]) throws(GovError) -> Int
}

extension OutageStore {
    /// The outages, indexed.
    package func index() throws(GovError) -> OutageIndex { OutageIndex(try read()) }
}
