/// The govctl commands that look a guide up by its `purpose`: the one list of purposes a file may name
/// (`govctl validate` rejects any other, since no command would ever find that guide).
package enum GuidePurpose: String, CaseIterable, Sendable {
    /// `govctl report-urgent`: who to call and the case text for an urgent case.
    case reportUrgent = "report-urgent"
    /// `govctl reserve-status` and `govctl outage`: where an outage stands against the reserve routine.
    case reserveStatus = "reserve-status"
    /// `govctl budget --adaptation`: who pays for an adaptation.
    case budgetAdaptation = "budget-adaptation"

    /// The command line that uses the guide, as a reader would type it.
    package var command: String {
        switch self {
        case .reportUrgent: return "govctl report-urgent"
        case .reserveStatus: return "govctl reserve-status"
        case .budgetAdaptation: return "govctl budget --adaptation"
        }
    }
}

extension GuideDecoder {
    /// A guide's `purpose`, which must be one of `GuidePurpose`; an unknown one is reported with the closest.
    static func purpose(_ r: inout ObjectReader, sink: DiagnosticSink) -> String? {
        guard let purpose = r.string("purpose") else { return nil }
        if GuidePurpose(rawValue: purpose) == nil {
            let known = GuidePurpose.allCases.map(\.rawValue)
            sink.error(
                .unknownPurpose, at: r.node("purpose")?.offset,
                "unknown purpose '\(purpose)': no govctl command uses a guide for it",
                hint: (Suggestions.closest(to: purpose, among: known).map { "did you mean '\($0)'? " } ?? "")
                    + "purposes: \(known.joined(separator: ", ")); leave \"purpose\" out for a guide run only by "
                    + "'govctl guide'")
        }
        return purpose
    }
}
