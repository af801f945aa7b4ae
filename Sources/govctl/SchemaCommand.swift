import GovKit

enum SchemaCommand {
    static let command = Command(
        name: "schema", summary: "print the JSON Schema of procedure files",
        description: "The JSON Schema (draft 2020-12) that procedure files reference with \"$schema\", for editors.",
        formats: PlainFace.declared,
        examples: ["govctl schema > procedure.schema.json"]
    ) { _ throws(GovError) in
        Output(stdout: try Bundled.schema())
    }
}
