import Foundation
import PackagePlugin

/// Embeds `procedures/*.json` and `schema/procedure.schema.json` into the target as Swift source.
///
/// SwiftPM re-runs this plugin only when the package structure changes, so the tool lists `procedures/` itself
/// at build time and the directory is an input: adding, removing or re-saving a file re-embeds. (`make build`
/// also drops the generated file, which covers an in-place edit of a file added since SwiftPM last planned.)
@main
struct EmbedProcedures: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let proceduresDirectory = root.appending(path: "procedures")
        let schema = root.appending(path: "schema/procedure.schema.json")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: proceduresDirectory.path)) ?? []
        let procedures = names.filter { $0.hasSuffix(".json") }.sorted().map { proceduresDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let git = GitFiles(root: root)
        return [
            .buildCommand(
                displayName: "Embedding \(procedures.count) procedure files",
                executable: try context.tool(named: "EmbedTool").url,
                // The tool lists the directory itself, so a file added after this plugin last ran is still embedded.
                arguments: [output.path, schema.path, proceduresDirectory.path] + git.arguments,
                inputFiles: [schema, proceduresDirectory] + procedures + git.inputs,
                outputFiles: [output]
            )
        ]
    }
}

/// Where git keeps the commit the package is at, for `govctl --version`: the directory with `HEAD` (a worktree's
/// `.git` is a file that names it) and the one with `refs/` and `packed-refs`. `HEAD` and the branch's file are
/// inputs, so a commit or a checkout embeds again. No `.git`: no arguments, and govctl says it was built without git.
struct GitFiles {
    var directory: URL?
    var common: URL?

    init(root: URL) {
        let dotGit = root.appending(path: ".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            directory = dotGit
        } else if let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir: ") {
            let path = text.dropFirst("gitdir: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
            directory = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
        }
        guard let directory else { return }
        let named = try? String(contentsOf: directory.appending(path: "commondir"), encoding: .utf8)
        let path = named?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        common =
            path.isEmpty
            ? directory : path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appending(path: path)
    }

    var arguments: [String] {
        guard let directory, let common else { return [] }
        return [directory.path, common.path]
    }

    /// `HEAD`, the branch's file when it has one, and `packed-refs`: those that exist.
    var inputs: [URL] {
        guard let directory, let common else { return [] }
        var files = [directory.appending(path: "HEAD"), common.appending(path: "packed-refs")]
        if let head = try? String(contentsOf: files[0], encoding: .utf8), head.hasPrefix("ref: ") {
            let ref = head.dropFirst("ref: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
            files.append(common.appending(path: ref))
        }
        return files.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
