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
        return [
            .buildCommand(
                displayName: "Embedding \(procedures.count) procedure files",
                executable: try context.tool(named: "EmbedTool").url,
                // The tool lists the directory itself, so a file added after this plugin last ran is still embedded.
                arguments: [output.path, schema.path, proceduresDirectory.path],
                inputFiles: [schema, proceduresDirectory] + procedures,
                outputFiles: [output]
            )
        ]
    }
}
