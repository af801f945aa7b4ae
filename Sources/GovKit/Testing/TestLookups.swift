/// The guides and systems that test cases name, found through dictionaries built once per run: `Catalog`'s own
/// lookups scan every procedure, so a run over 1,000 files with several tests each was quadratic (60 s).
///
/// The answers are the catalog's: a guide id or a folded name (`NameKey.fold`) that finds exactly one guide or
/// system is answered from the dictionaries; anything else (not found, or found twice, which the catalog refuses as
/// ambiguous) is passed to the catalog once, for its error, and that error is kept for the next test that names it.
final class TestLookups {
    let catalog: Catalog
    /// The one guide with an id; `nil` for an id two procedures use.
    private var guides: [String: (Guide, Procedure)?] = [:]
    /// The one system a folded name finds; `nil` for a name that finds two.
    private var systems: [String: (entry: SystemEntry, procedure: Procedure, key: SystemKey)?] = [:]
    private var unknown: [String: GovError] = [:]

    /// Which system: the procedure's place in the catalog and the system's in the procedure.
    private struct SystemKey: Equatable {
        let procedure: Int
        let system: Int
    }

    init(_ catalog: Catalog) {
        self.catalog = catalog
        for (p, procedure) in catalog.procedures.enumerated() {
            for guide in procedure.guides {
                guides[guide.id] = guides[guide.id] == nil ? (guide, procedure) : .some(nil)
            }
            for (s, system) in procedure.systems.enumerated() {
                let key = SystemKey(procedure: p, system: s)
                for name in system.lookupNames {
                    let folded = NameKey.fold(name)
                    guard !folded.isEmpty else { continue }
                    switch systems[folded] {
                    case nil: systems[folded] = (system, procedure, key)
                    case let found??: if found.key != key { systems[folded] = .some(nil) }
                    case .some(nil): break
                    }
                }
            }
        }
    }

    func guide(id: String) throws(GovError) -> (Guide, Procedure) {
        if let found = guides[id] ?? nil { return found }
        return try remembered("guide " + id) { () throws(GovError) in try catalog.guide(id: id) }
    }

    func system(named name: String) throws(GovError) -> (SystemEntry, Procedure) {
        if let found = systems[NameKey.fold(name)] ?? nil { return (found.entry, found.procedure) }
        return try remembered("system " + name) { () throws(GovError) in try catalog.system(named: name) }
    }

    /// The catalog's answer for a name the dictionaries do not answer (its error, normally), asked for once per name.
    private func remembered<T>(_ key: String, _ ask: () throws(GovError) -> T) throws(GovError) -> T {
        if let error = unknown[key] { throw error }
        do throws(GovError) {
            return try ask()
        } catch {
            unknown[key] = error
            throw error
        }
    }
}
