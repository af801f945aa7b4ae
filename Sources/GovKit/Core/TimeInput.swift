import Foundation

/// A point in time given to a query: an instant, or ISO 8601 text from the command line that is read once, in the
/// procedure's zone (local time when it has no offset), when the query knows that zone.
package enum TimeInput: Sendable {
    case instant(Date)
    /// The text and the error to report when it is not a time (the command knows how its option is spelled).
    case text(String, otherwise: GovError)

    /// The instant, reading text with `clock`.
    package func date(in clock: LocalClock) throws(GovError) -> Date {
        switch self {
        case .instant(let date): return date
        case .text(let text, let otherwise):
            if case .failure(.yearOutOfRange(let year)) = Result(catching: { () throws(ISOTimeText.Problem) in
                try ISOTimeText.read(text)
            }) {
                let bounds = TimeBounds.years
                let error = GovError(
                    otherwise.kind,
                    "\(otherwise.message): the year \(year) is outside \(bounds.lowerBound)–\(bounds.upperBound)",
                    hint: "give a time between the years \(bounds.lowerBound) and \(bounds.upperBound)")
                throw otherwise.exitCode.map(error.withExit) ?? error
            }
            guard let date = clock.parse(text) else { throw otherwise }
            return date
        }
    }

    /// Why `text` is not an ISO 8601 time a command takes (`nil` when it is one): for a command line checked before
    /// the procedure's zone is known. The reason reads after the option, e.g. "is not a time".
    package static func syntaxProblem(_ text: String) -> (reason: String, hint: String)? {
        do throws(ISOTimeText.Problem) {
            _ = try ISOTimeText.read(text)
            return nil
        } catch .yearOutOfRange(let year) {
            let bounds = TimeBounds.years
            return (
                "is not a time: the year \(year) is outside \(bounds.lowerBound)–\(bounds.upperBound)",
                "give a time between the years \(bounds.lowerBound) and \(bounds.upperBound)"
            )
        } catch {
            return ("is not a time", "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z")
        }
    }

    /// The instant, reading text in the IANA zone `identifier`.
    package func date(inZone identifier: String) throws(GovError) -> Date {
        try date(in: LocalClock(identifier: identifier))
    }
}
