import CLIKit
import GovKit

enum ShowCommand {
    static let command = Command(
        name: "show", summary: "show one procedure: document, systems, roles, routes, guides",
        description: "ID is a procedure id from 'govctl list' (or its document id, e.g. D29653).",
        arguments: [Argument("ID", completion: .dynamic("procedure"), help: "a procedure id or document id")],
        formats: DocumentFace.declared,
        examples: ["govctl show sshf-hastesaker", "govctl show D29653 --lang en", "govctl show siv-cms --format json"]
    ) { context throws(GovError) in
        let (catalog, warnings) = try context.catalog()
        let procedure = try catalog.procedure(id: context.argument("ID") ?? "")
        return Output(
            stdout: try Renderers.procedure(procedure, context), stderr: context.warnings(warnings, about: [procedure]))
    }
}
