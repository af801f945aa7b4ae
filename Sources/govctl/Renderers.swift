import Foundation
import GovKit

/// The formats a command declares, as a type of its own: the command's `--format` choice is `declared`, and its
/// renderer switches over the type with no default case. A declared format without a renderer does not compile.
protocol Faces: CaseIterable, Sendable {
    var format: OutputFormat { get }
}

extension Faces {
    static var declared: [OutputFormat] { allCases.map(\.format) }

    /// The format chosen, as one of these faces (the parser refused any other before the command ran).
    static func of(_ context: Context) throws(GovError) -> Self {
        guard let face = allCases.first(where: { $0.format == context.format }) else {
            throw GovError(
                .internal, "'\(context.format.name)' is not one of this command's formats", hint: "report this")
        }
        return face
    }
}

/// Text only: a page, a script, a man page.
enum TextFace: Faces {
    case text
    var format: OutputFormat { .text }
}

/// Text for a person, JSON for scripts.
enum PlainFace: Faces {
    case text, json
    var format: OutputFormat {
        switch self {
        case .text: return .text
        case .json: return .json
        }
    }
}

/// Text, JSON and Markdown: `show`, `trace`, `who-owns`.
enum DocumentFace: Faces {
    case text, json, markdown
    var format: OutputFormat {
        switch self {
        case .text: return .text
        case .json: return .json
        case .markdown: return .markdown
        }
    }
}

/// `guide` and `report-urgent`.
enum GuideFace: Faces {
    case text, json, markdown, caseText, email
    var format: OutputFormat {
        switch self {
        case .text: return .text
        case .json: return .json
        case .markdown: return .markdown
        case .caseText: return .caseText
        case .email: return .email
        }
    }
}

/// `reserve-status`.
enum StatusFace: Faces {
    case text, json, nagios, email, markdown
    var format: OutputFormat {
        switch self {
        case .text: return .text
        case .json: return .json
        case .nagios: return .nagios
        case .email: return .email
        case .markdown: return .markdown
        }
    }
}

/// `budget`.
enum BudgetFace: Faces {
    case text, csv, json, markdown
    var format: OutputFormat {
        switch self {
        case .text: return .text
        case .csv: return .csv
        case .json: return .json
        case .markdown: return .markdown
        }
    }
}

/// The one place a command's result meets its output format: each function takes a command's answer and switches
/// over the command's faces (no default case) to pick the renderer. The renderers only render: every fact they show
/// (contacts, times, verdicts, the missing list) was decided in GovKit's answer.
enum Renderers {
    /// `guide` and `report-urgent`: a guide's answer. `--format case` writes what goes into the portal on stdout and
    /// what the operator still has to do (the follow-up call) on stderr, so it is not lost.
    static func guide(_ result: GuideResult, _ context: Context) throws(GovError) -> Output {
        switch try GuideFace.of(context) {
        case .text: return Output(stdout: GuideTextRenderer.render(result))
        case .json: return Output(stdout: GuideJSONRenderer.render(result))
        case .markdown: return Output(stdout: GuideMarkdownRenderer.render(result))
        case .email:
            let envelope = try context.mailEnvelope(autoSubmitted: context.arguments.has("auto-submitted"))
            return Output(
                stdout: try CaseMail.render(
                    result, envelope: envelope, allowMissing: context.arguments.has("allow-missing")))
        case .caseText:
            return Output(
                stdout: try CaseRenderer.render(result, allowMissing: context.arguments.has("allow-missing")),
                stderr: CaseRenderer.operatorNotes(result).map { ErrorRenderer.line($0, severity: "note") }.joined())
        }
    }

    /// A monitoring status (`reserve-status`), or with `ended` the notice that the outage (`latest`) has ended.
    static func monitorStatus(
        _ status: MonitorStatus, ended: Bool = false, latest: OutageEpisode? = nil, _ context: Context
    )
        throws(GovError) -> String
    {
        switch try StatusFace.of(context) {
        case .text: return ended ? StatusMail.ended(status, episode: latest).body : MonitorStatusRenderer.text(status)
        case .json: return MonitorStatusRenderer.json(status)
        case .nagios: return MonitorStatusRenderer.nagios(status)
        case .markdown: return MonitorStatusRenderer.markdown(status)
        case .email:
            let mail = ended ? StatusMail.ended(status, episode: latest) : StatusMail.status(status)
            return try statusMail(mail, date: status.result.now.date, context)
        }
    }

