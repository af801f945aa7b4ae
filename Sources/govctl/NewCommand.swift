import CLIKit
import Foundation
import GovKit

enum NewCommand {
    static let command = Command(
        name: "new", summary: "write a skeleton procedure to fill in: one example of each part",
        description: """
            Writes a skeleton procedure with the id ID whose source document is in LANG (nb or sv): the document,
            a system, a role, a route, a guide with facts, a derived value and steps, and two tests. Replace every
            TODO with what the source says: 'govctl validate' names each one left (leftover-todo, a warning; an error
            with --strict, so an unfinished procedure does not pass), and 'govctl test' passes as written.
            The file refers to ../schema/procedure.schema.json (as in procedures/), for editors that check JSON
            Schema; 'govctl schema' prints that schema. Without --output the file goes to stdout. --output does not
            replace an existing file.
            """,
        arguments: [Argument("ID", help: "the procedure id: lowercase letters, digits and -")],
        options: [
            .value("output", "FILE", completion: .file, help: "write the file here (refused if it exists)")
        ],
        formats: TextFace.declared,
        examples: [
            "govctl new sshf-lvms-nedetid --lang nb --output procedures/sshf-lvms-nedetid.json",
            "govctl new region-x-reservrutin --lang sv > procedures/region-x-reservrutin.json",
        ]
    ) { context throws(GovError) in
        let id = context.argument("ID") ?? ""
        guard Skeleton.isValidId(id) else {
            throw GovError(
                .usage, "'\(id)' is not a procedure id",
                hint: "write lowercase letters, digits and -, e.g. sshf-lvms-nedetid")
        }
        guard let language = context.language, language != .en else {
            throw GovError(
                .usage, "new needs the source document's language",
                hint: "add --lang nb or --lang sv (English is written beside the source language)")
        }
        let text = Skeleton.text(id: id, language: language)
        guard let output = context.arguments.value("output") else { return Output(stdout: text) }
        // A new file, 0644 less the umask; an existing file or a link (even one to nowhere) is refused.
        try FileWriting.write(Array(text.utf8), to: output, links: .refuse, existing: .refuse)
        return Output(
            stderr:
                "wrote \(output); fill in the TODOs, then run 'govctl validate \(output)' and 'govctl test \(output)'\n"
        )
    }
}
