import GovKit

enum ListCommand {
    static let command = Command(
        name: "list", summary: "list the procedures with their source documents and validity",
        description: """
            One line per procedure: id, title, organisation, language, valid until, status (valid/expired) and
            origin: built-in, or the file that was read (a configured directory's file replaces the built-in
            procedure with its id; --procedures DIR reads only DIR).
            """,
        examples: ["govctl list", "govctl list --format json", "govctl list --procedures ./procedures"]
    ) { context throws(GovError) in
        let (catalog, _, sources) = try context.loadedCatalog()
        return Output(stdout: try Renderers.catalog(catalog, origins: sources.origins, context))
    }
}
