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
            With --source NEW.txt (a new version of the document, as plain UTF-8 text): the cited sections whose
            text differs from the one the data was reviewed against (the fingerprints in "reviewed"), the sections
            NEW.txt no longer has, the Markdown headings it has that the outline does not declare, and every entry
            that cites them, suspect until reviewed ('govctl review'); exit 0 when there is nothing to review, 1
            when there is.
            """,
        arguments: [
            Argument("ID", completion: .dynamic("procedure"), help: "a procedure id or its document id")
        ],
        options: [
            .value(
                "source", "FILE", completion: .file,
                help: "a new version of the document, as plain text: list what changed and the entries citing it")
        ],
        formats: DocumentFace.declared,
        examples: [
            "govctl trace siv-cms", "govctl trace D29653 --lang en", "govctl trace vgr-websesam --format json",
            "govctl trace vgr-websesam --source new/002_83ed6f1733b292be.txt",
        ]
    ) { context throws(GovError) in
        let id = context.argument("ID") ?? ""
        // The outline checks, as validate runs them: a trace of a file whose citations are wrong is refused.
        // Every check but `oneLine` (which `validate` reports): the trace shows such a name escaped.
        let (catalog, warnings) = try context.catalog(checks: .all.subtracting(.oneLine))
        if let source = context.arguments.value("source") {
            let answer = try SuspectCitations.answer(
                id, source: source, in: catalog, files: try context.procedureFiles())
            return Output(
                stdout: try Renderers.suspectCitations(answer, context),
                stderr: context.warnings(warnings, about: [answer.procedure]),
                exitCode: answer.isEmpty ? ExitCode.ok : ExitCode.suspect)
        }
        let trace = try Trace.answer(id, in: catalog, files: try context.procedureFiles())
        return Output(
            stdout: try Renderers.trace(trace, context), stderr: context.warnings(warnings, about: [trace.procedure]))
    }
}
