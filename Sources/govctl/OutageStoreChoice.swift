import Foundation
import GovKit

#if GOVCTL_POSTGRESQL
    import OutageStorePostgres
#endif

/// The store of the outage state a command uses (`OutageState`): the file, or the database through
/// `OutageStorePostgres` where this build has it (built with libpq-dev, `GOVCTL_POSTGRESQL`).
enum OutageStoreChoice {
    /// Whether this build has the PostgreSQL store (`govctl --version` says so).
    static var hasPostgreSQL: Bool {
        #if GOVCTL_POSTGRESQL
            true
        #else
            false
        #endif
    }

    /// The store for `state`, waiting at most `timeout` seconds for a lock, a connection or a statement.
    static func open(_ state: OutageState, timeout: Int?) throws(GovError) -> any OutageStore {
        switch state {
        case .file(var log):
            if let timeout { log.lockWait = TimeInterval(timeout) }
            return log
        case .database(let database):
            #if GOVCTL_POSTGRESQL
                return PostgresOutageStore(database, timeout: timeout ?? Int(LockedFile.defaultWait))
            #else
                throw GovError(
                    .unavailable,
                    "the outage state '\(database.display)' is a PostgreSQL database, and this govctl was built without PostgreSQL support",
                    hint:
                        "use a govctl built with libpq-dev installed (the Debian package is), or name a log file with --state FILE"
                )
            #endif
        }
    }
}
