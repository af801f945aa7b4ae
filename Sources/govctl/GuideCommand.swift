import CLIKit
import GovKit

enum GuideCommand {
    static let command = Command(
        name: "guide", summary: "step-by-step guidance from any procedure's guide",
        description: """
            ID is a guide id ('govctl show PROCEDURE' lists them). Facts the guide needs are given with --fact;
            those still missing are listed at the end, and appear in texts as a marked blank. At a terminal they are
            asked for one by one instead (not with --no-input).
            """,
        arguments: [Argument("ID", completion: .dynamic("guide"), help: "the guide's id")],
        options: [
            FactArguments.option(help: "a fact for the guide's rules and texts"),
            .value(
                "system", "NAME", completion: .dynamic("system"), help: "the system the guidance is for (name or alias)"
            ),
        ] + GuideOutput.emailOptions,
        formats: GuideFace.declared,
        examples: [
            "govctl guide cms-endringsonske",
            "govctl guide cms-hastesak --system CMS --now 2026-11-23T10:30",
            "govctl guide sesam-lmn-reservrutin --fact scenario=server-unreachable --fact since=2026-11-21T08:00 --lang en",
        ],
        validations: [GuideOutput.emailRule]
    ) { context throws(GovError) in
        var query = GuideQuery(
            guide: context.argument("ID") ?? "", system: context.arguments.value("system"), now: context.now,
            language: context.language)
        query.facts = FactArguments.facts(context.arguments)
        let (catalog, warnings) = try context.catalog()
        if var prompter = Prompter.atTerminal(context) {
            let given = query
            let answers = try prompter.ask { (extra: [String: String]) throws(GovError) -> GuideResult in
                var trial = given
                trial.facts.merge(extra) { $1 }
                return try trial.answer(in: catalog)
            }
            query.facts.merge(answers) { $1 }
        }
        let result = UrgentCaseGate.apply(try query.answer(in: catalog))
        var output = try Renderers.guide(result, context)
        output.stderr = context.warnings(warnings, about: [result.procedure]) + output.stderr
        return output
    }
}

/// `--fact KEY=VALUE`, repeatable, checked while parsing.
enum FactArguments {
    static func option(help: String) -> Option {
        .typed("fact", "KEY=VALUE", repeatable: true, help: help, parser: .keyValue)
    }

    /// `KEY=VALUE` texts as facts; kept for commands written before `--fact` was typed (its values are checked while
    /// parsing now, so this throws only for text that did not come from a `.keyValue` option).
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

    /// The facts given, the last one winning for a key given twice.
    static func facts(_ parsed: ParsedCommand) -> [String: String] {
        var facts: [String: String] = [:]
        for pair in parsed.values("fact", as: KeyValue.self) { facts[pair.key] = pair.value }
        return facts
    }
}
