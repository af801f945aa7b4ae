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
            let system = try catalog.system(named: name).0
            try Self.check(guide, in: procedure, appliesTo: system, catalog: catalog)
            request.system = system
        } else if let only = guide.systems.first, guide.systems.count == 1 {
            request.system = catalog.procedures.flatMap(\.systems).first { $0.id == only }
        }
        request.textFacts = facts
        return try GuideEvaluator.evaluate(guide, in: procedure, request: request)
    }

    /// A guide runs only for a system it applies to: one it names (or any, when it names none), and one its
    /// `appliesWhen` accepts. Otherwise its steps, phone numbers and menu paths would be printed under a system they
    /// are not for (exit 64: the command line asks for a pair that does not exist).
    /// Whether `guide` applies to `system`: its `systems` name it (or name none) and its `appliesWhen` accepts it.
    /// `validate` asks the same for each test that names a system (`guide-not-for-system`).
    static func applies(_ guide: Guide, to system: SystemEntry) throws(LogicError) -> Bool {
        guard guide.systems.isEmpty || guide.systems.contains(system.id) else { return false }
        guard let applies = guide.appliesWhen else { return true }
        return Coercion.truthy(try applies.rule.evaluate(.object(JSONObject([("system", system.factValue)]))))
    }

    static func check(_ guide: Guide, in procedure: Procedure, appliesTo system: SystemEntry, catalog: Catalog)
        throws(GovError)
    {
        let accepted: Bool
        do throws(LogicError) {
            accepted = try applies(guide, to: system)
        } catch {
            throw RuleFailure.error(error, in: procedure, guide: guide, field: "appliesWhen")
        }
        guard !accepted else { return }
        let systems = catalog.procedures.flatMap(\.systems).filter { guide.systems.contains($0.id) }.map(\.name)
        throw GovError(
            .usage, "guide '\(guide.id)' does not apply to \(system.name)",
            hint: systems.isEmpty
                ? "its 'appliesWhen' does not accept \(system.name); run it for a system it applies to"
                : "it is for \(systems.joined(separator: ", ")); run it with --system \(systems[0]), or leave "
                    + "--system out")
    }
}
