import GovKit

enum GuideCommand {
    static let command = Command(
        name: "guide", summary: "step-by-step guidance from any procedure's guide",
        usage:
            "govctl guide ID [--system NAME] [--fact KEY=VALUE ...] [--now TIME] [--format text|json|markdown|email] [--lang nb|sv|en]",
        description: """
            ID is a guide id ('govctl show PROCEDURE' lists them). Facts the guide needs are given with --fact;
            those still missing are listed at the end, and appear in texts as a marked blank.
            """,
        options: [
            OptionSpec(
                name: "fact", value: "KEY=VALUE", help: "a fact for the guide's rules and texts (repeatable)",
                repeatable: true),
            OptionSpec(name: "system", value: "NAME", help: "the system the guidance is for (name or alias)"),
        ] + GuideOutput.emailOptions,
        formats: GuideOutput.formats,
        examples: [
            "govctl guide cms-endringsonske",
            "govctl guide cms-hastesak --system CMS --now 2026-11-23T10:30",
            "govctl guide sesam-lmn-reservrutin --fact scenario=server-unreachable --fact since=2026-11-21T08:00 --lang en",
        ]
    ) { context throws(GovError) in
        guard let id = context.arguments.positionals.first else {
            throw GovError(
                .usage, "'guide' needs a guide id",
                hint: "e.g. govctl guide cms-endringsonske; 'govctl show PROCEDURE' lists guides")
        }
        var query = GuideQuery(
            guide: id, system: context.arguments.value("system"), now: context.now, language: context.language)
        query.facts = try FactArguments.parse(context.arguments.all("fact"))
        let (catalog, warnings) = try context.catalog()
        let result = try query.answer(in: catalog)
        return Output(
            stdout: try Renderers.guide(result, context), stderr: context.warnings(warnings, about: [result.procedure]))
    }
}

/// `--fact key=value` arguments.
enum FactArguments {
    static func parse(_ items: [String]) throws(GovError) -> [String: String] {
        var facts: [String: String] = [:]
        for item in items {
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw GovError(
                    .usage, "'--fact \(item)' is not KEY=VALUE", hint: "write e.g. --fact scenario=server-unreachable")
            }
            facts[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        return facts
    }
}
