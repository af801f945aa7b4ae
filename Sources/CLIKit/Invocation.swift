/// What to do after parsing a command line.
package enum Invocation: Sendable {
    /// Run this command.
    case run(ParsedCommand)
    /// Print this help text on stdout and exit 0 (`-h`, `--help`, `help COMMAND`).
    case help(String)
    /// Print this on stdout and exit 0 (`-V`, `--version`).
    case version(String)
    /// Print this completion script on stdout and exit 0 (`--generate-completion-script SHELL`).
    case completionScript(String)
    /// A shell asks for the candidates of this kind (`PROG __complete KIND`): print them one per line, exit 0.
    case complete(kind: String)
}
