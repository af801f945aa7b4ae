/// Lookups over every loaded procedure: systems by name or alias, guides, procedures.
package struct Catalog: Sendable {
    package let procedures: [Procedure]

    package init(_ procedures: [Procedure]) { self.procedures = procedures }

    /// A system found by id, name or alias, case-insensitively; with the procedure that registers it.
    package func system(named name: String) throws(GovError) -> (SystemEntry, Procedure) {
        let needle = normalized(name)
        for procedure in procedures {
            for system in procedure.systems {
                let names = [system.id, system.name] + system.aliases
                if names.contains(where: { normalized($0) == needle }) { return (system, procedure) }
            }
        }
        throw GovError.unknown("system", name, among: procedures.flatMap(\.systems).map(\.name).sorted())
    }

    /// Case, spaces, '-' and '_' do not matter: "sesam-lmn" finds "Sesam LMN".
    func normalized(_ s: String) -> String {
        String(s.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
    }

    package func procedure(id: String) throws(GovError) -> Procedure {
        if let p = procedures.first(where: { $0.id == id }) { return p }
        if let p = procedures.first(where: { $0.document.documentId?.lowercased() == id.lowercased() }) { return p }
        throw GovError.unknown("procedure", id, among: procedures.map(\.id))
    }

    package func guide(id: String) throws(GovError) -> (Guide, Procedure) {
        for p in procedures { if let g = p.guides.first(where: { $0.id == id }) { return (g, p) } }
        throw GovError.unknown("guide", id, among: procedures.flatMap(\.guides).map(\.id))
    }

    /// Guides with a purpose (e.g. `report-urgent`) whose `appliesWhen` accepts the system, in file order.
    package func guides(purpose: String, for system: JSONValue) -> [(Guide, Procedure)] {
        procedures.flatMap { p in p.guides.filter { $0.purpose == purpose }.map { ($0, p) } }.filter { guide, _ in
            guard let applies = guide.appliesWhen else { return true }
            let data = JSONValue.object(JSONObject([("system", system)]))
            return (try? applies.rule.evaluate(data)).map(Coercion.truthy) ?? false
        }
    }

    /// The first guide with `purpose` for `system`: its `appliesWhen` accepts the system, and it names the system
    /// or no system at all.
    package func guide(purpose: String, for system: SystemEntry) -> (Guide, Procedure)? {
        guides(purpose: purpose, for: system.factValue).first {
            $0.0.systems.isEmpty || $0.0.systems.contains(system.id)
        }
    }

    /// The procedure that owns a file path (to match warnings with what a command used).
    package func procedure(file: String) -> Procedure? { procedures.first { $0.file == file } }
}

extension SystemEntry {
    /// A system the user names that no registry lists, with the criticality the user vouches for.
    package static func unlisted(name: String, criticality: Int) -> SystemEntry {
        SystemEntry(
            offset: 0, id: name.lowercased(), name: name, aliases: [], organisation: nil, criticality: criticality,
            description: nil, source: "--criticality")
    }

    /// The value rules read as `system`.
    package var factValue: JSONValue {
        .object(
            JSONObject([
                ("id", .string(id)), ("name", .string(name)),
                ("criticality", criticality.map { .number(Double($0)) } ?? .null),
                ("organisation", organisation.map(JSONValue.string) ?? .null),
            ]))
    }
}
