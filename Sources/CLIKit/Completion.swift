/// What a shell should offer for an argument or an option's value.
package enum Completion: Sendable, Equatable {
    /// These fixed words.
    case words([String])
    /// Candidates the program prints, one per line, when run as `PROG __complete KIND` (e.g. system names).
    case dynamic(String)
    /// File names.
    case file
    /// Directory names.
    case directory
}
