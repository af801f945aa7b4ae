/// `who-owns`: the three questions it answers, and their answers.
extension Ownership {
    package enum Question: Sendable {
        /// Every role a person or unit holds.
        case person(String)
        /// A system's roles (or one of them, by name), or who to go to for a task.
        case system(String, role: String? = nil, task: String? = nil)
    }

    package enum Answer: Sendable {
        /// The roles a person or unit holds, the document headers that name them, and (where no role is held by
        /// the name) the texts of the data that name it.
        case person(String, [(Entry, Holder)], [DocumentMention], [TextMention])
        /// `registry` is the procedure that lists the system.
        case roles(SystemEntry, registry: Procedure, [Entry])
        case routes(SystemEntry, registry: Procedure, task: String, [RouteEntry])

        /// The procedure listing the system asked about, for warnings about its document.
        package var registry: Procedure? {
            switch self {
            case .person: return nil
            case .roles(_, let registry, _), .routes(_, let registry, _, _): return registry
            }
        }
    }

    /// Throws `notFound` for an unknown system, role or person, and for a task the sources give no route for.
    package func answer(_ question: Question) throws(GovError) -> Answer {
        switch question {
        case .person(let person):
            let found = try roles(heldBy: person)
            return .person(person, found, mentions(of: person), found.isEmpty ? textMentions(of: person) : [])
        case .system(let name, let role, let task):
            let (system, registry) = try catalog.system(named: name)
            if let task {
                let matched = routes(for: system, task: task)
                let found = matched + duties(for: system, task: task, besides: matched)
                guard !found.isEmpty else {
                    let keywords = taskKeywords(for: system)
                    let suggestion = Suggestions.closest(to: task, among: keywords)
                    throw GovError(
                        .notFound, "the sources name no route for '\(task)' for \(system.name)",
                        hint: (suggestion.map { "did you mean '\($0)'? " } ?? "")
                            + "tasks: \(keywords.joined(separator: ", "))")
                }
                return .routes(system, registry: registry, task: task, found)
            }
            if let role { return .roles(system, registry: registry, [try self.role(role, for: system)]) }
            return .roles(system, registry: registry, roles(for: system))
        }
    }
}
