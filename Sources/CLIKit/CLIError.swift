/// Everything that can go wrong on a command line, as one type the caller renders: what went wrong, how to fix it,
/// and which kind it is (the kind gives the exit status).
package struct CLIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of mistake this is.
    package enum Kind: Sendable, Equatable {
        /// The command line is wrong: unknown command or option, missing or bad value (exit 64, EX_USAGE).
        case usage
        /// The declarations themselves are inconsistent, a bug in the program (exit 70, EX_SOFTWARE).
        case software
    }

    package let kind: Kind
    /// Lowercase, user input in 'quotes', e.g. `unknown option '--stat'`.
    package let message: String
    /// How to fix it, e.g. `did you mean '--state'? see 'govctl reserve-status --help'`.
    package let hint: String?
    /// The command (and subcommand) names recognised before the error, e.g. `["outage", "start"]`.
    package internal(set) var commandPath: [String] = []
    /// The raw values of the options found on the whole command line, by long name, even though parsing failed;
    /// a caller can, for example, render the error in the format `--format` asked for.
    package internal(set) var rawOptions: [String: [String]] = [:]
    /// The other words of the command line: neither options, their values, nor command names (e.g. the system a
    /// monitoring check was asked about, for its UNKNOWN line).
    package internal(set) var rawArguments: [String] = []

    package init(_ kind: Kind = .usage, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// A usage error (exit 64).
    package static func usage(_ message: String, hint: String? = nil) -> CLIError {
        CLIError(.usage, message, hint: hint)
    }

    /// The exit status for this error: 64 for a usage error, 70 for a bad declaration.
    package var exitCode: Int32 {
        switch kind {
        case .usage: return 64
        case .software: return 70
        }
    }

    /// The last raw value given for the option `name` (long name, without dashes), if the command line had one.
    package func rawValue(of name: String) -> String? { rawOptions[name]?.last }

    /// `message; hint`, the way a one-line error reads.
    package var description: String { message + (hint.map { "; \($0)" } ?? "") }

    /// The line for stderr: `govctl: error: unknown option '--stat'; did you mean '--state'? …`.
    package func rendered(program: String) -> String { "\(program): error: \(description)\n" }
}
