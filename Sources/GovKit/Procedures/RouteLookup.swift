/// How `show` names a procedure's routes: the `who-owns` command that prints each one in full.
enum RouteLookup {
    /// `govctl who-owns SYSTEM --task KEYWORD` for the route's first system and first look-up word; nil for a route
    /// without either.
    static func command(_ route: Route, in p: Procedure) -> String? {
        let id = route.systems.first ?? p.systems.first?.id
        guard let system = p.systems.first(where: { $0.id == id }), let keyword = route.keywords.first else {
            return nil
        }
        return "govctl who-owns \(quoted(system.name)) --task \(quoted(keyword))"
    }

    static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? word : "'\(word)'"
    }
}
