import GovKit

/// What a command produced: results for stdout, messages for stderr, and the exit code.
struct Output {
    var stdout = ""
    var stderr = ""
    var exitCode: Int32 = ExitCode.ok
    /// Whether stdout is prose a terminal may wrap to its width (`TextWrap`): a text-format answer, never a case,
    /// a mail, JSON or a table, whose lines are copied or read by programs.
    var wrappable = false
}

/// The exit codes, documented in `govctl --help` and README.md: the one place that decides them.
enum ExitCode {
    static let ok: Int32 = 0
    /// `govctl test`: a test failed; `govctl eval`: the rule threw.
    static let failed: Int32 = 1
    /// `govctl trace ID --source NEW.txt`: some sections or citations need an author's review.
    static let suspect: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let notFound: Int32 = 66
    static let internalError: Int32 = 70
    /// `EX_IOERR`: the result could not be written (the reader closed the pipe).
    static let outputError: Int32 = 74
    /// `EX_NOPERM`: a state file or directory others could have written is refused.
    static let untrusted: Int32 = 77
    /// EX_UNAVAILABLE: the outage database cannot be reached, or this build has no PostgreSQL support.
    static let unavailable: Int32 = 69

    /// `reserve-status --on-change`: a notice was printed (cron mails what a job prints; the exit says there was one).
    static let notified: Int32 = 1

    /// An error's exit code: the one its query set (a monitoring check that cannot tell exits 3), else its kind's.
    static func of(_ error: GovError) -> Int32 { error.exitCode ?? of(error.kind) }

    /// A monitoring check's level, as monitoring plugins exit: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    static func of(_ level: MonitorStatus.Level) -> Int32 { level.exitCode }

    /// `outage watch`: 0 when the probe reached the system, 1 when it did not.
    static func of(probeReachable: Bool) -> Int32 { probeReachable ? ok : failed }

    /// The one place errors become exit codes.
    static func of(_ kind: GovError.Kind) -> Int32 {
        switch kind {
        case .usage: return usage
        case .dataError: return dataError
        case .notFound: return notFound
        case .internal: return internalError
        case .untrusted: return untrusted
        case .unavailable: return unavailable
        }
    }
}
