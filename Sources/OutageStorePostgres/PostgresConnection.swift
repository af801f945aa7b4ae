import CLibPQ
import Foundation
import GovKit

/// One libpq connection: connected with the command's timeout, every statement run with text parameters, every
/// failure a `GovError` naming the database (without its password) and the fix.
final class PostgresConnection {
    private let connection: OpaquePointer
    let display: String

    /// Connects to `uri` (libpq's URI; its password from libpq's password or service file), waiting at most
    /// `timeout` seconds to connect and, on the server, for a statement or a lock.
    init(uri: String, display: String, timeout: Int) throws(GovError) {
        self.display = display
        // Later keywords override what the URI says; libpq's connect_timeout is at least 2 s.
        let settings: [(String, String)] = [
            ("dbname", uri), ("connect_timeout", String(max(timeout, 2))),
            ("tcp_user_timeout", String(timeout * 1000)), ("fallback_application_name", "govctl"),
        ]
        let keywords = settings.map { strdup($0.0) }
        let values = settings.map { strdup($0.1) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let keywordList = keywords.map { UnsafePointer($0) } + [nil]
        let valueList = values.map { UnsafePointer($0) } + [nil]
        guard let connection = PQconnectdbParams(keywordList, valueList, 1) else {
            throw GovError(.internal, "libpq could not allocate a connection", hint: "check the memory of this host")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = Self.firstLine(PQerrorMessage(connection))
            PQfinish(connection)
            throw GovError(
                .unavailable, "cannot reach the outage database '\(display)': \(reason)",
                hint:
                    "check that the server runs and lets this host in ('pg_isready -d \(display)'), the role's password in libpq's password file (~/.pgpass or PGPASSFILE, mode 0600) or service file (PGSERVICEFILE); govctl waited at most \(max(timeout, 2)) s (-t/--timeout)"
            )
        }
        self.connection = connection
        let milliseconds = timeout * 1000
        try execute(
            "SET statement_timeout = \(milliseconds); SET lock_timeout = \(milliseconds); SET TimeZone = 'UTC'; SET client_min_messages = warning"
        )
    }

    deinit { PQfinish(connection) }

    /// The rows of a statement: each a list of columns, `nil` for SQL NULL.
    struct Rows {
        var values: [[String?]] = []
        var count: Int { values.count }
        /// The first column of the first row as a whole number.
        var integer: Int? { values.first?.first.flatMap { $0.flatMap { Int($0) } } }
    }

    /// Runs one statement (or, without parameters, several) and returns its rows. `parameters` are sent apart from
    /// the text ($1, $2, …), never spliced into it.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(GovError) -> Rows {
        lastState = ""
        let copies = parameters.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { $0.map { free($0) } } }
        let pointers = copies.map { $0.map { UnsafePointer($0) } }
        let result: OpaquePointer? =
            parameters.isEmpty
            ? PQexec(connection, sql)
            : PQexecParams(connection, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        guard let result else {
            throw GovError(
                .unavailable, "lost the outage database '\(display)': \(Self.firstLine(PQerrorMessage(connection)))",
                hint: "check the server and the network; try again")
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw failure(result)
        }
        var rows = Rows()
        let (count, columns) = (PQntuples(result), PQnfields(result))
        rows.values.reserveCapacity(Int(count))
        for row in 0..<count {
            var values: [String?] = []
            values.reserveCapacity(Int(columns))
            for column in 0..<columns {
                values.append(
                    PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column)))
            }
            rows.values.append(values)
        }
        return rows
    }

    /// A failed statement's SQLSTATE (`40001`: a serialization failure), for the transaction's retry.
    struct Failure: Error {
        let state: String
        let error: GovError
    }
    private(set) var lastState = ""

    /// A failed statement as an error: what the server said, and what to do.
    private func failure(_ result: OpaquePointer) -> GovError {
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        lastState = state
        let message = Self.firstLine(PQresultErrorMessage(result))
        switch state {
        case "42501":
            return GovError(
                .notFound, "the outage database '\(display)' refused this role: \(message)",
                hint:
                    "grant the role the schema's rights (README: a region's outage state on PostgreSQL): GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO govctl_writer"
            )
        case "55P03", "57014":
            return GovError(
                .internal, "the outage database '\(display)' did not answer in time: \(message)",
                hint:
                    "another writer holds the log's lock, or the server is overloaded; try again, or wait longer with --timeout SECONDS"
            )
        case "42P01":
            return GovError(
                .notFound, "the outage database '\(display)' has no govctl schema (\(message))",
                hint: "create it once with 'govctl outage init --state \(display)', as the database's owner")
        case let code where code.hasPrefix("23"):
            return GovError(
                .dataError, "the outage database '\(display)' refused the write: \(message)",
                hint: "nothing was written; 'govctl outage list' shows the outages as they are")
        case let code where code.hasPrefix("08") || code.isEmpty:
            return GovError(
                .unavailable, "lost the outage database '\(display)': \(message)",
                hint: "check the server and the network; try again")
        default:
            return GovError(
                .internal, "the outage database '\(display)' failed (SQLSTATE \(state)): \(message)",
                hint: "check the server's log; nothing was written")
        }
    }

    /// Runs `body` in one transaction; a serialization failure or a deadlock (another host's write won) runs it
    /// again, at most `attempts` times in all.
    func transaction<T>(
        _ isolation: String = "READ COMMITTED", attempts: Int = 3, _ body: () throws(GovError) -> T
    ) throws(GovError) -> T {
        var attempt = 1
        while true {
            try execute("BEGIN ISOLATION LEVEL \(isolation)")
            do throws(GovError) {
                let value = try body()
                try execute("COMMIT")
                return value
            } catch {
                let state = lastState
                _ = try? execute("ROLLBACK")
                guard state == "40001" || state == "40P01", attempt < attempts else { throw error }
                attempt += 1
            }
        }
    }

    /// The first line of libpq's message, without its "ERROR:  " or "FATAL:  " prefix.
    static func firstLine(_ text: UnsafeMutablePointer<CChar>?) -> String {
        guard let text else { return "no message" }
        var line = String(cString: text).split(separator: "\n").first.map(String.init) ?? ""
        for prefix in ["ERROR:  ", "FATAL:  "] where line.hasPrefix(prefix) { line.removeFirst(prefix.count) }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
