import Foundation
import Synchronization
import TestSupport
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// One real PostgreSQL server (Debian's postgresql) for the whole group of outage tests on a database: `initdb` into
/// the tests' temporary directory, run as `nobody` when the tests run as root (initdb and postgres refuse root),
/// listening on 127.0.0.1 only (no unix socket), passwords required (SCRAM) and read by libpq from a password file
/// (PGPASSFILE), as a region's hosts read theirs. Started once per suite by `startForSuite`, stopped and removed when the
/// group ends, whether it passed or failed.
final class PostgresServer: Sendable {
    let directory: URL
    let port: Int
    let server: Process
    let psql: String
    /// libpq's password file every run of govctl gets (mode 0600; one password for every role of the test).
    let passfile: String

    /// Whether the group has a server, or the tool it misses.
    enum Availability: Sendable {
        case running(PostgresServer)
        case missing(String)
        case failed(String)
    }
    /// The server of the suite being run: started by its class `setUp` (`startForSuite`), stopped by its class
    /// `tearDown` (`stopForSuite`).
    private static let suiteServer = Mutex<Availability>(.missing("a PostgreSQL server (PostgresServer.startForSuite)"))
    static var current: Availability { suiteServer.withLock { $0 } }

    /// Starts one server for a suite's tests. A server that fails to start is a failure of each test that needs it.
    static func startForSuite() {
        let availability: Availability
        do {
            availability = try start()
        } catch {
            availability = .failed("the PostgreSQL server did not start: \(error)")
        }
        suiteServer.withLock { $0 = availability }
    }

    /// Stops and removes the suite's server, whether its tests passed or failed.
    static func stopForSuite() {
        let availability = suiteServer.withLock { current in
            defer { current = .missing("a PostgreSQL server (PostgresServer.startForSuite)") }
            return current
        }
        if case .running(let server) = availability { server.stop() }
    }

    /// The server of the group, or `nil` after saying that `what` is skipped (a failure with GOVCTL_REQUIRE_TOOLS=1).
    static func required(for what: String) -> PostgresServer? {
        switch current {
        case .running(let server): return server
        case .missing(let tool):
            ToolRequirement.missing(tool, for: what)
            return nil
        case .failed(let reason):
            reportFailure("\(what): \(reason)")
            return nil
        }
    }

    static let password = "govctl-test-password"

    /// A PostgreSQL program: on PATH, else in Debian's /usr/lib/postgresql/VERSION/bin (the newest).
    static func program(_ name: String) -> String? {
        if let path = ToolRequirement.locate(name) { return path }
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).compactMap(Int.init)
            .sorted()
        for version in versions.reversed() {
            let path = "\(base)/\(version)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Starts the server, or says which tool is missing.
    static func start() throws -> Availability {
        // The build has the PostgreSQL store only where libpq's header is (Package.swift).
        guard FileManager.default.fileExists(atPath: "/usr/include/postgresql/libpq-fe.h") else {
            return .missing("libpq-dev")
        }
        guard let initdb = program("initdb"), let postgres = program("postgres") else { return .missing("postgresql") }
        guard let psql = program("psql") else { return .missing("postgresql-client (psql)") }
        var directory = try TemporaryDirectory.make("postgres")
        // The server runs as nobody, who must reach its directory: where the tests' temporary directory lies in a
        // home nobody may enter (a checkout in /root), the server's goes to /tmp, removed all the same.
        if !launcher.isEmpty, try run(launcher + ["/usr/bin/test", "-x", directory.path], timeout: 10).status != 0 {
            TemporaryDirectory.remove(directory)
            directory = URL(fileURLWithPath: "/tmp/govctl-postgres-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        }
        do {
            return .running(try PostgresServer(directory: directory, initdb: initdb, postgres: postgres, psql: psql))
        } catch {
            TemporaryDirectory.remove(directory)
            throw error
        }
    }

    private init(directory: URL, initdb: String, postgres: String, psql: String) throws {
        self.directory = directory
        self.psql = psql
        let fm = FileManager.default
        let data = directory.appending(path: "data").path
        let passwordFile = directory.appending(path: "initdb-password").path
        passfile = directory.appending(path: "pgpass").path
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        try fm.createDirectory(atPath: data, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try Data((Self.password + "\n").utf8).write(to: URL(fileURLWithPath: passwordFile))
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: passwordFile)
        let asServer = Self.launcher
        if !asServer.isEmpty {
            try fm.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: data)
        }
        let made = try Self.run(
            asServer + [
                initdb, "-D", data, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
                "--pwfile=\(passwordFile)", "-N", "-E", "UTF8", "--locale=C",
            ], timeout: 60)
        guard made.status == 0 else { throw Failure("initdb failed: \(made.output)") }
        // A free port: tried until the server binds one (another test or program may hold the first pick).
        var started: (port: Int, process: Process)?
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            if let process = try Self.launch(
                postgres, data: data, port: port, log: directory.appending(path: "log").path)
            {
                started = (port, process)
                break
            }
        }
        guard let started else {
            throw Failure(
                "postgres did not start: \((try? String(contentsOfFile: directory.appending(path: "log").path, encoding: .utf8)) ?? "")"
            )
        }
        (port, server) = started
        try Data("127.0.0.1:\(port):*:*:\(Self.password)\n".utf8).write(to: URL(fileURLWithPath: passfile))
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passfile)
        // README's region setup, as a new user types it: the owner of the schema, the writers' group and a login
        // per host.
        try sql(try Self.readme().roles)
    }

