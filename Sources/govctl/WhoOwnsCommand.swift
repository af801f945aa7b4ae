import GovKit

enum WhoOwnsCommand {
    static let command = Command(
        name: "who-owns", summary: "roles, people and routes for a system: who owns it, who to go to for what",
        usage:
            "govctl who-owns SYSTEM [--role ROLE] [--task KEYWORD] [--format text|json]\n  govctl who-owns --person NAME [--format text|json]",
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
        examples: [
            "govctl who-owns CMS", "govctl who-owns cms --role system-owner --lang en",
            "govctl who-owns CMS --task avvik",
            "govctl who-owns 'Sesam LMN' --task drift", "govctl who-owns --person 'Marius-Ioan Taran'",
        ]
    ) { context throws(GovError) in
        let (catalog, warnings) = try context.catalog()
        let ownership = Ownership(catalog)
        let json = context.format == "json"
        if let person = context.arguments.value("person") {
            let found = try ownership.roles(heldBy: person)
            return Output(
                stdout: json
                    ? OwnershipJSONRenderer.person(person, found, language: context.language)
                    : OwnershipTextRenderer.person(person, found, language: context.language))
        }
        guard let name = context.arguments.positionals.first else {
            throw GovError(.usage, "'who-owns' needs a system or --person NAME", hint: "e.g. govctl who-owns CMS")
        }
        let (system, procedure) = try catalog.system(named: name)
        let stderr = context.warnings(warnings, about: [procedure])
        if let task = context.arguments.value("task") {
            let routes = ownership.routes(for: system, task: task)
            guard !routes.isEmpty else {
                let keywords = ownership.taskKeywords(for: system)
                let suggestion = Suggestions.closest(to: task, among: keywords)
                throw GovError(
                    .notFound, "the sources name no route for '\(task)' for \(system.name)",
                    hint: (suggestion.map { "did you mean '\($0)'? " } ?? "")
                        + "tasks: \(keywords.joined(separator: ", "))")
            }
            return Output(
                stdout: json
                    ? OwnershipJSONRenderer.routes(system, task: task, routes, language: context.language)
                    : OwnershipTextRenderer.routes(
                        system, task: task, routes, language: context.language, today: context.localNow),
                stderr: stderr)
        }
        var roles = ownership.roles(for: system)
        if let role = context.arguments.value("role") { roles = [try ownership.role(role, for: system)] }
        return Output(
            stdout: json
                ? OwnershipJSONRenderer.roles(system, roles, language: context.language)
                : OwnershipTextRenderer.roles(system, roles, language: context.language, today: context.localNow),
            stderr: stderr)
    }
}
