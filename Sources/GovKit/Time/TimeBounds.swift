import Foundation

/// The ranges times and durations are read in, so that no date or number from a procedure, the command line or the
/// outage log reaches an integer conversion that could trap.
package enum TimeBounds {
    /// Years a time may be written with: four digits, and far enough either way for any procedure's dates.
    package static let years = 1900...2200
    /// The largest offset from UTC a time may be written with (ISO 8601 and the IANA zones stop at ±14:00).
    package static let maxOffsetMinutes = 14 * 60
    /// Ten years of minutes: the longest deadline a monitor may give. Procedures should be refused with a longer one.
    package static let maxDeadlineMinutes = 10 * 366 * 24 * 60

    /// A monitor's deadline in whole minutes, or `nil` when it is not a number of minutes in
    /// `0...maxDeadlineMinutes` (no deadline is shown rather than a wrong one, and nothing traps). `-0` is negative
    /// too: written with a sign, it is not a deadline of 0 minutes (which would be CRITICAL at once) but a mistake.
    package static func deadlineMinutes(_ minutes: Double) -> Int? {
        guard minutes.isFinite, minutes.sign == .plus, minutes <= Double(maxDeadlineMinutes) else { return nil }
        return Int(minutes.rounded(.down))
    }

    /// Whole seconds of an interval (toward zero), clamped to ±1000 years so that it always fits an `Int`.
    package static func wholeSeconds(_ interval: TimeInterval) -> Int {
        let limit = 1000 * 366 * 86_400.0
        guard !interval.isNaN else { return 0 }
        return Int(Swift.min(limit, Swift.max(-limit, interval.rounded(.towardZero))))
    }

    /// Whole minutes of an interval (rounded down, as `elapsedMinutes` counts), clamped like `wholeSeconds`.
    package static func wholeMinutes(_ interval: TimeInterval) -> Int {
        let limit = 1000 * 366 * 1440.0
        guard !interval.isNaN else { return 0 }
        return Int(Swift.min(limit, Swift.max(-limit, (interval / 60).rounded(.down))))
    }
}
