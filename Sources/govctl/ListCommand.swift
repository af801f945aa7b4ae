import GovKit

enum ListCommand {
    static let command = Command(
        name: "list", summary: "list the procedures with their source documents and validity",
        usage: "govctl list [--format text|json]",
        description: "One line per procedure: id, title, organisation, language, valid until, status (valid/expired).",
        examples: ["govctl list", "govctl list --format json", "govctl list --procedures ./procedures"]
    ) { context throws(GovError) in
        let (catalog, _) = try context.catalog()
        let today = context.localNow
        if context.format == "json" { return Output(stdout: CatalogRenderer.listJSON(catalog, today: today)) }
        return Output(stdout: CatalogRenderer.listText(catalog, language: context.language, today: today))
    }
}
