import Foundation

/// The notification texts of `reserve-status`: a subject that names the system and the state, and a body that says
/// what is due now and for whom (the text face of `ReserveStatusDocument`), or that the outage has ended.
package enum StatusMail {
    /// "Sesam LMN: reservrutinen för akuta förskrivningar är aktiverad".
    package static func subject(_ s: MonitorStatus) -> String {
        "\(s.name): \(s.label(s.result.language))"
    }

    /// "Sesam LMN: driftstörningen är avslutad".
    package static func endedSubject(_ s: MonitorStatus) -> String {
        let lang = s.result.language
        let label =
            s.monitor.endedLabel?.resolve(lang, fallback: s.result.procedure.document.language)
            ?? Vocabulary.ended.in(lang)
        return "\(s.name): \(label)"
    }

    /// The ended outage's start and end on the procedure's clock, then the status (no outage, no steps).
    package static func endedBody(_ s: MonitorStatus, episode: OutageEpisode?) -> String {
        TextWriter.write(ReserveStatusDocument.ended(s, episode: episode))
    }

    /// The subject and body for an error (UNKNOWN): the check cannot tell.
    package static func unknownSubject(_ name: String) -> String { "\(name): UNKNOWN" }

    /// The notification of a status: its subject and the text face as the body.
    package static func status(_ s: MonitorStatus) -> (subject: String, body: String) {
        (subject(s), MonitorStatusRenderer.text(s))
    }

    /// The notification that the outage has ended.
    package static func ended(_ s: MonitorStatus, episode: OutageEpisode?) -> (subject: String, body: String) {
        (endedSubject(s), endedBody(s, episode: episode))
    }

    /// The notification that the check cannot tell: the UNKNOWN line, as monitoring shows it.
    package static func cannotTell(_ name: String, _ error: GovError) -> (subject: String, body: String) {
        (
            unknownSubject(name),
            MonitorStatusRenderer.nagiosUnknown(name, error.message + (error.hint.map { "; \($0)" } ?? ""))
        )
    }
}
