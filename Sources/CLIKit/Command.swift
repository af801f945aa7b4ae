/// A command of a program (`report-urgent`) or a subcommand of a command (`outage start`): what it is for,
/// the arguments and options it takes, and the rules across them.
package struct Command: Sendable {
    /// The word that selects it, e.g. `report-urgent`.
    package var name: String
    /// One line, lowercase, for the command list and the help title.
    package var abstract: String
    /// Paragraphs for help and the man page, as written (already wrapped).
    package var discussion: String
    package var arguments: [Argument]
    /// Its options; one named like a global option replaces it for this command (e.g. a wider `--format`).
    package var options: [Option]
    /// Subcommands; a command that has them needs one, and its own options apply to each.
    package var subcommands: [Command]
    /// Whole command lines, each perhaps followed by `  # comment`.
    package var examples: [String]
    /// Rules across options, checked after parsing (e.g. two options that exclude each other).
    package var validations: [Validation]

    package init(
        _ name: String, abstract: String, discussion: String = "", arguments: [Argument] = [],
        options: [Option] = [], subcommands: [Command] = [], examples: [String] = [], validations: [Validation] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.examples = examples
        self.validations = validations
    }

    /// The subcommand called `name`.
    package func subcommand(_ name: String) -> Command? { subcommands.first { $0.name == name } }
}
