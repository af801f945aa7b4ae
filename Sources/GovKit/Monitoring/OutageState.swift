import Foundation

/// Where the outage state is: the JSON Lines file (`OutageLog`), or a PostgreSQL database named by a libpq
/// connection URI (`postgresql://…` or `postgres://…`). GovKit reads only the setting; the database store itself is
/// the `OutageStorePostgres` target's, which a build without libpq does not have.
package enum OutageState: Sendable {
    case file(OutageLog)
    case database(Database)

    /// A database the state lives in.
    package struct Database: Sendable, Equatable {
        /// The URI as given, for libpq (its password, if any, allowed only where no one else can read it).
        package let uri: String
        /// The URI without a password: what messages and `status.log` name.
        package let display: String
        package let trust: StateTrust
    }

    /// Whether a `state` setting names a database rather than a file.
    package static func isDatabase(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// The state every command uses: `--state`, else `GOVCTL_STATE`, else the configuration's `state`, else the file
    /// under `$XDG_STATE_HOME` (`OutageLog.resolve`). A password in a URI is refused on the command line (others see
    /// it in `ps`) and in a configuration file others can read: libpq's password file (`~/.pgpass`, `PGPASSFILE`) or
    /// service file (`PGSERVICEFILE`) holds it instead.
    package static func resolve(
        explicit: String?, environment: [String: String], config: Config, directory: String
    ) throws(GovError) -> OutageState {
        let trust = StateTrust(group: config.group)
        if let explicit, isDatabase(explicit) {
            return .database(try database(explicit, from: "--state", readableByOthers: true, trust: trust))
        }
        if explicit?.isEmpty ?? true, let state = environment["GOVCTL_STATE"], isDatabase(state) {
            return .database(try database(state, from: "GOVCTL_STATE", readableByOthers: false, trust: trust))
        }
        if explicit?.isEmpty ?? true, environment["GOVCTL_STATE"]?.isEmpty ?? true, let state = config.state,
            isDatabase(state)
        {
            let file = config.stateFile ?? "the configuration"
            return .database(
                try database(state, from: file, readableByOthers: Self.readableByOthers(file), trust: trust))
        }
        return .file(
            try OutageLog.resolve(explicit: explicit, environment: environment, config: config, directory: directory))
    }

    /// The database of `uri`, refused when it holds a password where others can read it.
    static func database(_ uri: String, from source: String, readableByOthers: Bool, trust: StateTrust)
        throws(GovError) -> Database
    {
        let display = withoutPassword(uri)
        if display != uri, readableByOthers {
            let place =
                source == "--state"
                ? "on the command line, where every user of this host can read it (ps)"
                : "in '\(source)', which others can read"
            throw GovError(
                .untrusted, "refusing the database URI with a password \(place)",
                hint:
                    "leave the password out of the URI (\(display)) and put it in libpq's password file (~/.pgpass or the file PGPASSFILE names, mode 0600) or a service file (PGSERVICEFILE)"
                    + (source == "--state"
                        ? "" : "; or make '\(source)' readable only by its owner and group ('chmod o-r')")
            )
        }
        return Database(uri: uri, display: display, trust: trust)
    }

    /// `uri` with its password (in the user part, or a `password=` parameter) replaced by nothing.
    package static func withoutPassword(_ uri: String) -> String {
        var text = uri
        // The authority ends at the first '/', '?' or '#' after the scheme.
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { "/?#".contains($0) } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                text.replaceSubrange(colon..<at, with: "")
            }
        }
        if let query = text.firstIndex(of: "?") {
            let parameters = text[text.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false)
            let kept = parameters.filter { !$0.lowercased().hasPrefix("password=") }
            if kept.count != parameters.count {
                text = String(text[..<query]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
            }
        }
        return text
    }

    /// Whether users other than the file's owner and group can read `path` (an unreadable path counts as readable:
    /// govctl cannot tell).
    static func readableByOthers(_ path: String) -> Bool {
        guard let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int else {
            return true
        }
        return mode & 0o004 != 0
    }
}
