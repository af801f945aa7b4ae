/// What `govctl --version` prints: the version, the commit the binary was built from (or that it was built without
/// git), and the procedure set it carries: each procedure's id with its document's number and version as the
/// document states them.
package enum VersionText {
    package static func text(
        program: String, version: String, commit: String?, toolchain: String, postgreSQL: Bool,
        procedures: [Procedure], files: Int
    ) -> String {
        var out = "\(program) \(version)\n"
        out += commit.map { "commit \($0)\n" } ?? "commit unknown: built without git (no .git at build time)\n"
        out += "Swift \(toolchain), Foundation only\n"
        out +=
            postgreSQL
            ? "outage state: a file, or a PostgreSQL database (libpq)\n"
            : "outage state: a file only (built without libpq-dev: no PostgreSQL)\n"
        out += "built-in procedures (id, document, version):\n"
        let width = procedures.map(\.id.count).max() ?? 0
        for procedure in procedures {
            let document = procedure.document
            let version = document.version.map { "version \($0)" } ?? "version not stated in the document"
            let id = procedure.id + String(repeating: " ", count: width - procedure.id.count)
            out += "  \(id)  " + ([document.documentId, version].compactMap { $0 }.joined(separator: " ")) + "\n"
        }
        if procedures.count < files {
            out += "  (\(files - procedures.count) of \(files) did not load: 'govctl validate --installed' says why)\n"
        }
        return out
    }
}
