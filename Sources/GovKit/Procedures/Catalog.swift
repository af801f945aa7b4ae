/// Lookups over every loaded procedure: systems by name or alias, guides, procedures.
package struct Catalog: Sendable {
    package let procedures: [Procedure]

    package init(_ procedures: [Procedure]) { self.procedures = procedures }

    /// The system whose id, name or alias folds (`NameKey.fold`) to the same text as `name`, with the procedure that
    /// registers it. Never the first of several in file order: a name that finds two systems (procedures that
    /// `validate` reports as `name-collision`) is an error naming both.
    package func system(named name: String) throws(GovError) -> (SystemEntry, Procedure) {
        let needle = NameKey.fold(name)
        var found: [(SystemEntry, Procedure)] = []
        if !needle.isEmpty {
            for procedure in procedures {
                for system in procedure.systems where system.lookupNames.contains(where: { NameKey.fold($0) == needle })
                {
                    found.append((system, procedure))
                }
            }
        }
        if found.count == 1 { return found[0] }
        guard found.isEmpty else {
            throw Self.ambiguous(
                "'\(name)' names \(found.count) systems", found.map { "'\($0.0.id)' (\($0.0.name)) in \($0.1.file)" })
        }
        throw GovError.unknown("system", name, among: procedures.flatMap(\.systems).map(\.name).sorted())
    }

    /// Procedures that make a name, an id or a purpose ambiguous: an error that lists the candidates and says how
    /// to find the cause.
    static func ambiguous(_ what: String, _ candidates: [String]) -> GovError {
        GovError(
            .dataError, "\(what): \(candidates.joined(separator: ", ")); govctl does not pick one",
            hint: "the procedures are ambiguous: 'govctl validate' shows where, rename or remove one of them")
    }

    package func procedure(id: String) throws(GovError) -> Procedure {
        let exact = procedures.filter { $0.id == id }
        let byDocument =
            exact.isEmpty ? procedures.filter { $0.document.documentId?.lowercased() == id.lowercased() } : exact
        if byDocument.count == 1 { return byDocument[0] }
        guard byDocument.isEmpty else {
            throw Self.ambiguous(
                "'\(id)' names \(byDocument.count) procedures", byDocument.map { "'\($0.id)' in \($0.file)" })
        }
        throw GovError.unknown("procedure", id, among: procedures.map(\.id))
    }

    package func guide(id: String) throws(GovError) -> (Guide, Procedure) {
        let found = procedures.flatMap { p in p.guides.filter { $0.id == id }.map { ($0, p) } }
        if found.count == 1 { return found[0] }
        guard found.isEmpty else {
            throw Self.ambiguous("'\(id)' names \(found.count) guides", found.map { "'\(id)' in \($0.1.file)" })
        }
        throw GovError.unknown("guide", id, among: procedures.flatMap(\.guides).map(\.id))
    }

    /// The guide with `purpose` for `system`, among those whose `appliesWhen` accepts the system and that name it or
    /// no system at all (`preferredGuides`). File order never decides: two at the first level that has any are an
    /// error naming both (`validate` reports them as `ambiguous-guide`).
    package func guide(purpose: String, for system: SystemEntry) throws(GovError) -> (Guide, Procedure)? {
        let all = procedures.flatMap { p in p.guides.filter { $0.purpose == purpose }.map { ($0, p) } }
        let chosen = try Self.preferredGuides(all, for: system)
        guard chosen.count <= 1 else {
            throw Self.ambiguous(
                "\(chosen.count) '\(purpose)' guides apply to \(system.name)",
                chosen.map { "'\($0.0.id)' in \($0.1.file)" })
        }
        return chosen.first
    }

    /// The precedence of guides for a system, best first: a guide of the procedure that declares the system that
    /// names it, one there that names no system, another procedure's guide that names it, one there that names none.
    package enum GuideLevel: Int, CaseIterable, Sendable {
        case ownNamingIt, ownNamingNone, otherNamingIt, otherNamingNone

        /// The level of `guide` (in `procedure`) for `system`; nil when the guide names other systems only.
        package init?(_ guide: Guide, in procedure: Procedure, for system: SystemEntry) {
            let names = guide.systems.contains(system.id)
            guard names || guide.systems.isEmpty else { return nil }
            let own = procedure.systems.contains { $0.id == system.id }
            self.init(rawValue: (own ? 0 : 2) + (names ? 0 : 1))
        }
    }

    /// Of `guides` (one purpose, in file order), those a look-up for `system` chooses among: the guides at the first
    /// `GuideLevel` where any `appliesWhen` accepts the system (a guide without one accepts every system). Rules are
    /// run level by level, so a lower level's rules do not run once a level has a guide; a rule that throws is an
    /// error naming its file and place (`RuleFailure`). More than one guide in the answer is an ambiguity: the
    /// look-up refuses it and `validate` reports it.
    package static func preferredGuides(_ guides: [(Guide, Procedure)], for system: SystemEntry) throws(GovError)
        -> [(Guide, Procedure)]
    {
        var levels = [[(Guide, Procedure)]](repeating: [], count: GuideLevel.allCases.count)
        for candidate in guides {
            if let level = GuideLevel(candidate.0, in: candidate.1, for: system) {
                levels[level.rawValue].append(candidate)
            }
        }
        let data = JSONValue.object(JSONObject([("system", system.factValue)]))
        for level in levels {
            var accepted: [(Guide, Procedure)] = []
            for (guide, p) in level {
                guard let applies = guide.appliesWhen else {
                    accepted.append((guide, p))
                    continue
                }
                do throws(LogicError) {
                    if Coercion.truthy(try applies.rule.evaluate(data)) { accepted.append((guide, p)) }
                } catch {
                    throw RuleFailure.error(error, in: p, guide: guide, field: "appliesWhen")
                }
            }
            if !accepted.isEmpty { return accepted }
        }
        return []
    }

    /// The procedure that owns a file path (to match warnings with what a command used).
    package func procedure(file: String) -> Procedure? { procedures.first { $0.file == file } }
}

extension SystemEntry {
    /// A system the user names that no registry lists, with the criticality the user vouches for.
    package static func unlisted(name: String, criticality: Int) -> SystemEntry {
        var entry = SystemEntry(
            offset: 0, id: name.lowercased(), name: name, aliases: [], organisation: nil, criticality: criticality,
            description: nil, source: "--criticality")
        entry.listed = false
        return entry
    }

    /// The value rules read as `system`.
    package var factValue: JSONValue {
        .object(
            JSONObject([
                ("id", .string(id)), ("name", .string(name)),
                ("criticality", criticality.map { .number(Double($0)) } ?? .null),
                ("organisation", organisation.map(JSONValue.string) ?? .null), ("listed", .bool(listed)),
            ]))
    }
}
