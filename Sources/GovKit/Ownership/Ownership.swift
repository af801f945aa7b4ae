/// Who-owns queries: the roles for a system, one role by any of its names, routes for a task, a person's roles.
package struct Ownership: Sendable {
    package let catalog: Catalog

    package init(_ catalog: Catalog) { self.catalog = catalog }

    /// A role and the procedure that defines it.
    package struct Entry: Sendable {
        package let role: Role
        package let procedure: Procedure
    }

    /// A route and the procedure that defines it.
    package struct RouteEntry: Sendable {
        package let route: Route
        package let procedure: Procedure
        /// The role the route names, if any.
        package let role: Role?
    }

    /// Every role for `system`: roles that name it, and roles of its own procedure that name no system.
    package func roles(for system: SystemEntry) -> [Entry] {
        catalog.procedures.flatMap { p in
            p.roles.filter { Self.systemIds(of: $0, in: p).contains(system.id) }.map { Entry(role: $0, procedure: p) }
        }
    }

    /// `roles(for:)` for every system at once: the roles by the id of each system they are for, in file order.
    package func rolesBySystem() -> [String: [Entry]] {
        var found: [String: [Entry]] = [:]
        for p in catalog.procedures {
            for role in p.roles {
                for id in Set(Self.systemIds(of: role, in: p)) {
                    found[id, default: []].append(Entry(role: role, procedure: p))
                }
            }
        }
        return found
    }

    /// The systems a role is for: those it names, or, when it names none, every system of its procedure.
    static func systemIds(of role: Role, in p: Procedure) -> [String] {
        role.systems.isEmpty ? p.systems.map(\.id) : role.systems
    }

    /// The role for `system` whose id, name in any language or alias matches `name` (`NameKey.fold`: case, spaces
    /// and '-' ignored). A name that finds two roles is an error naming both, never the first in file order.
    package func role(_ name: String, for system: SystemEntry) throws(GovError) -> Entry {
        let candidates = roles(for: system)
        let needle = Self.normalized(name)
        let found = candidates.filter { Self.lookupNames(of: $0.role).contains { $0.key == needle } }
        if found.count == 1 { return found[0] }
        guard found.isEmpty else {
            throw Catalog.ambiguous(
                "'\(name)' names \(found.count) roles for \(system.name)",
                found.map { "'\($0.role.id)' in \($0.procedure.file)" })
        }
        let known = candidates.map {
            $0.role.name.resolve($0.procedure.document.language, fallback: $0.procedure.document.language)
        }
        let all = candidates.flatMap { Self.names(of: $0.role) }
        var error = GovError.unknown("role for \(system.name)", name, among: known)
        if let suggestion = Suggestions.closest(to: name, among: all) {
            error = GovError(
                .notFound, error.message, hint: "did you mean '\(suggestion)'? roles: \(known.joined(separator: ", "))")
        }
        throw error
    }

    /// Routes for `system` whose keywords or title match `task` in any language.
    package func routes(for system: SystemEntry, task: String) -> [RouteEntry] {
        let needle = Self.normalized(task)
        return catalog.procedures.flatMap { p in
            p.routes.filter { route in
                let applies =
                    route.systems.contains(system.id)
                    || (route.systems.isEmpty && p.systems.contains { $0.id == system.id })
                let words = route.keywords + route.title.allValues
                return applies && words.contains { Self.matches($0, needle) }
            }.map { route in RouteEntry(route: route, procedure: p, role: Self.role(of: route, in: p)) }
        }
    }

    /// The role a route names, among its own procedure's roles: the one resolution `who-owns --task` and the site's
    /// procedure page share; nil for a route that names none.
    package static func role(of route: Route, in p: Procedure) -> Role? {
        route.role.flatMap { id in p.roles.first { $0.id == id } }
    }

    /// The duties of `system`'s roles whose text, in any language, has a word that matches `task` ("tilganger"
    /// finds the line managers' "Bestille tilganger"), each as an entry that names its role; a duty a matching route
    /// already carries (same role, same source) is left out.
    package func duties(for system: SystemEntry, task: String, besides routes: [RouteEntry]) -> [RouteEntry] {
        let needle = Self.normalized(task)
        guard !needle.isEmpty else { return [] }
        return roles(for: system).flatMap { entry in
            entry.role.duties.enumerated().compactMap { i, duty -> RouteEntry? in
                let words = duty.text.allValues.flatMap { $0.split { !$0.isLetter && !$0.isNumber } }
                guard words.contains(where: { Self.matches(String($0), needle) }) else { return nil }
                let covered = routes.contains {
                    $0.route.role == entry.role.id && $0.procedure === entry.procedure
                        && $0.route.source.contains(duty.source)
                }
                guard !covered else { return nil }
                let route = Route(
                    offset: entry.role.offset, id: "\(entry.role.id).duties.\(i + 1)", systems: entry.role.systems,
                    keywords: [], title: entry.role.name, role: entry.role.id, text: duty.text, contacts: [],
                    source: duty.source, interpretation: duty.interpretation)
                return RouteEntry(route: route, procedure: entry.procedure, role: entry.role)
            }
        }
    }

    /// Whether a keyword or a word of a text answers `needle` (both normalized): equal, or one begins the other
    /// (at least four letters), so "tilgang" finds "tilganger".
    static func matches(_ word: String, _ needle: String) -> Bool {
        let w = normalized(word)
        return w == needle || (needle.count >= 4 && (w.hasPrefix(needle) || needle.hasPrefix(w) && w.count >= 4))
    }

    /// Every keyword a task can be asked by, for the system (for "did you mean" and help).
    package func taskKeywords(for system: SystemEntry) -> [String] {
        catalog.procedures.flatMap { p in
            p.routes.filter {
                $0.systems.contains(system.id) || ($0.systems.isEmpty && p.systems.contains { $0.id == system.id })
            }
            .flatMap(\.keywords)
        }
    }

    /// Every role a person or unit holds, across all procedures: the name is part of a holder's name, in any case;
    /// a person also by the title the source gives them ("systemförvaltare"),
    /// a unit or forum also by the role's own names ("VGR IT" for the unit "Västra Götalandsregionen IT-avdelning").
    /// Where no role is held by the name but a document header or a text of the data names it (`mentions(of:)`,
    /// `textMentions(of:)`), no roles and no error.
    package func roles(heldBy person: String) throws(GovError) -> [(Entry, Holder)] {
        let needle = Self.normalized(person)
        let found = catalog.procedures.flatMap { p in
            p.roles.flatMap { role in
                role.holders.filter { holder in
                    Self.normalized(holder.name).contains(needle)
                        || (holder.title?.allValues.contains { Self.normalized($0) == needle } ?? false)
                        || (holder.kind != .person && Self.names(of: role).contains { Self.normalized($0) == needle })
                }.map { (Entry(role: role, procedure: p), $0) }
            }
        }
        if needle.isEmpty || (found.isEmpty && mentions(of: person).isEmpty && textMentions(of: person).isEmpty) {
            let names = Array(
                Set(catalog.procedures.flatMap { $0.roles.flatMap { $0.holders.map(\.name) } } + mentionedNames())
            ).sorted()
            let suggestion = Suggestions.closest(to: person, among: names)
            let uncarried = uncarriedMentions(of: person)
            throw GovError(
                .notFound, "no role is held by '\(person)'",
                hint: uncarried.isEmpty
                    ? suggestion.map { "did you mean '\($0)'?" }
                        ?? "names are matched in any case; part of a name is enough"
                    : "the source names it only where govctl does not carry it: " + uncarried.joined(separator: "; "))
        }
        return found
    }

    static func names(of role: Role) -> [String] { [role.id] + role.name.allValues + role.aliases }

    /// A name `role(_:for:)` finds a role by: what it is (`id`, `name` or `alias`), how it is written, and its
    /// folded text (`NameKey.fold`), which is what is compared.
    package struct LookupName: Sendable {
        package let kind: String
        package let spelling: String
        package let key: String
    }

    /// The names a role is found by (`names(of:)`), in that order.
    package static func lookupNames(of role: Role) -> [LookupName] {
        let names = role.name.allValues
        var out: [LookupName] = []
        out.reserveCapacity(1 + names.count + role.aliases.count)
        out.append(LookupName(kind: "id", spelling: role.id, key: NameKey.fold(role.id)))
        for name in names { out.append(LookupName(kind: "name", spelling: name, key: NameKey.fold(name))) }
        for alias in role.aliases { out.append(LookupName(kind: "alias", spelling: alias, key: NameKey.fold(alias))) }
        return out
    }

    /// `NameKey.fold`: the folding every look-up by name shares.
    static func normalized(_ s: String) -> String { NameKey.fold(s) }
}
