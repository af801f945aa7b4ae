import Foundation

/// Who a message goes to and from: the one policy for every mail govctl writes (`report-urgent`, `guide` and
/// `reserve-status` alike). To `--to`, else the configuration's `mail.to`; from `--from`, else `mail.from`, else the
/// user at this host's fully qualified name, else an error that says how to name a sender. Never an invented domain.
package struct MailEnvelope: Sendable {
    package var to: [String]
    package var from: String
    /// Adds `Auto-Submitted: auto-generated` (RFC 3834): for automated runs only.
    package var autoSubmitted: Bool

    package init(to: [String], from: String, autoSubmitted: Bool) {
        self.to = to
        self.from = from
        self.autoSubmitted = autoSubmitted
    }

    /// The envelope from what the command line gave (`to` empty and `from` nil when not given) and the configuration.
    package static func resolve(
        to given: [String], from: String?, autoSubmitted: Bool, config: Config, environment: [String: String]
    ) throws(GovError) -> MailEnvelope {
        var sender = from ?? config.mailFrom ?? ""
        if sender.isEmpty { sender = try MailSender.local(environment: environment) }
        return MailEnvelope(to: given.isEmpty ? config.mailTo ?? [] : given, from: sender, autoSubmitted: autoSubmitted)
    }
}

extension MailMessage {
    /// A message in `envelope`.
    package init(envelope: MailEnvelope, subject: String, body: String, date: Date) {
        self.init(from: envelope.from, to: envelope.to, subject: subject, body: body, date: date)
        autoSubmitted = envelope.autoSubmitted
    }
}
