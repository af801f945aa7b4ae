import Foundation

/// The e-mail form of a guide's answer (`--format email`): for a guide with a case, the subject, the case text (so the
/// body's first line is the one the procedure requires) and the follow-up call, nothing else for the operator; for
/// any other guide, its text rendering.
package enum CaseMail {
    /// The message text for `| sendmail -t`; refuses (exit 65) a case with facts missing unless `allowMissing`.
    package static func render(_ r: GuideResult, envelope: MailEnvelope, allowMissing: Bool) throws(GovError) -> String
    {
        let (subject, body) = CaseRenderer.fields(r)
        let text: String
        if subject == nil && body.isEmpty {
            text = GuideTextRenderer.render(r)
        } else {
            try CaseRenderer.check(r, allowMissing: allowMissing)
            var parts = body.map { $0.shown.hasSuffix("\n") ? String($0.shown.dropLast()) : $0.shown }
            for (label, followUp) in CaseRenderer.followUp(r) {
                parts.append(TextEscaping.line(label) + "\n" + followUp.shown)
            }
            text = parts.joined(separator: "\n\n") + "\n"
        }
        let title =
            subject?.marked ?? r.guide.title.resolve(r.language, fallback: r.procedure.document.language)
        if title.contains(where: \.isNewline) {
            throw GovError(
                .dataError, "the subject contains a line break", hint: "remove line breaks from the system name")
        }
        var message = MailMessage(envelope: envelope, subject: title, body: text, date: r.now.date)
        message.messageLocalPart = stableID(title + text + envelope.to.joined(), date: r.now.date)
        return try message.render()
    }

    /// The same case at the same time gets the same Message-ID (a re-sent case is one message to the help desk).
    static func stableID(_ text: String, date: Date) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "govctl.\(Int(date.timeIntervalSince1970)).\(String(hash, radix: 36))"
    }
}
