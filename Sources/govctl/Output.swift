import GovKit

/// What a command produced: results for stdout, messages for stderr, and the exit code.
struct Output {
    var stdout = ""
    var stderr = ""
    var exitCode: Int32 = ExitCode.ok
}

/// The exit codes, documented in `govctl --help` and README.md.
enum ExitCode {
    static let ok: Int32 = 0
    /// `govctl test`: a test failed; `govctl eval`: the rule threw.
    static let failed: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let notFound: Int32 = 66
    static let internalError: Int32 = 70
    /// `EX_IOERR`: the result could not be written (the reader closed the pipe).
    static let outputError: Int32 = 74
    /// `EX_NOPERM`: a state file or directory others could have written is refused.
    static let untrusted: Int32 = 77

    /// The one place errors become exit codes.
    static func of(_ kind: GovError.Kind) -> Int32 {
        switch kind {
        case .usage: return usage
        case .dataError: return dataError
        case .notFound: return notFound
        case .internal: return internalError
        case .untrusted: return untrusted
        }
    }
}
