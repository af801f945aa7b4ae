/// An error a command reports to the user: what went wrong, how to fix it, and which kind it is
/// (the executable maps the kind to an exit code in one place).
package struct GovError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// The command line is wrong (exit 64).
        case usage
        /// Procedure files or facts are invalid (exit 65).
        case dataError
        /// A system, procedure, guide or file does not exist (exit 66).
        case notFound
        /// A failure inside govctl (exit 70).
        case `internal`
        /// A state file or directory that others can write, or another user owns, is refused; or the outage
        /// database refused the role the rights it needs (exit 77).
        case untrusted
        /// A service govctl needs is not there: a database that cannot be reached within the timeout, or a build
        /// without PostgreSQL support (exit 69).
        case unavailable
    }

    package let kind: Kind
    /// Lowercase, user input in 'quotes'.
    package let message: String
    /// How to fix it.
    package let hint: String?
    /// Problems in procedure files, when that is what failed.
    package let diagnostics: [Diagnostic]
    /// An exit code that overrides the kind's (monitoring checks exit 3 when they cannot tell).
    package private(set) var exitCode: Int32?

    /// The same error with a specific exit code.
    package func withExit(_ code: Int32) -> GovError {
        var copy = self
        copy.exitCode = code
        return copy
    }

    package init(_ kind: Kind, _ message: String, hint: String? = nil, diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.diagnostics = diagnostics
    }

    /// "unknown system 'LVSM'" with a did-you-mean and the known names (the first `listed` of them: a hint that
    /// names 10,000 systems helps no one, and `govctl test` would repeat it for every test that names one).
    package static func unknown(_ what: String, _ name: String, among known: [String]) -> GovError {
        let suggestion = Suggestions.closest(to: name, among: known)
        let listed = 30
        let list =
            known.prefix(listed).joined(separator: ", ")
            + (known.count > listed ? " and \(known.count - listed) more" : "")
        let hint = suggestion.map { "did you mean '\($0)'? known: \(list)" } ?? "known: \(list)"
        return GovError(.notFound, "unknown \(what) '\(name)'", hint: hint)
    }
}
