/// Whether a `report-urgent` guide's answer is an urgent case at all. A `report-urgent` guide may derive a value
/// with id `urgent` (docs/procedure-format.md); when the facts make it `false`, there is no urgent case to write: the
/// answer keeps the steps that apply (what the source says instead) and drops the case texts.
package enum UrgentCaseGate {
    /// The derived value that decides it.
    package static let derivedValue = "urgent"

    /// True when the guide is for `report-urgent` and its `urgent` value is `false` for the facts given.
    package static func isNotUrgent(_ r: GuideResult) -> Bool {
        r.guide.purpose == GuidePurpose.reportUrgent.rawValue
            && r.derived.contains { $0.0.id == derivedValue && $0.1 == .bool(false) }
    }

    /// The answer without its case texts and missing facts when it is not an urgent case; else as it is.
    package static func apply(_ r: GuideResult) -> GuideResult {
        guard isNotUrgent(r) else { return r }
        return GuideResult(
            procedure: r.procedure, guide: r.guide, system: r.system, language: r.language, clock: r.clock, now: r.now,
            data: r.data,
            derived: r.derived, steps: r.steps, texts: [], missing: [], times: r.times, flagFacts: r.flagFacts)
    }

    /// The steps' texts that apply, for saying what the source says instead of an urgent case.
    package static func instead(_ r: GuideResult) -> [String] { r.steps.map(\.text.marked) }
}
