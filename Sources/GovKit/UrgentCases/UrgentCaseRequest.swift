import Foundation

/// `report-urgent`: the route, steps and case text for reporting an application as an urgent case.
package struct UrgentCaseRequest: Sendable {
    /// The application's name or alias, in any case.
    package var application: String
    /// The criticality of an application the registry does not list; without it such an application is unknown.
    package var criticality: Int?
    /// Facts from `--fact KEY=VALUE`.
    package var facts: [String: String] = [:]
    /// Facts that have a command-line flag of their own name (`--mobile 900 00 000`), in the order of the help.
    package var flagFacts: [String] = []
    /// Facts given by those flags; one the procedure does not take is a warning, not an error.
    package var flagged: [String: String] = [:]
    package var now: TimeInput
    package var language: Language?

    package init(application: String, criticality: Int? = nil, now: TimeInput, language: Language? = nil) {
        self.application = application
        self.criticality = criticality
        self.now = now
        self.language = language
    }

    /// The guide's result and warnings for the user (an unlisted application, a flag the procedure does not use).
    package struct Answer: Sendable {
        package let result: GuideResult
        package let warnings: [String]
    }

    /// Throws `notFound` for an unknown application (unless `criticality` is given) or one without a route.
    package func answer(in catalog: Catalog) throws(GovError) -> Answer {
        var warnings: [String] = []
        let system: SystemEntry
        do throws(GovError) {
            system = try catalog.system(named: application).0
        } catch {
            guard error.kind == .notFound else { throw error }
            guard let criticality else {
                // The registry's lists may be open ("mm"): a person who knows the application is critical can say so.
                throw GovError(
                    error.kind, error.message,
                    hint: (error.hint.map { $0 + "; " } ?? "")
                        + "if you know '\(application)' is a critical application the list leaves out, give "
                        + "--criticality N (e.g. --criticality 1): govctl then reports it as you say, not as the source's"
                )
            }
            system = .unlisted(name: application, criticality: criticality)
            warnings.append(
                "'\(application)' is not in the procedures' registry; reporting it with criticality \(criticality) as you say"
            )
        }
        guard let (guide, procedure) = try catalog.guide(purpose: GuidePurpose.reportUrgent.rawValue, for: system)
        else {
            throw GovError(
                .notFound, "no procedure says how to report an urgent case for '\(system.name)'",
                hint: Self.routesHint(for: system, in: catalog))
        }
        var request = GuideRequest(
            system: system, now: try now.date(inZone: procedure.document.timeZone), language: language)
        request.textFacts = facts
        for id in flagFacts {
            guard let value = flagged[id] else { continue }
            // The same fact twice with different values: neither wins silently.
            if let other = facts[id], other != value {
                throw GovError(
                    .usage, "--\(id) '\(value)' and --fact \(id)=\(other) disagree",
                    hint: "give the value once, with --\(id)")
            }
            if guide.facts.contains(where: { $0.id == id && $0.value == nil }) {
                request.textFacts[id] = value
            } else {
                warnings.append("--\(id) is not used by the procedure for \(system.name) ('\(guide.id)')")
            }
        }
        request.flagFacts = Set(flagFacts.filter { id in guide.facts.contains { $0.id == id && $0.value == nil } })
        return Answer(result: try GuideEvaluator.evaluate(guide, in: procedure, request: request), warnings: warnings)
    }

    /// Where to look instead: `who-owns` shows a listed system's roles and, with `--task`, the routes the sources
    /// give for it (one task word of each route listed); a system no procedure lists has neither.
    static func routesHint(for system: SystemEntry, in catalog: Catalog) -> String {
        guard system.listed else {
            return "'govctl list' shows the procedures; 'govctl show ID' the systems each one lists"
        }
        let name = system.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? system.name : "'\(system.name)'"
        let tasks = catalog.procedures.flatMap { p in
            p.routes.filter {
                $0.systems.contains(system.id) || ($0.systems.isEmpty && p.systems.contains { $0.id == system.id })
            }.compactMap(\.keywords.first)
        }
        guard !tasks.isEmpty else {
            return "'govctl who-owns \(name)' shows its roles; the sources give no route for it"
        }
        return "'govctl who-owns \(name)' shows its roles; 'govctl who-owns \(name) --task KEYWORD' shows a route "
            + "the sources give for it (e.g. --task \(tasks.joined(separator: ", ")))"
    }
}
