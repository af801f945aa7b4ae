import GovKit

enum ShowCommand {
    static let command = Command(
        name: "show", summary: "show one procedure: document, systems, roles, guides",
        usage: "govctl show ID [--format text|json|markdown] [--lang nb|sv|en]",
        description: "ID is a procedure id from 'govctl list' (or its document id, e.g. D29653).",
        formats: [.text, .json, .markdown],
        examples: ["govctl show sshf-hastesaker", "govctl show D29653 --lang en", "govctl show siv-cms --format json"]
    ) { context throws(GovError) in
        guard let id = context.arguments.positionals.first else {
            throw GovError(
                .usage, "'show' needs a procedure id",
                hint: "e.g. govctl show sshf-hastesaker; 'govctl list' lists them")
        }
        let (catalog, warnings) = try context.catalog()
        let procedure = try catalog.procedure(id: id)
        return Output(
            stdout: try Renderers.procedure(procedure, context), stderr: context.warnings(warnings, about: [procedure]))
    }
}