    /// `reserve-status --on-change` when the check can no longer tell: the UNKNOWN line (a mail with it to the
    /// administrator, `MailEnvelope.administrator`; the error object in JSON), said once.
    static func cannotTell(_ error: GovError, name: String, date: Date, _ context: Context) throws(GovError) -> String {
        let mail = StatusMail.cannotTell(name, error)
        switch try StatusFace.of(context) {
        case .text, .markdown, .nagios: return mail.body
        case .json: return ErrorRenderer.json(error)
        case .email:
            // Only the administrator can mend what keeps the check from telling: the mail goes to them.
            return try MailMessage(
                envelope: try context.adminMailEnvelope(), subject: mail.subject, body: mail.body, date: date
            ).render()
        }
    }

    /// A notification of `reserve-status`, in the one envelope every mail gets (`Context.mailEnvelope`).
    static func statusMail(_ mail: (subject: String, body: String), date: Date, _ context: Context) throws(GovError)
        -> String
    {
        try MailMessage(
            envelope: try context.mailEnvelope(autoSubmitted: true), subject: mail.subject, body: mail.body, date: date
        ).render()
    }

    /// `trace`.
    static func trace(_ trace: Trace, _ context: Context) throws(GovError) -> String {
        switch try DocumentFace.of(context) {
        case .text: return TraceRenderer.text(trace, language: context.language)
        case .json: return TraceRenderer.json(trace, language: context.language)
        case .markdown: return TraceRenderer.markdown(trace, language: context.language)
        }
    }

    /// `trace --source`.
    static func suspectCitations(_ answer: SuspectCitations, _ context: Context) throws(GovError) -> String {
        switch try DocumentFace.of(context) {
        case .text: return SuspectCitationsRenderer.text(answer, language: context.language)
        case .json: return SuspectCitationsRenderer.json(answer, language: context.language)
        case .markdown: return SuspectCitationsRenderer.markdown(answer, language: context.language)
        }
    }

    /// `review`.
    static func review(_ review: Review, _ context: Context) throws(GovError) -> String {
        switch try PlainFace.of(context) {
        case .text: return ReviewRenderer.text(review)
        case .json: return ReviewRenderer.json(review)
        }
    }

    /// `budget`.
    static func budget(_ answer: BudgetQuery.Answer, _ context: Context) throws(GovError) -> String {
        let today = context.localNow(for: answer.report.procedure)
        switch try BudgetFace.of(context) {
        case .text:
            let text = BudgetTextRenderer.render(answer.report, language: context.language, today: today)
            return text + (answer.adaptation.map { "\n" + GuideTextRenderer.render($0) } ?? "")
        case .json:
            return BudgetJSONRenderer.render(answer.report, language: context.language, adaptation: answer.adaptation)
        case .csv:
            if answer.adaptation != nil {
                throw GovError(.usage, "--adaptation has no csv form", hint: "use --format text or json")
            }
            return BudgetCSVRenderer.render(answer.report, language: context.language)
        case .markdown:
            let markdown = BudgetMarkdownRenderer.render(answer.report, language: context.language, today: today)
            return markdown + (answer.adaptation.map { "\n" + GuideMarkdownRenderer.render($0) } ?? "")
        }
    }

    /// `list`: each document's validity judged on the day in its own zone.
    static func catalog(_ catalog: Catalog, origins: [String: String], _ context: Context) throws(GovError) -> String {
        let today = { (p: Procedure) in context.localNow(for: p) }
        switch try PlainFace.of(context) {
        case .text:
            return CatalogRenderer.listText(catalog, language: context.language, today: today, origins: origins)
        case .json: return CatalogRenderer.listJSON(catalog, today: today, origins: origins)
        }
    }

