import CLIKit
import Foundation
import GovKit

enum ReportUrgentCommand {
    /// Flags that give a fact of the same name; a flag the chosen procedure does not use is reported, not dropped silently.
    static let factFlags: [OptionSpec] = [
        OptionSpec(name: "description", value: "TEXT", help: "what is wrong (feilbeskrivelse)"),
        OptionSpec(name: "department", value: "TEXT", help: "department affected (avdeling)"),
        OptionSpec(name: "users", value: "TEXT", help: "users affected (brukere)"),
        OptionSpec(name: "pcs", value: "TEXT", help: "PCs affected (PCer)"),
        OptionSpec(name: "servers", value: "TEXT", help: "servers affected (servere)"),
        .value(
            "competence", "KIND", completion: .dynamic(DynamicCompletions.choices(of: "competence")),
            help: "competence needed: one of the procedure's choices (a wrong one lists them)"),
        OptionSpec(name: "contact", value: "NAME", help: "who Sykehuspartner should contact"),
        OptionSpec(name: "mobile", value: "NUMBER", help: "the contact's mobile number"),
    ]

    /// The flags that give a choice fact: completion offers the procedures' choices for them.
    static let choiceFacts = ["competence"]

    static let command = Command(
        name: "report-urgent", summary: "report an urgent case: the steps and a ready case text for Min Sykehuspartner",
        description: """
            Says whether APPLICATION is an urgent case (criticality 1 in the procedure's registry; names and aliases
            match in any case), prints the procedure's steps with their source sections, the case text to paste into
            Min Sykehuspartner (always Norwegian), the follow-up call, and the facts still missing, which appear in the
            case text as marked blanks. An application with its own procedure (e.g. CMS) gets that procedure's route.
            An unknown application exits 66; --criticality 1 reports one the registry does not list yet, with a warning.
            At a terminal, the facts still missing are asked for one by one (never with --no-input or when stdin or
            stdout is not a terminal). --format case prints only what goes into the portal (the subject, then the case
            text); --format email writes an RFC 5322 message for '| sendmail -t' holding the case and the follow-up
            call. Both refuse a case with facts missing (exit 65, naming the options) unless --allow-missing.
            """,
        arguments: [
            Argument("APPLICATION", completion: .dynamic("system"), help: "the application, by name or alias")
        ],
        options: factFlags + [
            FactArguments.option(help: "any other fact the procedure takes"),
            .typed(
                "criticality", "N", help: "criticality of an application the registry does not list",
                parser: .integer()),
        ] + GuideOutput.emailOptions,
        formats: GuideFace.declared,
        examples: [
            "govctl report-urgent LVMS",
            "govctl report-urgent lvms --description 'LVMS svarer ikke' --department Blodbanken --competence servergruppe --contact 'Kari Nordmann' --mobile '900 00 000'",
            "govctl report-urgent CMS --now 2026-11-23T10:30",
            "govctl report-urgent LVMS --description 'LVMS svarer ikke' --department Blodbanken --users alle --pcs alle --servers ukjent --competence servergruppe --contact 'Kari Nordmann' --mobile '900 00 000' --format case",
            "govctl report-urgent LVMS --description 'LVMS svarer ikke' --department Blodbanken --users alle --pcs alle --servers ukjent --competence servergruppe --contact 'Kari Nordmann' --mobile '900 00 000' --format email --to ikt@example.org | sendmail -t",
        ],
        validations: [GuideOutput.emailRule]
    ) { context throws(GovError) in
        var request = UrgentCaseRequest(
            application: context.argument("APPLICATION") ?? "", now: context.now, language: context.language)
        request.criticality = context.arguments.value("criticality", as: Int.self)
        request.facts = FactArguments.facts(context.arguments)
        request.flagFacts = factFlags.map(\.name)
        for flag in factFlags { request.flagged[flag.name] = context.arguments.value(flag.name) }
        let (catalog, warnings) = try context.catalog()
        if var prompter = Prompter.atTerminal(context) {
            let given = request
            let answers = try prompter.ask { (extra: [String: String]) throws(GovError) -> GuideResult in
                var trial = given
                trial.facts.merge(extra) { $1 }
                return try trial.answer(in: catalog).result
            }
            request.facts.merge(answers) { $1 }
        }
        let answer = try request.answer(in: catalog)
        var output = try Renderers.guide(UrgentCaseGate.apply(answer.result), context)
        output.stderr =
            context.warnings(warnings, about: [answer.result.procedure]) + context.warnings(answer.warnings)
            + output.stderr
        return output
    }
}
