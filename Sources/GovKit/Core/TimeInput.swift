import Foundation

/// A point in time given to a query: an instant, or text as a person typed it (`HumanTime`: ISO 8601, `02:40`,
/// `i går 23:10`, `-2h`, …) that is read once, in the procedure's zone, when the query knows that zone.
package enum TimeInput: Sendable {
    case instant(Date)
    /// The text, the error to report when it is not a time (the command knows how its option is spelled), the clock
    /// a relative time counts from (`nil`: the current instant), and which occurrence a clock time without a day
    /// means.
    case text(String, otherwise: GovError, now: Clock? = nil, direction: HumanTime.Direction = .past)

    /// The instant, reading text with `clock`.
    package func date(in clock: LocalClock) throws(GovError) -> Date {
        switch self {
        case .instant(let date): return date
        case .text(let text, let otherwise, let now, let direction):
            let present = now?.instant(in: clock) ?? Date()
            do throws(HumanTime.Problem) {
                return try HumanTime.read(text, now: present, clock: clock, direction: direction)
            } catch {
                guard let (reason, hint) = Self.explain(error) else { throw otherwise }
                let refused = GovError(otherwise.kind, "\(otherwise.message): \(reason)", hint: hint)
                throw otherwise.exitCode.map(refused.withExit) ?? refused
            }
        }
    }

    /// Why a time was refused beyond "not a time", and how to fix it.
    private static func explain(_ problem: HumanTime.Problem) -> (String, String)? {
        let bounds = TimeBounds.years
        switch problem {
        case .notATime: return nil
        case .yearOutOfRange(let year):
            return (
                "the year \(year) is outside \(bounds.lowerBound)–\(bounds.upperBound)",
                "give a time between the years \(bounds.lowerBound) and \(bounds.upperBound)"
            )
        case .skipped(let when):
            return (
                "\(when) did not exist there: the clocks skipped that hour",
                "give a time before or after the skipped hour, or with an offset, e.g. 2026-03-29T02:30+01:00"
            )
        }
    }

    /// The forms a time may take, for hints.
    package static let forms = "e.g. 02:40, kl. 2.40, i går 23:10, for 2 timer siden, -2h or 2026-10-25T04:15"

    /// Why `text` is not a time a command takes (`nil` when it is one): for a command line checked before
    /// the procedure's zone is known. The reason reads after the option, e.g. "is not a time". A procedure file's
    /// times (`isoOnly`) are ISO 8601 alone: they must not depend on the day they are read.
    package static func syntaxProblem(_ text: String, isoOnly: Bool = false) -> (reason: String, hint: String)? {
        guard let problem = isoOnly ? HumanTime.isoProblem(text) : HumanTime.problem(text) else { return nil }
        guard let (reason, hint) = explain(problem) else {
            return (
                "is not a time",
                isoOnly ? "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z" : "write a time, \(forms)"
            )
        }
        return ("is not a time: \(reason)", hint)
    }

    /// The instant, reading text in the IANA zone `identifier`.
    package func date(inZone identifier: String) throws(GovError) -> Date {
        try date(in: LocalClock(identifier: identifier))
    }
}