    /// README's region setup (its `sql` block): the roles, made once per server, and the grants, made in each new
    /// database as its owner; the password is the test's.
    static func readme() throws -> (roles: String, grants: String) {
        let readme = try String(contentsOf: Binary.root.appending(path: "README.md"), encoding: .utf8)
        guard
            let section = readme.components(separatedBy: "## A region: the outage state on PostgreSQL").dropFirst()
                .first,
            let block = section.components(separatedBy: "```sql\n").dropFirst().first?.components(separatedBy: "```")
                .first,
            let database = block.range(of: "CREATE DATABASE"), let connect = block.range(of: "\\connect")
        else { throw Failure("README.md has no region setup (## A region: the outage state on PostgreSQL, ```sql)") }
        let roles = String(block[..<database.lowerBound]).replacingOccurrences(of: "choose-one", with: password)
        let grants = block[connect.upperBound...].split(separator: "\n").dropFirst().joined(separator: "\n")
        return (roles, grants)
    }

    /// As root, the server's programs run as nobody (they refuse root); else as the user running the tests.
    static var launcher: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
    }

    /// Starts postgres on `port`; its process once it accepts connections, `nil` when it could not bind the port.
    static func launch(_ postgres: String, data: String, port: Int, log: String) throws -> Process? {
        _ = FileManager.default.createFile(atPath: log, contents: nil) // FileHandle below fails if it could not
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        let process = Process()
        let command =
            launcher + [
                postgres, "-D", data, "-h", "127.0.0.1", "-p", String(port), "-k", "", "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=40",
                "-c", "shared_buffers=16MB",
            ]
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if text.contains("ready to accept connections") { return process }
            if !process.isRunning { return nil }
            usleep(20_000)
        }
        process.terminate()
        process.waitForExit()
        throw Failure(
            "postgres did not accept connections within 30 s: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")"
        )
    }

    /// Stops the server (a fast shutdown, then SIGKILL after 10 s) and removes its directory.
    func stop() {
        server.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while server.isRunning, Date() < deadline { usleep(20_000) }
        if server.isRunning { kill(server.processIdentifier, SIGKILL) }
        server.waitForExit()
        TemporaryDirectory.remove(directory)
    }

    /// The environment every govctl run against the server gets: libpq's password file.
    var environment: [String: String] { ["PGPASSFILE": passfile] }

    /// The URI of `database` for `role` (no password: libpq reads it from the password file).
    func uri(_ database: String, role: String = "nagios_master1") -> String {
        "postgresql://\(role)@127.0.0.1:\(port)/\(database)"
    }

    /// Runs SQL with psql as the superuser (`postgres`) in `database`.
    func sql(_ text: String, database: String = "postgres", role: String = "postgres") throws {
        let result = try Self.run(
            [
                psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port), "-U", role,
                "-d", database, "-c", text,
            ],
            environment: ["PGPASSFILE": passfile], timeout: 30)
        guard result.status == 0 else { throw Failure("psql failed: \(result.output)") }
    }

    /// A new database set up as README says for a region (`govctl outage init` as its owner, the writers' grants),
    /// named for the test; its URI for the first monitoring master's role.
    func database(_ name: String) throws -> String {
        let database = "t_\(name)_\(UInt32.random(in: 0...UInt32.max))"
        try sql("CREATE DATABASE \(database) OWNER govctl_owner")
        try sql(try Self.readme().grants, database: database, role: "govctl_owner")
        let initialised = try Binary.run(
            ["outage", "init", "--state", uri(database, role: "govctl_owner")], environment: environment)
        guard initialised.exitCode == 0 else { throw Failure("outage init failed: \(initialised.stderr)") }
        return uri(database)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Runs a program to its end (stopped after `timeout` seconds); its exit status and output.
    static func run(_ command: [String], environment: [String: String] = [:], timeout: TimeInterval) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { process.terminate() } }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
