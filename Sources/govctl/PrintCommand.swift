import CLIKit
import Foundation
import GovKit

enum PrintCommand {
    static let command = Command(
        name: "print", summary: "a guide as a printable A4 checklist (HTML)",
        description: """
            Writes GUIDE as one self-contained HTML page to print on A4: a tick box per step with who to contact beside
            it (or that the source names no one), and lines to fill in by hand: time started, who was told and when,
            prognosis received, reserve routine activated, ended. Open it in a browser and print, or convert it with
            'chromium --headless --print-to-pdf'. To stdout, or to FILE with --output.
            """,
        arguments: [Argument("GUIDE", completion: .dynamic("guide"), help: "a guide id")],
        options: [
            .value(
                "system", "NAME", completion: .dynamic("system"),
                help: "the system the checklist is for (name or alias)"),
            .value("output", "FILE", completion: .file, help: "write the page to FILE instead of stdout"),
        ],
        formats: TextFace.declared,
        examples: [
            "govctl print sesam-lmn-reservrutin --output sesam-lmn.html",
            "govctl print hastesak-sykehuspartner --system LVMS --lang en > lvms-checklist.html",
        ]
    ) { context throws(GovError) in
        let id = context.argument("GUIDE") ?? ""
        let (catalog, warnings) = try context.catalog()
        let (guide, procedure) = try catalog.guide(id: id)
        let system = try context.arguments.value("system").map { name throws(GovError) in
            try catalog.system(named: name).0
        }
        let page = SiteBuilder.checklist(
            guide, in: procedure, system: system, language: context.language,
            stamp: SiteStamp(version: GovCtl.version, clock: context.clock), catalog: catalog)
        let stderr = context.warnings(warnings, about: [procedure])
        guard let file = context.arguments.value("output") else { return Output(stdout: page, stderr: stderr) }
        try FileWriting.write(Array(page.utf8), to: file, links: .refuse)
        return Output(stdout: "", stderr: stderr)
    }
}
