import CLIKit
import GovKit

/// `govctl trace ID`: the source document's outline, what cites each section, and what is not carried and why.
enum TraceCommand {
    static let command = Command(
        name: "trace", summary: "the source document's outline and what in the data cites each section",
        description: """
            ID is a procedure id from 'govctl list' or its document id (e.g. D29653). Prints the document's
            sections as it numbers and names them; under each, the roles, duties, routes, steps, facts and budget
            lines that cite it, with govctl's readings marked, and its paragraphs and list items (¶2, ¶2.3), each
            carried (by what), not carried (why) or neither; then the sections and paragraphs not carried, with the
            reason (table of contents, background only, document metadata, empty in the document), and the totals.
            """,
        arguments: [
            Argument("ID", completion: .dynamic("procedure"), help: "a procedure id or its document id")
        ],
        formats: DocumentFace.declared,
        examples: ["govctl trace siv-cms", "govctl trace D29653 --lang en", "govctl trace vgr-websesam --format json"]
    ) { context throws(GovError) in
        let id = context.argument("ID") ?? ""
        // The outline checks, as validate runs them: a trace of a file whose citations are wrong is refused.
        // Every check but `oneLine` (which `validate` reports): the trace shows such a name escaped.
        let (catalog, warnings) = try context.catalog(checks: .all.subtracting(.oneLine))
        let trace = try Trace.answer(id, in: catalog, files: try context.procedureFiles())
        return Output(
            stdout: try Renderers.trace(trace, context), stderr: context.warnings(warnings, about: [trace.procedure]))
    }
}