    /// `show`.
    static func procedure(_ procedure: Procedure, _ context: Context) throws(GovError) -> String {
        let today = context.localNow(for: procedure)
        switch try DocumentFace.of(context) {
        case .text: return ProcedureRenderer.text(procedure, language: context.language, today: today)
        case .json: return ProcedureRenderer.json(procedure, today: today)
        case .markdown: return ProcedureRenderer.markdown(procedure, language: context.language, today: today)
        }
    }

    /// `test`.
    static func tests(_ outcomes: [TestOutcome], _ context: Context) throws(GovError) -> String {
        switch try PlainFace.of(context) {
        case .text: return TestReportRenderer.text(outcomes)
        case .json: return TestReportRenderer.json(outcomes)
        }
    }

    /// `validate`.
    static func validation(_ diagnostics: [Diagnostic], files: Int, valid: Bool, _ context: Context) throws(GovError)
        -> String
    {
        switch try PlainFace.of(context) {
        case .text: return DiagnosticRenderer.validationText(diagnostics, files: files)
        case .json: return DiagnosticRenderer.validationJSON(diagnostics, files: files, valid: valid)
        }
    }

    /// `who-owns`: the answer to one of its three questions.
    static func ownership(_ answer: Ownership.Answer, _ context: Context) throws(GovError) -> String {
        let language = context.language
        let today = context.localNow(for: answer.registry)
        switch try DocumentFace.of(context) {
        case .text: return TextWriter.write(OwnershipDocument.document(answer, language: language, today: today))
        case .markdown:
            return MarkdownWriter.write(OwnershipDocument.document(answer, language: language, today: today))
        case .json:
            switch answer {
            case .person(let person, let found, let mentions, let named):
                return OwnershipJSONRenderer.person(person, found, mentions, named, language: language)
            case .routes(let system, _, let task, let routes):
                return OwnershipJSONRenderer.routes(system, task: task, routes, language: language)
            case .roles(let system, _, let roles):
                return OwnershipJSONRenderer.roles(system, roles, language: language)
            }
        }
    }

    /// `outage list` and `outage show`.
    static func outages(_ answer: OutageQuery.Answer, _ context: Context) throws(GovError) -> String {
        switch try PlainFace.of(context) {
        case .text:
            return OutageListRenderer.text(answer.outages, history: answer.history, log: answer.log, zone: answer.zone)
        case .json:
            return OutageListRenderer.json(answer.outages, history: answer.history, log: answer.log, zone: answer.zone)
        }
    }

    /// `outage start`, `prognosis`, `end`, `amend`, `cancel`: the record appended.
    static func outageWritten(_ action: String, _ written: OutageEntry.Written, _ context: Context) throws(GovError)
        -> String
    {
        switch try PlainFace.of(context) {
        case .text: return OutageActionRenderer.text(action, written)
        case .json: return OutageActionRenderer.json(action, written)
        }
    }

    /// `outage init`, `repair`, `archive`: what was done to the log.
    static func outageUpkeep(_ action: String, done: [String], log: String, _ context: Context) throws(GovError)
        -> String
    {
        switch try PlainFace.of(context) {
        case .text: return OutageActionRenderer.text(action, done: done, log: log)
        case .json: return OutageActionRenderer.json(action, done: done, log: log)
        }
    }

    /// `outage watch`: the probe's result and what it did.
    static func probeWatch(_ report: ProbeWatch.Report, _ context: Context) throws(GovError) -> String {
        switch try PlainFace.of(context) {
        case .text: return OutageActionRenderer.text(report)
        case .json: return OutageActionRenderer.json(report)
        }
    }

    /// `eval`: the result is JSON in every format.
    static func evaluation(_ result: JSONValue) -> String { JSONWriter.compact(result) + "\n" }

    /// `eval` when the rule threw (exit 1): the error on stderr, and with `--format json` its payload on stdout.
    static func evaluationFailure(_ error: LogicError, _ context: Context) throws(GovError) -> Output {
        let stdout: String
        switch try PlainFace.of(context) {
        case .text: stdout = ""
        case .json: stdout = ErrorRenderer.json(error)
        }
        return Output(stdout: stdout, stderr: ErrorRenderer.text(error), exitCode: ExitCode.failed)
    }
}
