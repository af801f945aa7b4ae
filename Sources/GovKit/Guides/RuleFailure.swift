/// The error a command reports when a guide's rule throws while it runs: the procedure file, the rule's place in
/// it (`guides[1].steps[2].when`), what it threw and where in the rule, and what the rule is for.
package enum RuleFailure {
    /// `procedures/x.json: guides[1].steps[2].when: the rule threw 'NaN' at /+/0 (step 'notify' of guide 'g')`.
    /// `field` is the rule's path within the guide; `what` names the entry it belongs to, if not the guide itself.
    package static func error(
        _ error: LogicError, in procedure: Procedure, guide: Guide, field: String, what: String? = nil
    ) -> GovError {
        let inRule = error.rulePath.isEmpty ? "" : " at /\(error.rulePath.map(\.description).joined(separator: "/"))"
        let entry = (what.map { "\($0) of " } ?? "") + "guide '\(guide.id)'"
        return GovError(
            .dataError,
            "\(procedure.file): \(path(of: guide, in: procedure)).\(field): the rule threw '\(error.type)'\(inRule)"
                + (error.detail.map { ": \($0)" } ?? "") + " (\(entry))",
            hint: "correct the rule in the file, or check the facts given; 'govctl test' runs the file's test cases")
    }

    /// `guides[N]`: the guide's place among its procedure's guides (ids are unique within a file).
    static func path(of guide: Guide, in procedure: Procedure) -> String {
        procedure.guides.firstIndex { $0.id == guide.id }.map { "guides[\($0)]" } ?? "guide '\(guide.id)'"
    }
}
