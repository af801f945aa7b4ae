extension ProcedureChecker {
    /// Every state the monitor's `state` rule can give has a level and a label: a state without a level is
    /// UNKNOWN to monitoring (exactly when it matters, if it is the state the reserve routine activates in), and
    /// one without a label is shown to people by its id. A value that is not a text (null from an `if` without a
    /// last branch, true, a number) is no state at all.
    mutating func checkMonitorStates(_ m: Monitor, _ guide: Guide) {
        guard let index = guide.derived.firstIndex(where: { $0.id == m.state }) else { return }
        let outputs = RuleOutputs.of(derived: index, in: guide)
        let levels = m.levels.keys.sorted()
        for state in outputs.texts where !(m.levelKeys?.contains(state) ?? true) {
            let typo = Suggestions.closest(to: state, among: levels.filter { !outputs.texts.contains($0) })
            report(
                .uncoveredState, m.levelsOffset ?? m.offset,
                "state '\(state)', which the rule of '\(m.state)' can give, has no level in 'monitor.levels': "
                    + "monitoring would say UNKNOWN in that state",
                hint: typo.map { "'\($0)' in \"levels\" looks like a typo for '\(state)'" }
                    ?? "add \"\(state)\": \"ok\", \"warning\" or \"critical\" to \"levels\"")
        }
        for state in outputs.texts where !(m.labelKeys?.contains(state) ?? true) {
            let typo = Suggestions.closest(
                to: state, among: m.labels.keys.sorted().filter { !outputs.texts.contains($0) })
            report(
                .uncoveredState, m.labelsOffset ?? m.offset,
                "state '\(state)', which the rule of '\(m.state)' can give, has no label in 'monitor.labels': "
                    + "people would see '\(state)'",
                hint: typo.map { "'\($0)' in \"labels\" looks like a typo for '\(state)'" }
                    ?? "add \"\(state)\": { \"\(procedure.document.language.rawValue)\": \"…\", \"en\": \"…\" } "
                    + "to \"labels\"")
        }
        let derived = guide.derived[index]
        for value in outputs.others {
            let written = JSONWriter.compact(value)
            report(
                .uncoveredState, derived.logic.offset,
                "the rule of '\(m.state)' can give \(written), which is not a state: monitoring would say UNKNOWN",
                hint: value == .null
                    ? "give every case a state: end each \"if\" with the state for the remaining cases, and give a "
                        + "choice fact read here a \"default\""
                    : "give the state's name as text, e.g. \"\(outputs.texts.first ?? "outage")\"")
        }
    }
}
