import GovKit

/// `govctl trace ID`: the source document's outline, what cites each section, and what is not carried and why.
enum TraceCommand {
    static let command = Command(
        name: "trace", summary: "the source document's outline and what in the data cites each section",
        usage: "govctl trace ID [--format text|json|markdown] [--lang nb|sv|en]",
        description: """
            ID is a procedure id from 'govctl list' or its document id (e.g. D29653). Prints the document's
            sections as it numbers and names them; under each, the roles, duties, routes, steps, facts and budget
            lines that cite it, with govctl's readings marked; then the sections nothing cites, with the reason
            they are not carried (table of contents, background only, document metadata, empty in the document).
            """,
        formats: [.text, .json, .markdown],
        examples: ["govctl trace siv-cms", "govctl trace D29653 --lang en", "govctl trace vgr-websesam --format json"]
    ) { context throws(GovError) in
        guard let id = context.arguments.positionals.first else {
            throw GovError(
                .usage, "'trace' needs a procedure id", hint: "e.g. govctl trace siv-cms; 'govctl list' lists them")
        }
        let (catalog, warnings) = try context.catalog()
        let trace = try Trace.answer(id, in: catalog, files: try context.procedureFiles())
        let stdout: String
        switch context.format {
        case .json: stdout = TraceRenderer.json(trace, language: context.language)
        case .markdown: stdout = TraceRenderer.markdown(trace, language: context.language)
        default: stdout = TraceRenderer.text(trace, language: context.language)
        }
        return Output(stdout: stdout, stderr: context.warnings(warnings, about: [trace.procedure]))
    }
}
