import CLIKit
import GovKit

enum SiteCommand {
    static let command = Command(
        name: "site", summary: "write a static site of every procedure, with search and printable checklists",
        description: """
            Writes a self-contained static site into DIR (created if needed): no external assets, no network, works
            from file:// and any web server. An index with each document's validity, a page per procedure, guide and
            printable A4 checklist (in the source language, with English alternates), who holds what, and a search
            page. Every page's footer gives govctl's version, the date generated (--now, else today) and the validity.
            Prints the files written, one per line.
            """,
        arguments: [Argument("DIR", completion: .directory, help: "the directory to write the site into")],
        formats: TextFace.declared,
        examples: ["govctl site out/", "govctl site /var/www/govctl --now 2026-11-21T08:00"]
    ) { context throws(GovError) in
        let directory = context.argument("DIR") ?? ""
        let (catalog, warnings) = try context.catalog()
        let files = SiteBuilder.build(
            catalog, files: try context.procedureFiles(),
            stamp: SiteStamp(version: GovCtl.version, clock: context.clock))
        let written = try SiteBuilder.write(files, to: directory)
        return Output(
            stdout: written.map { $0 + "\n" }.joined(), stderr: context.warnings(warnings, about: catalog.procedures))
    }
}
