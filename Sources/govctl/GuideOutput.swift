import CLIKit
import Foundation
import GovKit

/// What `guide` and `report-urgent` share: their formats, the e-mail options and the e-mail form of a result.
enum GuideOutput {
    static let formats: [OutputFormat] = [.text, .json, .markdown, .email]
    static let emailOptions: [Option] = [
        .value("to", "ADDRESS", repeatable: true, help: "email: recipient"),
        .value("from", "ADDRESS", default: .described("you at this host"), help: "email: sender"),
    ]

    /// `--to` and `--from` address the e-mail form only.
    static let emailRule = Validation(summary: "--to and --from go with --format email") { parsed throws(CLIError) in
        guard parsed.string("format") != OutputFormat.email.name else { return }
        guard let given = ["to", "from"].first(where: parsed.isGiven) else { return }
        throw CLIError.usage("--\(given) goes with --format email", hint: "add --format email, or leave out --\(given)")
    }

    /// The text form as an RFC 5322 message; a guide's text with id "subject" is its subject
    /// (docs/procedure-format.md), else the guide's title.
    static func email(_ result: GuideResult, _ context: Context) throws(GovError) -> String {
        let envelope = try EmailEnvelope(
            to: context.arguments.all("to"), from: context.arguments.value("from") ?? defaultSender,
            date: result.now.date, autoSubmitted: isatty(STDOUT_FILENO) == 0)
        let subject =
            result.texts.first { $0.0.id == "subject" }?.1.marked
            ?? result.guide.title.resolve(result.language, fallback: result.procedure.document.language)
        return try EmailRenderer.render(subject: subject, body: GuideTextRenderer.render(result), envelope: envelope)
    }

    /// The default sender: the user at this host.
    static var defaultSender: String {
        let environment = ProcessInfo.processInfo.environment
        return "\(environment["USER"] ?? environment["LOGNAME"] ?? "govctl")@\(ProcessInfo.processInfo.hostName)"
    }
}
