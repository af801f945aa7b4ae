/// The names one system is found by (its id, name and aliases), and where each is written.
struct SystemNames: Sendable {
    struct Name: Sendable {
        /// `id`, `name` or `alias`, for messages.
        let kind: String
        let spelling: String
        let offset: Int?
    }

    let id: String
    let names: [Name]

    init(_ system: SystemEntry) {
        id = system.id
        let kinds = ["id", "name"] + Array(repeating: "alias", count: system.aliases.count)
        let offsets = system.lookupNameOffsets
        let all = zip(kinds, system.lookupNames).enumerated().map { i, pair in
            Name(kind: pair.0, spelling: pair.1, offset: i < offsets.count ? offsets[i] : nil)
        }
        // The name first, then the aliases, then the id: a message names what people see before the id.
        names = Array(all.dropFirst()) + all.prefix(1)
    }
}

extension CrossReferenceChecker {
    /// A name a user types finds one system, whatever the order the files are read in: no id, name or alias of one
    /// system may fold (`NameKey.fold`) to the same text as an id, name or alias of another, in any file. Each
    /// collision is reported where the later name is written and names the earlier one. Two systems with the same id
    /// are left to `checkUniqueIds` (`duplicate-id`).
    mutating func checkUniqueNames() {
        struct Claim {
            let file: String
            let system: String
            let name: SystemNames.Name
        }
        var claims: [String: Claim] = [:]
        for p in procedures {
            for system in p.systemNames {
                var keys: Set<String> = []
                for name in system.names {
                    // A system's own names may fold alike (`Sesam LMN` and `sesam-lmn`); each is checked once.
                    let key = NameKey.fold(name.spelling)
                    guard !key.isEmpty, keys.insert(key).inserted else { continue }
                    guard let first = claims[key] else {
                        claims[key] = Claim(file: p.file, system: system.id, name: name)
                        continue
                    }
                    guard first.system != system.id else { continue }
                    let alike =
                        first.name.spelling == name.spelling ? "" : " once \(NameKey.ignoredInWords) are ignored"
                    let other = location(first.file, first.name.offset)
                    report(
                        .nameCollision, p.file, name.offset,
                        "\(name.kind) '\(name.spelling)' of system '\(system.id)' is the same as \(first.name.kind) "
                            + "'\(first.name.spelling)' of system '\(first.system)' (\(other))\(alike), so "
                            + "'\(name.spelling)' could find either",
                        hint: "rename or remove one of them; system ids, names and aliases must each find one system "
                            + "across all procedure files")
                }
            }
        }
    }
}
