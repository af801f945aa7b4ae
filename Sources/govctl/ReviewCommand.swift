import CLIKit
import GovKit

/// `govctl review PROCEDURE --source NEW.txt [SECTION…]`: records the fingerprints of the cited sections as a new
/// version of the document has them, once an author has checked the entries that cite them.
enum ReviewCommand {
    static let command = Command(
        name: "review", summary: "re-record the cited sections' fingerprints from a new source text",
        description: """
            After 'govctl trace ID --source NEW.txt' listed the sections whose text changed and the entries that
            cite them, and the entries were checked (and corrected where the new text says otherwise), records in
            the procedure file the fingerprints of those sections as NEW.txt has them ("reviewed": {"sections":
            {…}}), so that trace and validate no longer call them suspect. Without SECTION: every cited section
            whose fingerprint differs; with SECTION (an id or heading of the outline, repeatable): only those.
            PROCEDURE is the path of a procedure file, or a procedure id or document id found in --procedures DIR
            or a configured directory. A built-in procedure cannot be changed: copy its file into a procedure
            directory and review the copy. A section NEW.txt no longer has is refused while entries cite it (re-cite
            them and remove it from the outline first); a section NEW.txt adds is an edit of the outline. The file
            is replaced atomically, in the house layout (govctl fmt). Replace the procedure's sourceFile with
            NEW.txt afterwards, so that validate checks the fingerprints against it.
            """,
        arguments: [
            Argument(
                "PROCEDURE", completion: .dynamic("procedure"),
                help: "a procedure file's path, or a procedure id or document id from a procedure directory"),
            Argument(
                "SECTION", optional: true, repeatable: true,
                help: "a section's id or heading: record only these (default: every cited section that changed)"),
        ],
        options: [
            .value(
                "source", "FILE", completion: .file,
                help: "the new version of the source document, as plain UTF-8 text")
        ],
        examples: [
            "govctl review procedures/vgr-websesam.json --source new/002_83ed6f1733b292be.txt",
            "govctl review vgr-websesam --procedures procedures/ --source new.txt 3.2",
        ],
        validations: [.oneOf("source", example: "govctl review procedures/siv-cms.json --source new.txt")]
    ) { context throws(GovError) in
        let target = context.argument("PROCEDURE") ?? ""
        let source = context.arguments.value("source") ?? ""
        let (procedure, file) = try procedureFile(target, context)
        let review = try Review(
            procedure, file: file, text: try SourceDocument.read(source), source: source,
            only: context.arguments.arguments("SECTION"))
        try review.write()
        return Output(stdout: try Renderers.review(review, context))
    }

    /// The procedure and its file: a path as given, or an id among the procedures of a directory. A built-in
    /// procedure is refused: its file is inside the binary.
    static func procedureFile(_ target: String, _ context: Context) throws(GovError) -> (Procedure, ProcedureFile) {
        if target.contains("/") || target.hasSuffix(".json") {
            let files = try context.procedureFiles(paths: [target])
            guard files.count == 1, let file = files.first else {
                throw GovError(
                    .usage, "'\(target)' is not one procedure file",
                    hint: "name one file, e.g. 'govctl review procedures/siv-cms.json --source new.txt'")
            }
            let set = ProcedureLoader.load(files, clock: context.clock, checks: .run)
            guard set.errors.isEmpty, let procedure = set.procedures.first else {
                throw GovError(
                    .dataError, "\(file.path) has errors; nothing was recorded",
                    hint: "fix them; 'govctl validate \(file.path)' lists them all", diagnostics: set.errors)
            }
            return (procedure, file)
        }
        let (catalog, _, sources) = try context.loadedCatalog()
        let procedure = try catalog.procedure(id: target)
        guard sources.origins[procedure.file] != ProcedureSources.builtInOrigin,
            let file = sources.files.first(where: { $0.path == procedure.file })
        else {
            throw GovError(
                .usage, "'\(procedure.id)' is built into govctl, so review cannot change it",
                hint: "copy its file (procedures/\(procedure.id).json in govctl's repository) into a procedure "
                    + "directory, e.g. /etc/govctl/procedures, and review the copy: 'govctl review "
                    + "/etc/govctl/procedures/\(procedure.id).json --source FILE'")
        }
        return (procedure, file)
    }
}
