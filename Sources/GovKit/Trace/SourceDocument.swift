import Foundation

/// Reading a source document's plain text: a new version named on the command line (`trace --source`, `review
/// --source`), or a procedure's own `sourceFile`, looked for beside the procedure file and in the `sources/`
/// directory beside its directory (`procedures/x.json` → `sources/NAME`), as the repository keeps them. A
/// `sourceFile` is a file name: one with a `/` is not looked for.
package enum SourceDocument {
    /// The text of the file at `path`, named on the command line: a file that cannot be read is `notFound` (66),
    /// one that is not UTF-8 a `dataError` (65).
    package static func read(_ path: String) throws(GovError) -> String {
        switch BoundedFile.read(path, namedOnCommandLine: true) {
        case .failure(let problem):
            throw GovError(
                .notFound, "cannot read the source document '\(path)': \(problem.reason)",
                hint: "give the path of the new version of the document, as plain text")
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw GovError(
                    .dataError, "the source document '\(path)' is not UTF-8 text",
                    hint: "convert it to UTF-8 first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8 \(path) > new.txt'")
            }
            return text
        }
    }

    /// Where the procedure file at `procedureFile` finds its `sourceFile`: the first of the places above that
    /// exists, else `nil` (the fingerprints are then not checked).
    package static func locate(_ sourceFile: String, besides procedureFile: String) -> String? {
        // A file name, as the shipped files write it: never a path that leads elsewhere.
        guard !sourceFile.contains("/"), sourceFile != "..", sourceFile != "." else { return nil }
        let directory = (procedureFile as NSString).deletingLastPathComponent
        let base = directory.isEmpty ? "." : directory
        let candidates = [
            (base as NSString).appendingPathComponent(sourceFile),
            ((base as NSString).appendingPathComponent("../sources") as NSString).appendingPathComponent(sourceFile),
        ]
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.map { ($0 as NSString).standardizingPath }
    }

    /// The procedure's own source text, if its file is found: its path, and its text or why it cannot be read.
    static func own(_ procedure: Procedure) -> (path: String, text: String?, problem: String?)? {
        guard let path = locate(procedure.document.sourceFile, besides: procedure.file) else { return nil }
        switch BoundedFile.read(path, namedOnCommandLine: false) {
        case .failure(let problem): return (path, nil, problem.reason)
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else { return (path, nil, "it is not UTF-8") }
            return (path, text, nil)
        }
    }
}
