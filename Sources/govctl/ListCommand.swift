import GovKit

enum ListCommand {
    static let command = Command(
        name: "list", summary: "list the procedures with their source documents and validity",
        description: "One line per procedure: id, title, organisation, language, valid until, status (valid/expired).",
        examples: ["govctl list", "govctl list --format json", "govctl list --procedures ./procedures"]
    ) { context throws(GovError) in
        let (catalog, _) = try context.catalog()
        return Output(stdout: try Renderers.catalog(catalog, context))
    }
}
