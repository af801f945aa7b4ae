import GovKit

enum WhoOwnsCommand {
    static let command = Command(
        name: "who-owns", summary: "roles, people and routes for a system: who owns it, who to go to for what",
        usage:
            "govctl who-owns SYSTEM [--role ROLE] [--task KEYWORD] [--format text|json|markdown]\n  govctl who-owns --person NAME [--format text|json|markdown]",
        description: """
            Every role for SYSTEM in the source's terms (English with --lang en): holder, contact details and duties,
            each with its source section. Where the source names a role but no holder, it says so.
            --role narrows to one role by its source-language or English name or an alias, in any case.
            --task answers "who do I go to for …" (e.g. tilgang, avvik, endringsønske, drift, budget, utbildning,
            access, training), in Norwegian, Swedish or English. --person lists every role a person or unit holds.
            An unknown system or role exits 66 with a did-you-mean.
            """,
        options: [
            OptionSpec(name: "role", value: "ROLE", help: "one role, by its name in any language or an alias"),
            OptionSpec(
                name: "task", value: "KEYWORD",
                help: "who to go to for a task: access, deviations, change requests, outages, …"),
            OptionSpec(name: "person", value: "NAME", help: "every role this person or unit holds"),
        ],
        formats: [.text, .json, .markdown],
        examples: [
            "govctl who-owns CMS", "govctl who-owns cms --role system-owner --lang en",
            "govctl who-owns CMS --task avvik",
            "govctl who-owns 'Sesam LMN' --task drift", "govctl who-owns --person 'Marius-Ioan Taran'",
        ]
    ) { context throws(GovError) in
        let question: Ownership.Question
        if let person = context.arguments.value("person") {
            question = .person(person)
        } else if let name = context.arguments.positionals.first {
            question = .system(name, role: context.arguments.value("role"), task: context.arguments.value("task"))
        } else {
            throw GovError(.usage, "'who-owns' needs a system or --person NAME", hint: "e.g. govctl who-owns CMS")
        }
        let (catalog, warnings) = try context.catalog()
        let answer = try Ownership(catalog).answer(question)
        return Output(
            stdout: try Renderers.ownership(answer, context),
            stderr: context.warnings(warnings, about: answer.registry.map { [$0] } ?? []))
    }
}
