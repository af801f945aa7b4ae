import Foundation

/// The one clock of a command: `--now` as given, else the current instant, taken once when the command starts.
/// Every "now" and "today" any face shows comes from here. A `--now` without an offset names a wall-clock time,
/// read in the zone of what it concerns: a procedure's zone for that procedure's times and its document's dates;
/// this machine's zone only for what concerns no procedure (the day a whole site was generated).
package struct Clock: Sendable {
    private enum Reading: Sendable {
        /// A time with an offset, or the current instant: the same everywhere.
        case instant(Date)
        /// A wall-clock time without an offset (the text as given, and its parts), read in each zone it concerns.
        case wallClock(String, ISOTimeText, otherwise: GovError)
        /// A clock time as people type it (`02:40`, `i går 23:10`), read in each zone it concerns on the day it is
        /// there when the command started (`started`); `machine` is its reading in this machine's zone.
        case typed(String, otherwise: GovError, started: Date, machine: Date)
    }

    private let reading: Reading
    /// The zone for what concerns no procedure.
    package let machine: LocalClock

    /// `--now` as given (its syntax checked by the parser; a date that does not exist is refused here with
    /// `otherwise`), else the current instant; `machine` is this machine's zone.
    package init(now text: String?, machine: LocalClock = LocalClock(zone: .current), otherwise: GovError)
        throws(GovError)
    {
        self.machine = machine
        guard let text else {
            reading = .instant(Date())
            return
        }
        let started = Date()
        let checked = try TimeInput.text(text, otherwise: otherwise, direction: .today).date(in: machine)
        switch try? HumanTime.form(text) {
        case .iso(let parts) where parts.offsetSeconds == nil: reading = .wallClock(text, parts, otherwise: otherwise)
        case .clock: reading = .typed(text, otherwise: otherwise, started: started, machine: checked)
        default: reading = .instant(checked)
        }
    }

    /// A clock stopped at `date` (tests, and what runs without a command line).
    package init(at date: Date, machine: LocalClock) {
        (reading, self.machine) = (.instant(date), machine)
    }

    /// The current instant on this machine: for what runs before or without a command line (completion).
    package static func system() -> Clock { Clock(at: Date(), machine: LocalClock(zone: .current)) }

    /// `--now` for a query, which reads it in its procedure's zone once it knows it.
    package var input: TimeInput {
        switch reading {
        case .instant(let date): return .instant(date)
        case .wallClock(let text, _, let otherwise): return .text(text, otherwise: otherwise)
        case .typed(let text, let otherwise, let started, _):
            return .text(text, otherwise: otherwise, now: Clock(at: started, machine: machine), direction: .today)
        }
    }

    /// The instant, a wall-clock time read in `clock`'s zone.
    package func instant(in clock: LocalClock) -> Date {
        switch reading {
        case .instant(let date): return date
        case .wallClock(_, let parts, _): return clock.date(parts)
        case .typed(let text, _, let started, let onMachine):
            // A time the clocks skipped in `clock`'s zone (but not on this machine) keeps this machine's reading.
            return (try? HumanTime.read(text, now: started, clock: clock, direction: .today)) ?? onMachine
        }
    }

    /// The local time in `clock`'s zone.
    package func local(in clock: LocalClock) -> LocalTime { clock.local(instant(in: clock)) }

    /// The local time in the IANA zone `identifier` (a procedure's `timeZone`).
    package func local(inZone identifier: String) throws(GovError) -> LocalTime {
        local(in: try LocalClock(identifier: identifier))
    }

    /// Today in the IANA zone `identifier`; in this machine's zone when this build has no data for it (the
    /// procedure's check reports such a zone).
    package func today(inZone identifier: String) -> CalendarDate {
        ((try? local(inZone: identifier)) ?? local(in: machine)).calendarDay
    }

    /// The local time for what concerns no procedure.
    package var machineLocal: LocalTime { local(in: machine) }
}
