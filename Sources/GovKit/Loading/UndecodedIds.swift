/// The ids of entries that a file declares but that did not decode (an empty name, a bad value, …), by the key of
/// the list they are in (`roles`, `systems`, `facts`, `derived`, `guides`, `steps`). Their problems are reported
/// where they are; a reference to such an id is not then reported as unknown as well ("declare the role" for a role
/// that is declared, but whose name is empty).
struct UndecodedIds: Sendable {
    private var ids: [String: Set<String>] = [:]

    mutating func insert(_ list: String, _ id: String) {
        ids[list, default: []].insert(id)
    }

    /// Whether an entry of `list` with this id is declared but did not decode.
    func contains(_ list: String, _ id: String) -> Bool {
        ids[list]?.contains(id) ?? false
    }

    /// The ids of `list` that did not decode.
    subscript(_ list: String) -> Set<String> { ids[list] ?? [] }
}

extension ProcedureChecker {
    /// "did you mean …", else, when a role's id is empty, that it may be that role, else "declare the role".
    func unknownRoleHint(_ role: String, among roleIds: [String]) -> String {
        if let closest = Suggestions.closest(to: role, among: roleIds) { return "did you mean '\(closest)'?" }
        if undecoded.contains("roles", "") { return "a role's \"id\" is empty: if it is that role, write its id" }
        return "declare the role under \"roles\""
    }
}
