import Foundation

/// Who a message goes to and from: the one policy for every mail govctl writes (`report-urgent`, `guide` and
/// `reserve-status` alike). To `--to`, else the configuration's `mail.to` (an UNKNOWN: `administrator`); from `--from`, else `mail.from`, else the
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

    /// The envelope of a message only an administrator can act on (a check that cannot tell): to the
    /// configuration's `mail.admin`, else cron's `MAILTO`, else the user running govctl (as cron mails the crontab's
    /// owner). Never `--to` or `mail.to`, which name the staff (Kundservice), who cannot mend a log.
    package static func administrator(from: String?, config: Config, environment: [String: String]) throws(GovError)
        -> MailEnvelope
    {
        var sender = from ?? config.mailFrom ?? ""
        if sender.isEmpty { sender = try MailSender.local(environment: environment) }
        let mailto = (environment["MAILTO"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        if let admin = config.mailAdmin ?? (mailto.isEmpty ? nil : mailto) {
            return MailEnvelope(to: admin, from: sender, autoSubmitted: true)
        }
        let user = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
        guard let host = MailSender.fullyQualifiedHostName() else {
            throw GovError(
                .usage, "this host has no fully qualified name to mail the administrator at",
                hint: "set \"mail\": {\"admin\": \"ADDRESS\"} in /etc/govctl/govctl.json, or MAILTO in the crontab")
        }
        return MailEnvelope(to: ["\(user.isEmpty ? "root" : user)@\(host)"], from: sender, autoSubmitted: true)
    }
}

extension MailMessage {
    /// A message in `envelope`.
    package init(envelope: MailEnvelope, subject: String, body: String, date: Date) {
        self.init(from: envelope.from, to: envelope.to, subject: subject, body: body, date: date)
        autoSubmitted = envelope.autoSubmitted
    }
}
