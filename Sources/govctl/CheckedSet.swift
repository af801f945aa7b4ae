import Foundation
import GovKit

/// The procedure files `validate` and `test` check, and the words that say which they are: the files at hand
/// (PATH, `--procedures`, or `procedures/` in the current directory) rather than the built-in ones the author is
/// not editing.
struct CheckedSet {
    let files: [ProcedureFile]
    /// What was checked, e.g. `procedures/` or `the built-in procedures`.
    let label: String
    /// The `validate` command that checks the same files (for hints).
    let validate: String

    /// `checking procedures/ (5 files)`: the first line of `validate` and `test` (on stderr in text).
    var heading: String { "checking \(label) (\(files.count) \(files.count == 1 ? "file" : "files"))" }

    /// The directory in the current directory that `validate` and `test` check when given no path.
    static let localDirectory = "procedures"

    /// In order: PATH; `--installed` (the built-in procedures and the configured directories); `--procedures DIR`
    /// or `GOVCTL_PROCEDURES`; `procedures/` in the current directory; else the built-in and configured ones.
    static func resolve(_ context: Context) throws(GovError) -> CheckedSet {
        let paths = context.arguments.arguments("PATH")
        if !paths.isEmpty {
            return CheckedSet(
                files: try context.procedureFiles(paths: paths), label: paths.joined(separator: ", "),
                validate: "govctl validate \(paths.joined(separator: " "))")
        }
        let installed = context.arguments.flag("installed")
        if !installed, let directory = context.procedureDirectory {
            return CheckedSet(
                files: try context.procedureDirectoryFiles(directory), label: directory,
                validate: "govctl validate \(directory)")
        }
        var isDirectory: ObjCBool = false
        if !installed, FileManager.default.fileExists(atPath: localDirectory, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return CheckedSet(
                files: try context.procedureFiles(paths: [localDirectory]), label: localDirectory + "/",
                validate: "govctl validate \(localDirectory)/")
        }
        let sources = try context.procedureSources()
        let label = (["the built-in procedures"] + sources.directories).joined(separator: " and ")
        return CheckedSet(files: sources.files, label: label, validate: "govctl validate --installed")
    }

    /// Writes `heading` to stderr at once (so that it comes first on a terminal) when no PATH was given (a PATH says
    /// it already); not in JSON, where the document says it (`labelled`).
    func announce(_ context: Context) {
        guard context.format != .json, context.arguments.arguments("PATH").isEmpty else { return }
        StandardStreams.write(heading + "\n", to: .standardError)
    }

    /// A JSON document from `validate` or `test` with `"checked"` first, naming the files it checked.
    /// The member is written in front of the others, as the pretty writer indents them: the report is not read
    /// and written again (with 100,000 diagnostics that was half of validate's time).
    func labelled(_ json: String) -> String {
        guard json.hasPrefix("{\n  \"") else { return json }
        return "{\n  \"checked\": " + JSONWriter.compact(.string(label)) + ",\n" + json.dropFirst(2)
    }

    /// The declaration shared by `validate` and `test`: `--installed`.
    static let installedOption = OptionSpec.flag(
        "installed",
        help:
            "check the built-in procedures and the configured directories (what the other commands run with), even in a directory that has procedures/"
    )
}
