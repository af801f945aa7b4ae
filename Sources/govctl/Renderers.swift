import Foundation
import GovKit

/// The one place a command's result meets its output format: each function takes a command's result and the
/// format the user chose (already checked against the command's `formats`) and picks the renderer.
enum Renderers {
    /// `guide` and `report-urgent`: a guide's result.
    static func guide(_ result: GuideResult, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text: return GuideTextRenderer.render(result)
        case .json: return GuideJSONRenderer.render(result)
        case .markdown: return GuideMarkdownRenderer.render(result)
        case .email: return try GuideOutput.email(result, context)
        case .caseText: return try CaseRenderer.render(result, allowMissing: context.arguments.has("allow-missing"))
        case .csv, .nagios: throw unsupported(context)
        }
    }

    /// `reserve-status`.
    static func monitorStatus(_ status: MonitorStatus, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text: return MonitorStatusRenderer.text(status)
        case .json: return MonitorStatusRenderer.json(status)
        case .nagios: return MonitorStatusRenderer.nagios(status)
        case .markdown: return MonitorStatusMarkdownRenderer.render(status)
        case .email, .csv, .caseText: throw unsupported(context)
        }
    }

    /// `reserve-status`: with `--format nagios` an error is one UNKNOWN line (exit 3), as monitoring expects;
    /// in the other formats it is an error like any other.
    static func monitorCheck(_ context: Context, _ check: (Context) throws(GovError) -> Output) throws(GovError)
        -> Output
    {
        guard context.format == .nagios else { return try check(context) }
        do throws(GovError) {
            return try check(context)
        } catch {
            return Failure.run(error, context)
        }
    }

    /// `trace`.
    static func trace(_ trace: Trace, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text: return TraceRenderer.text(trace, language: context.language)
        case .json: return TraceRenderer.json(trace, language: context.language)
        case .markdown: return TraceRenderer.markdown(trace, language: context.language)
        default: throw unsupported(context)
        }
    }

    /// `budget`.
    static func budget(_ answer: BudgetQuery.Answer, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text:
            let text = BudgetTextRenderer.render(answer.report, language: context.language, today: context.localNow)
            return text + (answer.adaptation.map { "\n" + GuideTextRenderer.render($0) } ?? "")
        case .json:
            return BudgetJSONRenderer.render(answer.report, language: context.language, adaptation: answer.adaptation)
        case .csv:
            if answer.adaptation != nil {
                throw GovError(.usage, "--adaptation has no csv form", hint: "use --format text or json")
            }
            return BudgetCSVRenderer.render(answer.report, language: context.language)
        case .markdown:
            let markdown = BudgetMarkdownRenderer.render(
                answer.report, language: context.language, today: context.localNow)
            return markdown + (answer.adaptation.map { "\n" + GuideMarkdownRenderer.render($0) } ?? "")
        case .email, .nagios, .caseText: throw unsupported(context)
        }
    }

    /// `list`.
    static func catalog(_ catalog: Catalog, origins: [String: String], _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text:
            return CatalogRenderer.listText(
                catalog, language: context.language, today: context.localNow, origins: origins)
        case .json: return CatalogRenderer.listJSON(catalog, today: context.localNow, origins: origins)
        default: throw unsupported(context)
        }
    }

    /// `show`.
    static func procedure(_ procedure: Procedure, _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text: return ProcedureRenderer.text(procedure, language: context.language, today: context.localNow)
        case .json: return ProcedureRenderer.json(procedure, today: context.localNow)
        case .markdown:
            return ProcedureMarkdownRenderer.render(procedure, language: context.language, today: context.localNow)
        default: throw unsupported(context)
        }
    }

    /// `test`.
    static func tests(_ outcomes: [TestOutcome], _ context: Context) throws(GovError) -> String {
        switch context.format {
        case .text: return TestReportRenderer.text(outcomes)
        case .json: return TestReportRenderer.json(outcomes)
        default: throw unsupported(context)
        }
    }

    /// `validate`.
    static func validation(_ diagnostics: [Diagnostic], files: Int, valid: Bool, _ context: Context) throws(GovError)
        -> String
    {
        switch context.format {
        case .text: return DiagnosticRenderer.validationText(diagnostics, files: files)
        case .json: return DiagnosticRenderer.validationJSON(diagnostics, files: files, valid: valid)
        default: throw unsupported(context)
        }
    }

    /// `who-owns`: the answer to one of its three questions.
    static func ownership(_ answer: Ownership.Answer, _ context: Context) throws(GovError) -> String {
        let language = context.language
        switch (answer, context.format) {
        case (.person(let person, let found), .text):
            return OwnershipTextRenderer.person(person, found, language: language)
        case (.person(let person, let found), .json):
            return OwnershipJSONRenderer.person(person, found, language: language)
        case (.routes(let system, _, let task, let routes), .text):
            return OwnershipTextRenderer.routes(system, task: task, routes, language: language, today: context.localNow)
        case (.routes(let system, _, let task, let routes), .json):
            return OwnershipJSONRenderer.routes(system, task: task, routes, language: language)
        case (.roles(let system, _, let roles), .text):
            return OwnershipTextRenderer.roles(system, roles, language: language, today: context.localNow)
        case (.roles(let system, _, let roles), .json):
            return OwnershipJSONRenderer.roles(system, roles, language: language)
        case (.person(let person, let found), .markdown):
            return OwnershipMarkdownRenderer.person(person, found, language: language)
        case (.routes(let system, _, let task, let routes), .markdown):
            return OwnershipMarkdownRenderer.routes(
                system, task: task, routes, language: language, today: context.localNow)
        case (.roles(let system, _, let roles), .markdown):
            return OwnershipMarkdownRenderer.roles(system, roles, language: language, today: context.localNow)
        default: throw unsupported(context)
        }
    }

    /// `outage list`.
    static func outages(
        _ outages: [Outage], history: Bool, log: String, zone: (String) -> TimeZone, _ context: Context
    ) throws(GovError) -> String {
        switch context.format {
        case .text: return OutageListRenderer.text(outages, history: history, log: log, zone: zone)
        case .json: return OutageListRenderer.json(outages, history: history, log: log, zone: zone)
        default: throw unsupported(context)
        }
    }

    /// `eval`: the result is JSON in every format.
    static func evaluation(_ result: JSONValue) -> String { JSONWriter.compact(result) + "\n" }

    /// `eval` when the rule threw (exit 1): the error on stderr, and with `--format json` its payload on stdout.
    static func evaluationFailure(_ error: LogicError, _ context: Context) -> Output {
        Output(
            stdout: context.format == .json ? ErrorRenderer.json(error) : "", stderr: ErrorRenderer.text(error),
            exitCode: ExitCode.failed)
    }

    /// A format the command declares but has no renderer for here: a bug, not a usage error.
    static func unsupported(_ context: Context) -> GovError {
        GovError(.internal, "no renderer for --format \(context.format.name)", hint: "report this")
    }
}
