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
        // Parameters added at the end of the URI override the same ones in it: the timeout is govctl's (libpq's
        // connect_timeout is at least 2 s).
        let settings =
            "connect_timeout=\(max(timeout, 2))&tcp_user_timeout=\(timeout * 1000)&fallback_application_name=govctl"
            + "&client_encoding=UTF8"
        // libpq is loaded here, the first time govctl needs it, not at every start (CLibPQ/shim.h).
        if let missing = govctl_libpq_load_error() {
            throw GovError(
                .unavailable, "cannot load libpq for the outage database '\(display)': \(String(cString: missing))",
                hint:
                    "install PostgreSQL's client library (Debian: apt install libpq5), or name a log file with --state FILE"
            )
        }
        if let function = govctl_libpq_missing_function() {
            throw GovError(
                .unavailable,
                "the libpq loaded for the outage database '\(display)' has no \(String(cString: function))",
                hint: "install Debian's PostgreSQL client library (apt install libpq5)")
        }
        guard let connection = govctl_PQconnectdb(uri + (uri.contains("?") ? "&" : "?") + settings) else {
            throw GovError(.internal, "libpq could not allocate a connection", hint: "check the memory of this host")
        }
        guard govctl_PQstatus(connection) == CONNECTION_OK else {
            let said = Self.lines(govctl_PQerrorMessage(connection).map { String(cString: $0) })
            govctl_PQfinish(connection)
            // libpq's own lines after the first say what to do where it knows (a missing root.crt, a service
            // file without the service): they come first in the hint.
            let fix = said.rest.map { $0.hasSuffix(".") ? $0 : $0 + "." }
            throw GovError(
                .unavailable, "cannot reach the outage database '\(display)': \(said.first)",
                hint: (fix
                    + [
                        "check that the server runs and lets this host in (try: pg_isready -d '\(display)'; see pg_hba.conf, and ssl = on for its hostssl lines), the role's password in libpq's password file (~/.pgpass or PGPASSFILE, mode 0600) or service file (~/.pg_service.conf or PGSERVICEFILE); govctl waited at most \(max(timeout, 2)) s (-t/--timeout)"
                    ]).joined(separator: " ")
            )
        }
        self.connection = connection
        let milliseconds = timeout * 1000
        try execute(
            "SET statement_timeout = \(milliseconds); SET lock_timeout = \(milliseconds); SET TimeZone = 'UTC'; SET client_min_messages = warning"
        )
    }

    deinit { govctl_PQfinish(connection) }

    /// The rows of a statement: each a list of columns, `nil` for SQL NULL.
    struct Rows {
        var values: [[String?]] = []
        var count: Int { values.count }
        /// The first column of the first row as a whole number.
        var integer: Int? { values.first?.first.flatMap { $0.flatMap { Int($0) } } }
    }

    /// Runs one statement (or, without parameters, several) and returns its rows. Each `$1`, `$2`, … of `sql` is
    /// replaced by the parameter as an SQL literal, quoted by libpq for this connection (`PQescapeLiteral`), never
    /// spliced in as it is; `nil` is NULL.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(GovError) -> Rows {
        lastState = ""
        let text =
            parameters.isEmpty
            ? sql
            : try Self.substitute(sql) { number throws(GovError) -> String in
                guard number >= 1, number <= parameters.count else {
                    throw GovError(
                        .internal, "an SQL statement names the parameter $\(number), which is not given",
                        hint: "report this")
                }
                guard let value = parameters[number - 1] else { return "NULL" }
                return try literal(value)
            }
        let result = govctl_PQexec(connection, text)
        guard let result else {
            throw GovError(
                .unavailable,
                "lost the outage database '\(display)': \(Self.firstLine(govctl_PQerrorMessage(connection).map { String(cString: $0) }))",
                hint: "check the server and the network; try again")
        }
        defer { govctl_PQclear(result) }
        let status = govctl_PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw failure(result)
        }
        var rows = Rows()
        let (count, columns) = (govctl_PQntuples(result), govctl_PQnfields(result))
        rows.values.reserveCapacity(Int(count))
        for row in 0..<count {
            var values: [String?] = []
            values.reserveCapacity(Int(columns))
            for column in 0..<columns {
                values.append(
                    govctl_PQgetisnull(result, row, column) == 1
                        ? nil : String(cString: govctl_PQgetvalue(result, row, column)))
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
        let state = govctl_PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        lastState = state
        let message = Self.firstLine(govctl_PQresultErrorMessage(result).map { String(cString: $0) })
        switch state {
        case "42501":
            return GovError(
                .untrusted, "the outage database '\(display)' refused this role: \(message)",
                hint:
                    "as the database's owner or postgres, connected to that database, grant the role the schema's rights (README: a region's outage state on PostgreSQL), e.g. GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO govctl_writer"
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

    /// `value` as an SQL literal, quoted by libpq for this connection's encoding and settings.
    private func literal(_ value: String) throws(GovError) -> String {
        guard !value.contains("\u{0}") else {
            throw GovError(
                .dataError, "a text holds the character U+0000, which PostgreSQL cannot store",
                hint: "remove it from the note or the record")
        }
        guard let quoted = govctl_PQescapeLiteral(connection, value, value.utf8.count) else {
            throw GovError(
                .internal,
                "libpq could not quote a value: \(Self.firstLine(govctl_PQerrorMessage(connection).map { String(cString: $0) }))",
                hint: "check that the text is UTF-8")
        }
        defer { govctl_PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// `sql` with each `$N` outside a quoted text replaced by `value(N)`, in one pass (a value is never read again).
    static func substitute(_ sql: String, _ value: (Int) throws(GovError) -> String) throws(GovError) -> String {
        var output = ""
        var characters = sql[...]
        var quoted = false
        while let character = characters.popFirst() {
            if character == "'" { quoted.toggle() }
            guard character == "$", !quoted, let first = characters.first, first.isASCII, first.isNumber else {
                output.append(character)
                continue
            }
            let digits = characters.prefix { $0.isASCII && $0.isNumber }
            characters = characters.dropFirst(digits.count)
            output += try value(Int(digits) ?? 0)
        }
        return output
    }

    /// The first line of libpq's message, without its "ERROR:  " or "FATAL:  " prefix.
    static func firstLine(_ text: String?) -> String { lines(text).first }

    /// A libpq message's lines, each without the server's severity words (`FATAL:  `, `ERROR:  `, wherever libpq
    /// put them: "connection to server … failed: FATAL:  no pg_hba.conf entry …"): the first, and the rest.
    static func lines(_ text: String?) -> (first: String, rest: [String]) {
        guard let text else { return ("no message", []) }
        let lines = text.split(separator: "\n").map { line in
            var line = String(line)
            for word in ["ERROR:  ", "FATAL:  "] { line = line.replacingOccurrences(of: word, with: "") }
            return line.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return (lines.first ?? "no message", Array(lines.dropFirst()))
    }
}
