import CLIKit
import GovKit

enum WhoOwnsCommand {
    static let command = Command(
        name: "who-owns", summary: "roles, people and routes for a system: who owns it, who to go to for what",
        description: """
            Every role for SYSTEM in the source's terms (English with --lang en): holder, contact details and duties,
            each with its source section. Where the source names a role but no holder, it says so.
            --role narrows to one role by its source-language or English name or an alias, in any case.
            --task answers "who do I go to for …" (e.g. tilgang, avvik, endringsønske, drift, budget, utbildning,
            access, training), in Norwegian, Swedish or English. --person lists every role a person or unit holds, and
            the document headers that name them (who wrote, approved or owns a document); where no role is held by
            the name, the duties, routes, steps and notes that name it inside a sentence.
            An unknown system or role exits 66 with a did-you-mean; a name the source gives only in a paragraph
            govctl does not carry exits 66 naming that paragraph and why.
            """,
        arguments: [
            Argument("SYSTEM", optional: true, completion: .dynamic("system"), help: "the system, by name or alias")
        ],
        options: [
            .value(
                "role", "ROLE", completion: .dynamic("role"), help: "one role, by its name in any language or an alias"),
            .value("task", "KEYWORD", help: "who to go to for a task: access, deviations, change requests, outages, …"),
            .value("person", "NAME", completion: .dynamic("person"), help: "every role this person or unit holds"),
        ],
        formats: DocumentFace.declared,
        examples: [
            "govctl who-owns CMS", "govctl who-owns cms --role system-owner --lang en",
            "govctl who-owns CMS --task avvik",
            "govctl who-owns 'Sesam LMN' --task drift", "govctl who-owns --person 'Marius-Ioan Taran'",
        ],
        validations: [
            .oneOf("SYSTEM", "person", example: "govctl who-owns CMS"),
            Validation(summary: "--person goes without SYSTEM, --role and --task") { parsed throws(CLIError) in
                guard parsed.isGiven("person") else { return }
                let others = ["SYSTEM", "role", "task"].filter(parsed.isGiven)
                guard let other = others.first else { return }
                throw CLIError.usage(
                    "--person goes without \(other == "SYSTEM" ? "a system" : "--\(other)")",
                    hint: "ask about a person (--person NAME) or a system (SYSTEM [--role ROLE] [--task KEYWORD])")
            },
        ]
    ) { context throws(GovError) in
        let question: Ownership.Question
        if let person = context.arguments.value("person") {
            question = .person(person)
        } else {
            question = .system(
                context.argument("SYSTEM") ?? "", role: context.arguments.value("role"),
                task: context.arguments.value("task"))
        }
        let (catalog, warnings) = try context.catalog()
        let answer = try Ownership(catalog).answer(question)
        return Output(
            stdout: try Renderers.ownership(answer, context),
            stderr: context.warnings(warnings, about: answer.registry.map { [$0] } ?? []))
    }
}
