import CLIKit
import Foundation
import GovKit

enum FmtCommand {
    static let command = Command(
        name: "fmt", summary: "write procedure files in the house layout (or check that they are, with --check)",
        description: """
            Rewrites each file in the canonical layout of the bundled procedures: two-space indentation, the file's
            object and its top-level values one member per line, and below them the author's own line breaks (a
            container written on one line stays on one line; a member starts a line where it did). Keys keep their
            order and strings, numbers and literals their exact bytes. A file is replaced atomically, and only when
            it changes; it keeps its mode and owner (never writable by others), and a symbolic link's target is
            formatted, the link staying a link. PATH is a file or a directory of *.json files (default: --procedures, else procedures/ here).
            With --check nothing is written: exit 0 when every file is in the layout, 1 naming those that are not.
            A file that is not JSON is an error (exit 65, FILE:LINE:COL); run 'govctl validate FILE' for the rest.
            """,
        arguments: [
            Argument(
                "PATH", optional: true, repeatable: true, completion: .file,
                help: "a procedure file or directory of *.json files (default: procedures/)")
        ],
        options: [.flag("check", help: "write nothing; exit 1 and name the files not in the canonical layout")],
        examples: ["govctl fmt", "govctl fmt procedures/siv-cms.json", "govctl fmt --check procedures/"]
    ) { context throws(GovError) in
        var paths = context.arguments.arguments("PATH")
        if paths.isEmpty, let directory = context.procedureDirectory { paths = [directory] }
        if paths.isEmpty {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: CheckedSet.localDirectory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw GovError(
                    .usage, "there is no procedures/ directory here",
                    hint: "name the files or directories to format, e.g. 'govctl fmt my-procedure.json'")
            }
            paths = [CheckedSet.localDirectory]
        }
        let files: [ProcedureFile]
        do throws(ProcedureFiles.ReadError) {
            files = try ProcedureFiles.read(paths)
        } catch {
            throw error.govError()
        }
        let check = context.arguments.flag("check")
        var changed: [String] = []
        var problems: [Diagnostic] = []
        for file in files {
            let formatted: [UInt8]
            do throws(JSONSyntaxIssue) {
                formatted = try CanonicalFormat.format(file.bytes)
            } catch {
                let source = SourceText(path: file.path, bytes: file.bytes)
                problems.append(
                    Diagnostic(
                        .jsonSyntax, file: file.path, position: source.position(of: error.offset),
                        message: error.message, hint: error.hint))
                continue
            }
            guard formatted != file.bytes else { continue }
            changed.append(file.path)
            if !check { try write(formatted, to: file.path) }
        }
        if !problems.isEmpty {
            throw GovError(
                .dataError,
                "\(problems.count) \(problems.count == 1 ? "file is" : "files are") not JSON; nothing was written to \(problems.count == 1 ? "it" : "them")",
                hint:
                    "fix the syntax first; 'govctl validate \(problems.map(\.file).joined(separator: " "))' says more",
                diagnostics: problems)
        }
        return Output(
            stdout: try render(changed, files: files.count, check: check, context),
            exitCode: check && !changed.isEmpty ? ExitCode.failed : ExitCode.ok)
    }

    /// Text: one line per file that differs (or was rewritten), then a count; JSON: the same as an object.
    static func render(_ changed: [String], files: Int, check: Bool, _ context: Context) throws(GovError) -> String {
        let verb = check ? "not in the canonical layout" : "reformatted"
        switch try PlainFace.of(context) {
        case .text: break
        case .json:
            return JSONWriter.pretty(
                .object(
                    JSONObject([
                        ("files", .number(Double(files))), ("check", .bool(check)),
                        (check ? "differ" : "reformatted", .array(changed.map { .string($0) })),
                    ]))) + "\n"
        }
        let lines = changed.map { "\($0): \(verb)\n" }.joined()
        let summary =
            check
            ? "\(files) \(files == 1 ? "file" : "files"), \(changed.count) not in the canonical layout"
                + (changed.isEmpty ? "" : "; run 'govctl fmt' to rewrite them")
            : "\(files) \(files == 1 ? "file" : "files"), \(changed.count) reformatted"
        return lines + summary + "\n"
    }

    /// Replaces the file at `path` atomically (GovKit's `FileWriting`): a link's target is rewritten and the link
    /// stays a link; the file keeps its mode and owner, less others' write.
    static func write(_ bytes: [UInt8], to path: String) throws(GovError) {
        try FileWriting.write(bytes, to: path, links: .follow)
    }
}
