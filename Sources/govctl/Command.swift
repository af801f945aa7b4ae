import GovKit

/// A subcommand: its help, its options, and a `run` that only parses, calls GovKit and renders.
struct Command: Sendable {
    let name: String
    let summary: String
    let usage: String
    let description: String
    var options: [OptionSpec] = []
    /// The formats `--format` may name here; the first is not special (text is the default everywhere).
    var formats: [OutputFormat] = [.text, .json]
    let examples: [String]
    let run: @Sendable (Context) throws(GovError) -> Output
}

/// Every subcommand, in the order `govctl --help` lists them.
enum Commands {
    static let all: [Command] = [
        ReportUrgentCommand.command, ReserveStatusCommand.command, OutageCommand.command, WhoOwnsCommand.command,
        BudgetCommand.command, ListCommand.command, ShowCommand.command, GuideCommand.command, ValidateCommand.command,
        TestCommand.command, EvalCommand.command, SchemaCommand.command, TraceCommand.command,
    ]

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }
}
