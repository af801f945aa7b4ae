import Foundation
import PackagePlugin

/// Embeds `procedures/*.json` and `schema/procedure.schema.json` into the target as Swift source.
/// The plugin runs at every build, so a file added to or edited in `procedures/` is picked up by the next build.
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
                arguments: [output.path, schema.path] + procedures.map(\.path),
                inputFiles: [schema, proceduresDirectory] + procedures,
                outputFiles: [output]
            )
        ]
    }
}
