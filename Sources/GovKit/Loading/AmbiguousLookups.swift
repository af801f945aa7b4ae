extension CrossReferenceChecker {
    /// The systems the checks below ask the look-ups about: every system that decoded, but not those whose id is
    /// declared twice (`duplicate-id`, which no look-up gets past).
    func uniqueSystems() -> [SystemEntry] {
        let all = catalog.procedures.flatMap(\.systems)
        var count: [String: Int] = [:]
        for system in all { count[system.id, default: 0] += 1 }
        return all.filter { count[$0.id] == 1 }
    }

    /// A role name a user types for a system (`who-owns SYSTEM --role NAME`) finds one role, whatever the order the
    /// files are read in: among the roles for one system (`Ownership.rolesBySystem`, the roles `role(_:for:)`
    /// chooses among), no id, name or alias of one role may fold (`NameKey.fold`) to the same text as one of
    /// another's. Reported once for each two roles, where the later one is written, naming the earlier one and the
    /// systems they are both for. Two roles with one id in one file are left to `checkLocalIds` (`duplicate-id`).
    mutating func checkRoleNames() {
        struct Collision {
            let first: Ownership.Entry
            let firstName: Ownership.LookupName
            let second: Ownership.Entry
            let secondName: Ownership.LookupName
            var systems: [SystemEntry]
        }
        let bySystem = Ownership(catalog).rolesBySystem()
        var collisions: [Collision] = []
        var found: [String: Int] = [:]
        // Each role's names are folded and keyed once, not once for each of its systems, and a role's own names
        // that fold alike (`Systemeier` in Norwegian and `system-eier` as an alias) are kept once, the first.
        // Keyed by a string: in the static build, the first dictionary keyed by a type of its own looks the type's
        // Hashable conformance up among all of them (about 0.3 M instructions, 1 % of a command).
        var namesOf: [String: [(key: Name, name: Ownership.LookupName)]] = [:]
        func names(of entry: Ownership.Entry) -> [(key: Name, name: Ownership.LookupName)] {
            let roleKey = "\(entry.procedure.file)#\(entry.role.offset)"
            if let names = namesOf[roleKey] { return names }
            var names: [(key: Name, name: Ownership.LookupName)] = []
            for name in Ownership.lookupNames(of: entry.role) where !name.key.isEmpty {
                let key = Name(name.key)
                if !names.contains(where: { $0.key == key }) { names.append((key, name)) }
            }
            namesOf[roleKey] = names
            return names
        }
        for system in uniqueSystems() {
            guard let entries = bySystem[system.id], entries.count > 1 else { continue }
            // Keyed by the folded names' bytes (`Name`): they are folded already, and hashing a `String` beyond
            // ASCII normalises it again.
            var claims: [Name: (Ownership.Entry, Ownership.LookupName)] = [:]
            for entry in entries {
                for (key, name) in names(of: entry) {
                    guard let (first, firstName) = claims[key] else {
                        claims[key] = (entry, name)
                        continue
                    }
                    if first.procedure === entry.procedure && first.role.id == entry.role.id { continue }
                    let pair =
                        "\(first.procedure.file)#\(first.role.offset)|\(entry.procedure.file)#\(entry.role.offset)"
                    if let i = found[pair] {
                        if !collisions[i].systems.contains(where: { $0.id == system.id }) {
                            collisions[i].systems.append(system)
                        }
                        continue
                    }
                    found[pair] = collisions.count
                    collisions.append(
                        Collision(
                            first: first, firstName: firstName, second: entry, secondName: name, systems: [system]))
                }
            }
        }
        for c in collisions {
            let other = location(c.first.procedure.file, c.first.role.offset)
            let alike =
                c.firstName.spelling == c.secondName.spelling ? "" : " once \(NameKey.ignoredInWords) are ignored"
            let systems = c.systems.map { "'\($0.id)' (\($0.name))" }.joined(separator: ", ")
            let forWhat = c.systems.count == 1 ? "system \(systems)" : "systems \(systems)"
            report(
                .nameCollision, c.second.procedure.file, c.second.role.offset,
                "\(c.secondName.kind) '\(c.secondName.spelling)' of role '\(c.second.role.id)' is the same as "
                    + "\(c.firstName.kind) '\(c.firstName.spelling)' of role '\(c.first.role.id)' (\(other))\(alike), "
                    + "and both are roles for \(forWhat), so who-owns \(c.systems[0].name) --role '\(c.secondName.spelling)' "
                    + "could find either",
                hint: "rename or remove one of the names, or list under \"systems\" only the systems each role is for "
                    + "(a role without \"systems\" is for every system of its file); a role's id, names and aliases "
                    + "must find one role among the roles for each of its systems")
        }
    }

    /// A command that looks a guide up by its purpose for a system (`report-urgent`, `reserve-status`, `budget
    /// --adaptation`) finds one: for each declared system and purpose, the guides `Catalog.preferredGuides` chooses
    /// among (their `appliesWhen` run for that system, as the command runs them) must be one at most. Reported once
    /// for each set of guides at one precedence level, at the last of them, naming the others and the systems.
    /// A system for which a rule throws is left to the command, which says where.
    mutating func checkGuidePurposes() {
        struct Ambiguity {
            let guides: [(Guide, Procedure)]
            let level: Catalog.GuideLevel
            var systems: [SystemEntry]
        }
        let unique = Set(uniqueSystems().map(\.id))
        var ambiguities: [Ambiguity] = []
        var found: [String: Int] = [:]
        for purpose in GuidePurpose.allCases.map(\.rawValue) {
            let all = catalog.procedures.flatMap { p in p.guides.filter { $0.purpose == purpose }.map { ($0, p) } }
            guard all.count > 1 else { continue }
            // Only the guides that name a system or name none can apply to it (`GuideLevel`): indexed, not searched.
            var naming: [String: [Int]] = [:]
            var namingNoneIn: [ObjectIdentifier: [Int]] = [:]
            var namingNone: [Int] = []
            for (i, (guide, p)) in all.enumerated() {
                if guide.systems.isEmpty {
                    namingNone.append(i)
                    namingNoneIn[ObjectIdentifier(p), default: []].append(i)
                } else {
                    for id in Set(guide.systems) { naming[id, default: []].append(i) }
                }
            }
            for p in catalog.procedures {
                for system in p.systems where unique.contains(system.id) {
                    let named = naming[system.id] ?? []
                    // Every level but the last (other files' guides that name no system) is among `named` and the
                    // file's own guides that name none; the last is asked for only when those give no guide, as
                    // `preferredGuides` asks the levels in order. A rule that throws is left to the command.
                    let nearer = named + (namingNoneIn[ObjectIdentifier(p)] ?? [])
                    guard var chosen = try? Catalog.preferredGuides(nearer.sorted().map { all[$0] }, for: system)
                    else { continue }
                    if chosen.isEmpty && named.count + namingNone.count > 1 {
                        let candidates = (named + namingNone).sorted().map { all[$0] }
                        chosen = (try? Catalog.preferredGuides(candidates, for: system)) ?? []
                    }
                    guard chosen.count > 1, let level = Catalog.GuideLevel(chosen[0].0, in: chosen[0].1, for: system)
                    else { continue }
                    let key = "\(level.rawValue)|" + chosen.map { "\($0.1.file)#\($0.0.offset)" }.joined(separator: "|")
                    if let i = found[key] {
                        ambiguities[i].systems.append(system)
                        continue
                    }
                    found[key] = ambiguities.count
                    ambiguities.append(Ambiguity(guides: chosen, level: level, systems: [system]))
                }
            }
        }
        for a in ambiguities { reportAmbiguity(a.guides, a.level, a.systems) }
    }

    private mutating func reportAmbiguity(
        _ guides: [(Guide, Procedure)], _ level: Catalog.GuideLevel,
        _ systems: [SystemEntry]
    ) {
        guard let (last, procedure) = guides.last, let purpose = last.purpose else { return }
        var others: [String] = []
        for (guide, p) in guides.dropLast() { others.append("'\(guide.id)' (\(location(p.file, guide.offset)))") }
        let names = systems.map { "'\($0.id)' (\($0.name))" }.joined(separator: ", ")
        let precedence =
            switch level {
            case .ownNamingIt: "in the procedure that declares the system, naming it"
            case .ownNamingNone: "in the procedure that declares the system, naming no system"
            case .otherNamingIt: "in files other than the one that declares the system, naming it"
            case .otherNamingNone: "in files other than the one that declares the system, naming no system"
            }
        let list = ["'\(last.id)'"] + others
        let listed = list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "")
        let which = systems.count == 1 ? "system \(names)" : "systems \(names)"
        let each = guides.count == 2 ? "both" : "all \(guides.count)"
        report(
            .ambiguousGuide, procedure.file, last.offset,
            "guides \(listed) \(each) have purpose '\(purpose)' and apply to "
                + "\(which) at the same precedence (\(precedence)), so a '\(purpose)' look-up for \(systems[0].name) stops with an error rather than choose one",
            hint: "make one of them apply: remove one, give one \"systems\" or an \"appliesWhen\" that leaves the "
                + "system out, or keep the guide the system should get in the procedure that declares the system "
                + "(it comes first)")
    }
}
