extension CrossReferenceChecker {
    /// A test that runs a guide for a system the guide does not apply to (`guide-not-for-system`): the command
    /// refuses that pair (`GuideQuery.check`), since it would print one system's steps, phone numbers and menu paths
    /// under another's name. The system may be declared in any file, so this is a check across files. A system name
    /// that finds no system, or two, is left to the test run, which reports the look-up's own error.
    mutating func checkTestSystems() {
        guard catalog.procedures.contains(where: { $0.tests.contains { $0.system != nil } }) else { return }
        let lookups = TestLookups(catalog)
        for procedure in catalog.procedures {
            for test in procedure.tests {
                guard let name = test.system, let guide = procedure.guides.first(where: { $0.id == test.guide }),
                    let system = try? lookups.system(named: name).0,
                    // A rule that fails is the rule checks' and the test run's to report.
                    let applies = try? GuideQuery.applies(guide, to: system), !applies
                else { continue }
                let named = guide.systems.isEmpty ? "" : " (it names \(guide.systems.joined(separator: ", ")))"
                report(
                    .guideNotForSystem, procedure.file, test.systemOffset ?? test.offset,
                    "test '\(test.name)' runs guide '\(guide.id)' for \(system.name), which the guide does not apply "
                        + "to\(named)",
                    hint: "give the test a system the guide is for, or leave 'system' out; 'govctl guide "
                        + "\(guide.id) --system \(name)' is refused")
            }
        }
    }
}
