import Foundation
import GovKit
import Synchronization

/// The outage log in a PostgreSQL database (`"state": "postgresql://…"`): the same records as the file, one row
/// each, in the order written; the probe's counts and the on-change state in tables beside them. Every write is one
/// transaction that first takes the log's one lock row (`writer_lock`, as the file takes its `flock`), reads the
/// records, lets the caller check them, and inserts, so writers on any number of hosts serialise; the table `outage`
/// keeps each outage's start, end and cancellation, where the constraints refuse a second open outage of a system
/// and an end before its start.
package struct PostgresOutageStore: OutageStore {
    package let database: OutageState.Database
    /// `-t/--timeout`: to connect, and on the server for each statement and lock.
    package let timeout: Int
    private let connection = Shared()

    package init(_ database: OutageState.Database, timeout: Int) {
        self.database = database
        self.timeout = timeout
    }

    package var location: String { database.display }
    package var trust: StateTrust { database.trust }

    /// The one connection of a run, made when first needed.
    private final class Shared: Sendable {
        let connection = Mutex<PostgresConnection?>(nil)
    }

    /// Runs `body` on the connection (connecting first); `schema`: the schema must be this build's version.
    private func with<T: Sendable>(schema: Bool = true, _ body: (PostgresConnection) throws(GovError) -> T)
        throws(GovError) -> T
    {
        try connection.connection.withLock { (held: inout PostgresConnection?) throws(GovError) -> T in
            let open: PostgresConnection
            if let held {
                open = held
            } else {
                open = try PostgresConnection(uri: database.uri, display: location, timeout: timeout)
                if schema { try checkVersion(open) }
                held = open
            }
            return try body(open)
        }
    }

    /// The schema's version must be this build's: older is migrated by `outage init`, newer is another govctl's.
    private func checkVersion(_ connection: PostgresConnection) throws(GovError) {
        let version =
            try connection.execute("SELECT coalesce(max(version), 0) FROM govctl_schema_version")
            .integer ?? 0
        if version < PostgresSchema.current {
            throw GovError(
                .notFound,
                "the outage database '\(location)' has schema version \(version); this govctl needs version \(PostgresSchema.current)",
                hint: "migrate it with 'govctl outage init --state \(location)', as the database's owner")
        }
        if version > PostgresSchema.current {
            throw GovError(
                .dataError,
                "the outage database '\(location)' has schema version \(version), newer than this govctl's (\(PostgresSchema.current))",
                hint: "use the govctl that migrated it, or a newer one")
        }
    }

    // MARK: Records

    private static let columns =
        "id, v, event, system, extract(epoch FROM at), outage, scenario, note, extract(epoch FROM eta), extract(epoch FROM start_at), extract(epoch FROM end_at), source, written_by, extract(epoch FROM recorded)"

    package func read() throws(GovError) -> [OutageRecord] {
        try with { connection throws(GovError) in try records(connection) }
    }

    /// Every record, in the order written; each record's `line` is its row's id.
    private func records(_ connection: PostgresConnection, table: String = "outage_record") throws(GovError)
        -> [OutageRecord]
    {
        let rows = try connection.execute("SELECT \(Self.columns) FROM \(table) ORDER BY id")
        var records: [OutageRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows.values {
            records.append(try record(row))
        }
        return records
    }

    private func record(_ row: [String?]) throws(GovError) -> OutageRecord {
        func date(_ index: Int) -> Date? {
            row[index].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
        }
        let id = row[0].flatMap { Int($0) } ?? 0
        guard row[1] == String(OutageRecord.version), let event = row[2].flatMap(OutageRecord.Event.init),
            let system = row[3], let at = date(4)
        else {
            throw GovError(
                .dataError, "\(location) record \(id) is not a valid outage record (version \(row[1] ?? "none"))",
                hint: "use the govctl that wrote it, or a newer one")
        }
        var record = OutageRecord(
            event: event, system: system, at: at, outage: row[5], scenario: row[6], note: row[7], eta: date(8))
        record.start = date(9)
        record.end = date(10)
        record.source = row[11]
        record.by = row[12]
        record.recorded = date(13)
        record.line = id
        return record
    }

    @discardableResult
    package func append(_ make: (OutageIndex) throws(GovError) -> [OutageRecord]) throws(GovError) -> [OutageRecord] {
        try write { connection, index throws(GovError) in try make(index) }
    }

    @discardableResult
    package func append(
        probing system: String, _ make: (OutageIndex, inout JSONObject) throws(GovError) -> [OutageRecord]
    ) throws(GovError) -> [OutageRecord] {
        try write { connection, index throws(GovError) in
            var state = try object(
                connection.execute("SELECT state::text FROM probe_state WHERE system = $1", [system]), "probe state")
            let records = try make(index, &state)
            try connection.execute(
                "INSERT INTO probe_state (system, state) VALUES ($1, $2::jsonb) ON CONFLICT (system) DO UPDATE SET state = EXCLUDED.state",
                [system, JSONWriter.compact(.object(state))])
            return records
        }
    }

    /// One write: the lock row, the records, `make`'s records inserted with who and when, the outages they change.
    private func write(_ make: (PostgresConnection, OutageIndex) throws(GovError) -> [OutageRecord]) throws(GovError)
        -> [OutageRecord]
    {
        try locked { connection, existing throws(GovError) -> [OutageRecord] in
            var written = try make(connection, OutageIndex(existing))
            guard !written.isEmpty else { return [] }
            let (user, now) = (OutageLog.user, Date())
            for position in written.indices {
                written[position].by = written[position].by ?? user
                written[position].recorded = now
            }
            let ids = try insert(written, connection)
            for position in written.indices { written[position].line = ids[position] }
            let index = OutageIndex(existing + written)
            let touched = Set(written.compactMap { $0.outage })
            try store(index.outages.filter { touched.contains($0.id) }, connection)
            return written
        }
    }

    /// One transaction holding the log's lock row (as the file's writers hold its `flock`), with the records.
    private func locked<T: Sendable>(_ body: (PostgresConnection, [OutageRecord]) throws(GovError) -> T)
        throws(GovError) -> T
    {
        try with { connection throws(GovError) in
            try connection.transaction { () throws(GovError) -> T in
                try connection.execute("SELECT id FROM writer_lock WHERE id = 1 FOR UPDATE")
                return try body(connection, try records(connection))
            }
        }
    }

    /// Inserts the records, numbered on from the highest number in the log or its archive (or with `ids`: a whole
    /// log imported keeps its line numbers), under the log's lock row; the numbers given.
    private func insert(_ records: [OutageRecord], _ connection: PostgresConnection, ids: [Int]? = nil)
        throws(GovError) -> [Int]
    {
        func time(_ date: Date?) -> JSONValue { date.map { .string(ISO8601.text($0)) } ?? .null }
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        let rows: [JSONValue] = records.enumerated().map { position, record in
            .object(
                JSONObject([
                    ("id", ids.map { .number(Double($0[position])) } ?? .null),
                    ("ordinal", .number(Double(position))), ("v", .number(Double(OutageRecord.version))),
                    ("event", .string(record.event.rawValue)), ("system", .string(record.system)),
                    ("at", time(record.at)), ("outage", text(record.outage)), ("scenario", text(record.scenario)),
                    ("note", text(record.note)), ("eta", time(record.eta)), ("start_at", time(record.start)),
                    ("end_at", time(record.end)), ("source", text(record.source)), ("written_by", text(record.by)),
                    ("recorded", time(record.recorded)),
                ]))
        }
        let inserted = try connection.execute(
            """
            INSERT INTO outage_record (id, v, event, system, at, outage, scenario, note, eta, start_at, end_at, source, written_by, recorded)
            SELECT coalesce(r.id, r.ordinal + 1 + greatest((SELECT max(id) FROM outage_record), (SELECT max(id) FROM outage_record_archive), 0)), r.v, r.event, r.system, r.at, r.outage, r.scenario, r.note, r.eta, r.start_at, r.end_at, r.source, r.written_by, r.recorded
            FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, ordinal integer, v integer, event text, system text, at timestamptz, outage text, scenario text, note text, eta timestamptz, start_at timestamptz, end_at timestamptz, source text, written_by text, recorded timestamptz)
            ORDER BY r.ordinal
            RETURNING id
            """, [JSONWriter.compact(.array(rows))])
        let numbers = inserted.values.compactMap { $0.first.flatMap { $0.flatMap { Int($0) } } }.sorted()
        guard numbers.count == records.count else {
            throw GovError(
                .internal, "the outage database '\(location)' inserted \(numbers.count) of \(records.count) records",
                hint: "report this")
        }
        return numbers
    }

    /// Keeps each outage's start, end and cancellation in `outage`, where the constraints check them.
    private func store(_ outages: [Outage], _ connection: PostgresConnection) throws(GovError) {
        guard !outages.isEmpty else { return }
        let rows: [JSONValue] = outages.map { outage in
            .object(
                JSONObject([
                    ("id", .string(outage.id)), ("system", .string(outage.system)),
                    ("start_at", .string(ISO8601.text(outage.startAt))),
                    ("end_at", outage.end.map { .string(ISO8601.text($0.at)) } ?? .null),
                    ("cancelled", .bool(outage.cancelled != nil)),
                ]))
        }
        // Closed and cancelled outages first: an outage that ends and one that opens in the same write never meet
        // in the index of open outages.
        try connection.execute(
            """
            INSERT INTO outage (id, system, start_at, end_at, cancelled)
            SELECT r.id, r.system, r.start_at, r.end_at, r.cancelled
            FROM jsonb_to_recordset($1::jsonb) AS r(id text, system text, start_at timestamptz, end_at timestamptz, cancelled boolean)
            ORDER BY (r.end_at IS NULL AND NOT r.cancelled)
            ON CONFLICT (id) DO UPDATE SET start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at, cancelled = EXCLUDED.cancelled
            """, [JSONWriter.compact(.array(rows))])
    }

    /// The one JSON object a query for a state row gives; an empty one when there is no row.
    private func object(_ rows: PostgresConnection.Rows, _ what: String) throws(GovError) -> JSONObject {
        guard let text = rows.values.first?.first ?? nil else { return JSONObject() }
        guard let root = try? JSONParser.parse(Array(text.utf8)).root.value, case .object(let object) = root else {
            throw GovError(
                .dataError, "the \(what) in '\(location)' is not a JSON object",
                hint: "delete its row; govctl writes it anew")
        }
        return object
    }

    // MARK: The state beside the log

    package func probeState(_ system: String) -> JSONObject? {
        try? with { connection throws(GovError) -> JSONObject? in
            let rows = try connection.execute("SELECT state::text FROM probe_state WHERE system = $1", [system])
            return rows.count == 0 ? nil : try object(rows, "probe state")
        }
    }

    package func notification<T: Sendable>(
        _ system: String, _ decide: (JSONValue?) throws(GovError) -> (T, JSONObject?)
    ) throws(GovError) -> T {
        try with { connection throws(GovError) in
            try connection.transaction { () throws(GovError) -> T in
                try connection.execute("SELECT id FROM writer_lock WHERE id = 1 FOR UPDATE")
                let rows = try connection.execute("SELECT state::text FROM notified WHERE system = $1", [system])
                let previous: JSONValue? = rows.count == 0 ? nil : .object(try object(rows, "notification state"))
                let (answer, entry) = try decide(previous)
                if let entry {
                    try connection.execute(
                        "INSERT INTO notified (system, state) VALUES ($1, $2::jsonb) ON CONFLICT (system) DO UPDATE SET state = EXCLUDED.state",
                        [system, JSONWriter.compact(.object(entry))])
                }
                return answer
            }
        }
    }

    /// A database has no size limit of govctl's.
    package func sizeWarning() -> String? { nil }

    // MARK: Upkeep

    package func initialize(group: String?) throws(GovError) -> [String] {
        if let group {
            throw GovError(
                .usage, "--group \(group) is for a log file; a database's roles are given their rights with GRANT",
                hint: "leave --group out; README.md (a region's outage state on PostgreSQL) shows the grants")
        }
        return try with(schema: false) { connection throws(GovError) in
            try connection.transaction { () throws(GovError) -> [String] in
                try connection.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
                try connection.execute(
                    "CREATE TABLE IF NOT EXISTS govctl_schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
                )
                let version =
                    try connection.execute("SELECT coalesce(max(version), 0) FROM govctl_schema_version")
                    .integer ?? 0
                if version > PostgresSchema.current {
                    throw GovError(
                        .dataError,
                        "the outage database '\(location)' has schema version \(version), newer than this govctl's (\(PostgresSchema.current))",
                        hint: "use the govctl that migrated it, or a newer one")
                }
                var done: [String] = []
                for (offset, migration) in PostgresSchema.migrations.enumerated() where offset + 1 > version {
                    try connection.execute(migration)
                    try connection.execute(
                        "INSERT INTO govctl_schema_version (version) VALUES ($1)", [String(offset + 1)])
                    done.append("applied schema version \(offset + 1) to \(location)")
                }
                let count = try records(connection).count
                if done.isEmpty {
                    done.append(
                        "checked \(location) (schema version \(version), this govctl's; \(count) record\(count == 1 ? "" : "s"))"
                    )
                }
                return done
            }
        }
    }

    /// A database keeps no torn line: each write is one transaction. What can be wrong is a record the writer would
    /// refuse (written by hand): that is reported for a person to correct.
    package func repair(now: Date) throws(GovError) -> [String] {
        let index = try self.index()
        if let problem = index.inconsistency(path: location, systems: nil) { throw problem }
        return [
            "\(location): every record is valid; nothing to repair (a database keeps no torn line: each write is one transaction)"
        ]
    }

    /// Moves the records of outages that ended (or were cancelled) before `before` to `outage_record_archive`, in
    /// one transaction.
    package func archive(before: Date) throws(GovError) -> (count: Int, archive: String) {
        let table = "\(location) (table outage_record_archive)"
        let moved = try locked { connection, records throws(GovError) -> Int in
            let moving = OutageIndex(records).outages.filter { o in
                !o.isOpen && ((o.end?.at ?? o.cancelled?.at ?? .distantFuture) < before)
            }
            guard !moving.isEmpty else { return 0 }
            let rows = JSONWriter.compact(.array(moving.flatMap { $0.history.map { .number(Double($0.line)) } }))
            let ids = JSONWriter.compact(.array(moving.map { .string($0.id) }))
            try connection.execute(
                """
                WITH moved AS (DELETE FROM outage_record WHERE id IN (SELECT (jsonb_array_elements_text($1::jsonb))::bigint) RETURNING *)
                INSERT INTO outage_record_archive SELECT * FROM moved
                """, [rows])
            try connection.execute(
                "DELETE FROM outage WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))", [ids])
            return moving.count
        }
        return (moved, table)
    }

    package func importRecords(_ records: [OutageRecord]) throws(GovError) -> Int {
        try locked { connection, existing throws(GovError) -> Int in
            guard existing.isEmpty else { throw OutageTransfer.notEmpty(location, count: existing.count) }
            guard !records.isEmpty else { return 0 }
            // Each record keeps its line's number as its id, so that messages name the same line as the file's.
            _ = try insert(records, connection, ids: records.map(\.line))
            try store(OutageIndex(records).outages, connection)
            return records.count
        }
    }
}
