/// A whole command-line program: its commands, global options, and what its manual says about it.
package struct Program: Sendable {
    package var name: String
    package var version: String
    /// One line, lowercase, for the help title and the man page's NAME.
    package var abstract: String
    /// Paragraphs for global help and the man page's DESCRIPTION, as written.
    package var discussion: String
    /// Options every command takes, before or after the command name. `-h`/`--help` and `-V`/`--version` are built in.
    package var options: [Option]
    package var commands: [Command]
    package var exitStatuses: [ExitStatus]
    package var environment: [EnvironmentVariable]
    /// The configuration files and their keys, shown right after the environment.
    package var configuration: Configuration?
    package var files: [FileDescription]
    /// Whole command lines for global help and the man page, each perhaps followed by `  # comment`.
    package var examples: [String]
    /// The names a `.dynamic(KIND)` argument takes (those `PROG __complete KIND` prints), for messages: a name that
    /// lost its quotes is suggested only when it is one of them. `nil`: no names are known.
    package var candidates: (@Sendable (String) -> [String])? = nil

    package init(
        _ name: String, version: String, abstract: String, discussion: String = "", options: [Option] = [],
        commands: [Command], exitStatuses: [ExitStatus] = [], environment: [EnvironmentVariable] = [],
        configuration: Configuration? = nil, files: [FileDescription] = [], examples: [String] = []
    ) {
        self.name = name
        self.version = version
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.commands = commands
        self.exitStatuses = exitStatuses
        self.environment = environment
        self.configuration = configuration
        self.files = files
        self.examples = examples
    }

    /// The command called `name`.
    package func command(_ name: String) -> Command? { commands.first { $0.name == name } }

    /// The built-in options, as help and the manual list them.
    package static let builtinOptions: [Option] = [
        .flag("help", short: "h", help: "show help (also 'help COMMAND')"),
        .flag("version", short: "V", help: "show the version"),
    ]

    /// The name of the built-in command that shows help.
    package static let helpCommand = "help"
    /// The hidden built-in option that prints a completion script: `PROG --generate-completion-script bash`
    /// (swift-argument-parser's spelling).
    package static let completionScriptOption = "--generate-completion-script"
    /// The name of the hidden built-in command shells call for dynamic completions: `PROG __complete KIND`.
    package static let completeCommand = "__complete"
}

/// One row of the exit-status table.
package struct ExitStatus: Sendable {
    package var code: Int32
    package var meaning: String

    package init(_ code: Int32, _ meaning: String) {
        self.code = code
        self.meaning = meaning
    }
}

/// An environment variable the program reads.
package struct EnvironmentVariable: Sendable {
    package var name: String
    package var meaning: String

    package init(_ name: String, _ meaning: String) {
        self.name = name
        self.meaning = meaning
    }
}

/// A file the program reads or writes.
package struct FileDescription: Sendable {
    package var path: String
    package var meaning: String

    package init(_ path: String, _ meaning: String) {
        self.path = path
        self.meaning = meaning
    }
}

/// The configuration files a program reads, in order, and the keys they hold: help and the manual page show them in
/// one section with the environment variables.
package struct Configuration: Sendable {
    /// How the files combine, in a sentence or two (as written, filled to the width).
    package var summary: String
    /// The files, in the order they are read.
    package var files: [FileDescription]
    /// The keys a file may hold.
    package var keys: [EnvironmentVariable]

    package init(_ summary: String, files: [FileDescription], keys: [EnvironmentVariable]) {
        self.summary = summary
        self.files = files
        self.keys = keys
    }
}

extension Program {
    /// Whether `name` is one of the names a dynamic argument of `command` takes (any case; no names known: no).
    func knows(_ name: String, for command: Command) -> Bool {
        guard let candidates else { return false }
        let wanted = name.lowercased()
        for argument in command.arguments {
            guard case .dynamic(let kind) = argument.completion else { continue }
            if candidates(kind).contains(where: { $0.lowercased() == wanted }) { return true }
        }
        return false
    }
}
