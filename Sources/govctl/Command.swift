import CLIKit
import GovKit

/// A govctl command: its declaration (arguments, options, rules, examples — help, usage, completion and the man page
/// are made from it) and a `run` that only reads the parsed values, calls GovKit and renders.
struct Command: Sendable {
    let name: String
    let summary: String
    let description: String
    /// Positional arguments, read back by name: `context.argument("SYSTEM")`.
    var arguments: [Argument] = []
    var options: [OptionSpec] = []
    /// The formats `--format` may name here (a choice in help and completion), always a `Faces` type's `declared`,
    /// the type the command's renderer switches over; text is the default everywhere.
    var formats: [OutputFormat] = PlainFace.declared
    /// Subcommands (`outage start`); a command that has them runs one of them, never its own `run`.
    var subcommands: [Command] = []
    let examples: [String]
    /// Rules across options and arguments, checked while parsing (`.exclusive`, `.requires`, `.oneOf`).
    var validations: [Validation] = []
    let run: @Sendable (Context) throws(GovError) -> Output

    /// The CLIKit declaration: the command's own options plus its `--format` choice (on each subcommand, for a
    /// command that has them).
    var declaration: CLIKit.Command {
        let format = subcommands.isEmpty ? [GlobalOptions.format(formats)] : []
        return CLIKit.Command(
            name, abstract: summary, discussion: description, arguments: arguments, options: options + format,
            subcommands: subcommands.map(\.declaration), examples: examples, validations: validations)
    }

    /// The command (or subcommand) at `path`, e.g. `["outage", "start"]`.
    static func at(_ path: [String], in commands: [Command]) -> Command? {
        guard let first = path.first, let command = commands.first(where: { $0.name == first }) else { return nil }
        return path.count == 1 ? command : at(Array(path.dropFirst()), in: command.subcommands)
    }

    /// The `run` of a command that has subcommands: the parser never calls it.
    static let group: @Sendable (Context) throws(GovError) -> Output = { _ throws(GovError) in
        throw GovError(.internal, "a command with subcommands was run without one", hint: "report this")
    }
}

/// Every command, in the order `govctl --help` lists them.
enum Commands {
    static let all: [Command] = [
        ReportUrgentCommand.command, ReserveStatusCommand.command, OutageCommand.command, WhoOwnsCommand.command,
        BudgetCommand.command, ListCommand.command, ShowCommand.command, GuideCommand.command, TraceCommand.command,
        ReviewCommand.command,
        PrintCommand.command, SiteCommand.command, ValidateCommand.command, TestCommand.command, FmtCommand.command,
        NewCommand.command, EvalCommand.command, SchemaCommand.command, CompletionCommand.command, ManCommand.command,
    ]

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
