import Foundation
import GovKit

/// The output formats of a guide's result, shared by `guide` and `report-urgent`: one renderer per format.
enum GuideOutput {
    static let formats = ["text", "json", "markdown", "email"]
    static let emailOptions = [
        OptionSpec(name: "to", value: "ADDRESS", help: "email: recipient (repeatable)", repeatable: true),
        OptionSpec(name: "from", value: "ADDRESS", help: "email: sender (default: you at this host)"),
    ]

    static func render(_ result: GuideResult, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case "json": return GuideJSONRenderer.render(result)
        case "markdown": return GuideMarkdownRenderer.render(result)
        case "email":
            let envelope = try EmailEnvelope(
                to: context.arguments.all("to"), from: context.arguments.value("from") ?? defaultSender,
                date: result.now.date, autoSubmitted: isatty(STDOUT_FILENO) == 0)
            // A guide's text with id "subject" is the mail's subject (docs/procedure-format.md); else its title.
            let subject =
                result.texts.first { $0.0.id == "subject" }?.1
                ?? result.guide.title.resolve(result.language, fallback: result.procedure.document.language)
            return try EmailRenderer.render(
                subject: subject, body: GuideTextRenderer.render(result), envelope: envelope)
        default: return GuideTextRenderer.render(result)
        }
    }

    /// The default sender: the user at this host.
    static var defaultSender: String {
        let environment = ProcessInfo.processInfo.environment
        return "\(environment["USER"] ?? environment["LOGNAME"] ?? "govctl")@\(ProcessInfo.processInfo.hostName)"
    }
}
