/// `guide`: any guide by id, for a system (named, or the guide's only one) and the facts given.
package struct GuideQuery: Sendable {
    package var guide: String
    /// The system's name or alias; `nil` takes the guide's system when it names exactly one.
    package var system: String?
    /// Facts as the user wrote them (`--fact key=value`).
    package var facts: [String: String] = [:]
    package var now: TimeInput
    package var language: Language?

    package init(guide: String, system: String? = nil, now: TimeInput, language: Language? = nil) {
        self.guide = guide
        self.system = system
        self.now = now
        self.language = language
    }

    /// Throws `notFound` for an unknown guide or system, and the evaluator's errors for facts it cannot use.
    package func answer(in catalog: Catalog) throws(GovError) -> GuideResult {
        let (guide, procedure) = try catalog.guide(id: self.guide)
        var request = GuideRequest(now: try now.date(inZone: procedure.document.timeZone), language: language)
        if let name = system {
            request.system = try catalog.system(named: name).0
        } else if let only = guide.systems.first, guide.systems.count == 1 {
            request.system = catalog.procedures.flatMap(\.systems).first { $0.id == only }
        }
        request.textFacts = facts
        return try GuideEvaluator.evaluate(guide, in: procedure, request: request)
    }
}
