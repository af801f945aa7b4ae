import Foundation

/// How a guide's result reads as a monitoring check, all by names of the guide's facts and derived values.
package struct Monitor: Sendable {
    package enum Level: String, Sendable, CaseIterable { case ok, warning, critical }
    /// The derived value whose result is the state (e.g. "no-outage").
    package let state: String
    /// Each state's monitoring level; a state not listed is "unknown".
    package let levels: [String: Level]
    /// The time fact the clock runs from.
    package let since: String
    /// The fact holding the minutes after `since` when the next level starts.
    package let deadlineMinutes: String?
    /// A derived boolean saying whether the deadline applies (e.g. only in one scenario).
    package let deadlineApplies: String?
    /// How to say each state to a person.
    package let labels: [String: LocalizedText]
    /// How to say the deadline, followed by its clock time (e.g. "the reserve routine activates without a prognosis at").
    package let deadlineLabel: LocalizedText?
    package let source: String
    /// The boolean fact a prognosis in the outage log sets.
    package var prognosis: String? = nil
    /// The time fact the prognosis's time (its ETA) goes into.
    package var prognosisEta: String? = nil
    /// Failed probes in a row after which `outage watch` opens an outage.
    package var probeFailures: Int? = nil
    /// How long a system must stay up before its outage is over (an episode: a new start within it continues the
    /// same outage, and the clock runs from the episode's first start). govctl's reading, so it carries one.
    package var recovery: Recovery? = nil
    /// How to say that an outage has ended (the notification when it is over).
    package var endedLabel: LocalizedText? = nil
    /// govctl's readings, not the source's: derived value id → what govctl reads into the source.
    package var interpretations: [(id: String, text: LocalizedText)] = []
    /// Byte offsets in the file of the block, its `levels` and its `labels` (when given), for messages.
    package var offset = 0
    package var levelsOffset: Int? = nil
    package var labelsOffset: Int? = nil
    /// The states `levels` and `labels` name, those with a bad level or text included; `nil` when the block is not
    /// an object (reported as such, so that its states are not also reported as uncovered).
    package var levelKeys: [String]? = nil
    package var labelKeys: [String]? = []

    /// The recovery period: whole minutes and the reading that puts it there (the sources name none).
    package struct Recovery: Sendable {
        package let minutes: Int
        package let interpretation: LocalizedText
        /// The longest recovery period a procedure may give (a day).
        package static let maxMinutes = 1440
    }

    /// The recovery period in seconds (0 without one: an outage ends when it is ended).
    package var recoverySeconds: TimeInterval { TimeInterval((recovery?.minutes ?? 0) * 60) }
}
