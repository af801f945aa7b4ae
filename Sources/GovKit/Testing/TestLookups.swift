/// The guides and systems that test cases name, found through dictionaries built once per run: `Catalog`'s own
/// lookups scan every procedure, so a run over 1,000 files with several tests each was quadratic (60 s).
///
/// The answers are the catalog's: the first procedure in the catalog's order that has the guide, or a system with
/// the name (compared as `Catalog.normalized` compares it). A name that is not found is passed to the catalog once,
/// for its error and suggestion, and that error is kept for the next test that names it.
final class TestLookups {
    private let catalog: Catalog
    private var guides: [String: (Guide, Procedure)] = [:]
    private var systems: [String: (SystemEntry, Procedure)] = [:]
    private var unknown: [String: GovError] = [:]

    init(_ catalog: Catalog) {
        self.catalog = catalog
        for procedure in catalog.procedures {
            for guide in procedure.guides where guides[guide.id] == nil { guides[guide.id] = (guide, procedure) }
            for system in procedure.systems {
                for name in [system.id, system.name] + system.aliases {
                    let key = catalog.normalized(name)
                    if systems[key] == nil { systems[key] = (system, procedure) }
                }
            }
        }
    }

    func guide(id: String) throws(GovError) -> (Guide, Procedure) {
        if let found = guides[id] { return found }
        return try remembered("guide " + id) { () throws(GovError) in try catalog.guide(id: id) }
    }

    func system(named name: String) throws(GovError) -> (SystemEntry, Procedure) {
        if let found = systems[catalog.normalized(name)] { return found }
        return try remembered("system " + name) { () throws(GovError) in try catalog.system(named: name) }
    }

    /// The catalog's answer for a name the dictionaries lack (its error, normally), asked for once per name.
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
