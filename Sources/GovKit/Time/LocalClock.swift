import Foundation

/// Time in a procedure's zone: reading ISO 8601 times (local when no offset is given) and
/// describing instants as the local facts rules read (`now.time`, `since.elapsedMinutes`, …).
package struct LocalClock: Sendable {
    package let zone: TimeZone

    /// The clock for an IANA zone; throws when this build has no data for it (rather than computing in UTC).
    package init(identifier: String) throws(GovError) {
        guard let zone = TimeZone(identifier: identifier) else {
            throw GovError(
                .internal, "time zone data for '\(identifier)' is not available in this build",
                hint: "build govctl with the time zone database (see `make release`), or install tzdata")
        }
        self.zone = zone
    }

    /// The clock for a zone already at hand (e.g. the machine's own).
    package init(zone: TimeZone) { self.zone = zone }

    /// Reads `2026-10-25T00:30`, `2026-10-25 00:30:00`, `2026-10-25` (midnight) or with `Z` / `+02:00`.
    /// Without an offset the time is local; in the repeated autumn hour the first occurrence is meant,
    /// and a time skipped in spring is read with the offset before the change (so it lands after the gap).
    package func parse(_ text: String) -> Date? {
        ISOTimeText(text).map(date)
    }

    /// The instant of a time already read: with its offset, else as local time in this zone.
    func date(_ parts: ISOTimeText) -> Date {
        // The wall-clock time read as UTC, by arithmetic (the reader bounds the year to 1900–2200).
        let asUTC = Date(
            timeIntervalSince1970: TimeInterval(
                CivilTime.seconds(
                    year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute,
                    second: parts.second)))
        if let offset = parts.offsetSeconds { return asUTC.addingTimeInterval(TimeInterval(-offset)) }
        let before = zone.secondsFromGMT(for: asUTC.addingTimeInterval(-86_400))
        let after = zone.secondsFromGMT(for: asUTC.addingTimeInterval(86_400))
        let candidates = Set([before, after]).sorted(by: >).filter { offset in
            zone.secondsFromGMT(for: asUTC.addingTimeInterval(TimeInterval(-offset))) == offset
        }
        let offset = candidates.first ?? before
        return asUTC.addingTimeInterval(TimeInterval(-offset))
    }

    /// Local calendar facts of an instant.
    package func local(_ date: Date) -> LocalTime {
        // The zone gives the offset; the calendar is arithmetic. Instants beyond ±100,000 years (which no input
        // reaches) go through `Calendar`, so that no conversion can trap.
        let offset = zone.secondsFromGMT(for: date)
        let seconds = (date.timeIntervalSince1970 + TimeInterval(offset)).rounded(.down)
        if seconds.magnitude < 3.2e12 {
            let whole = Int(seconds)
            let days = (whole >= 0 ? whole : whole - 86_399) / 86_400
            let inDay = whole - days * 86_400
            let (year, month, day) = CivilTime.date(days: days)
            return LocalTime(
                date: date, year: year, month: month, day: day, hour: inDay / 3600, minute: inDay % 3600 / 60,
                second: inDay % 60, isoWeekday: CivilTime.isoWeekday(days: days), offsetSeconds: offset)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let weekday = ((c.weekday ?? 1) + 5) % 7 + 1
        return LocalTime(
            date: date, year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0, hour: c.hour ?? 0,
            minute: c.minute ?? 0, second: c.second ?? 0, isoWeekday: weekday,
            offsetSeconds: zone.secondsFromGMT(for: date))
    }
}

/// An instant as seen on a local wall clock.
package struct LocalTime: Sendable, Equatable {
    package let date: Date
    package let year, month, day, hour, minute, second: Int
    /// 1 = Monday … 7 = Sunday.
    package let isoWeekday: Int
    package let offsetSeconds: Int

    /// `HH:MM`.
    package var clock: String { two(hour) + ":" + two(minute) }
    /// The day, for comparing with a document's dates.
    package var calendarDay: CalendarDate { CalendarDate(year: year, month: month, day: day) }
    /// `YYYY-MM-DD`.
    package var calendarDate: String { four(year) + "-" + two(month) + "-" + two(day) }
    /// ISO 8601 with the local offset, e.g. `2026-10-25T04:15:00+01:00`.
    package var iso: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        return "\(calendarDate)T\(clock):\(two(second))\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    /// A year in at least four digits (`0005`, `-0044`), so that every time written can be read back.
    private func four(_ n: Int) -> String {
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The value rules read for a time fact: local parts plus whole minutes elapsed until `now`.
    package func factValue(now: Date) -> JSONValue {
        let elapsed = TimeBounds.wholeMinutes(now.timeIntervalSince(date))
        return .object(
            JSONObject([
                ("iso", .string(iso)), ("date", .string(calendarDate)), ("time", .string(clock)),
                ("hour", .number(Double(hour))), ("minute", .number(Double(minute))),
                ("weekday", .number(Double(isoWeekday))), ("elapsedMinutes", .number(Double(elapsed))),
            ]))
    }
}

/// The parts of an ISO 8601 date-time text, read strictly: `YYYY-MM-DD`, optionally `T` (or a space) and `HH:MM`,
/// `:SS` with an optional fraction, then `Z` or `±HH:MM`. Only ASCII digits, each field its fixed width, no signs
/// inside fields; offsets up to ±14:00; years in `TimeBounds.years`.
struct ISOTimeText {
    /// Why a text is not a time.
    enum Problem: Error, Equatable {
        /// Not in the form above.
        case malformed
        /// Well formed, but the year is outside `TimeBounds.years`.
        case yearOutOfRange(Int)
    }

    var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
    var offsetSeconds: Int?

    init?(_ raw: String) {
        guard let parts = try? Self.read(raw) else { return nil }
        self = parts
    }

    private init() {}

    /// The parts of `raw` (spaces around it are ignored), or why it is not a time.
    static func read(_ raw: String) throws(Problem) -> ISOTimeText {
        var text = Array(raw.utf8)
        while let last = text.last, last == UInt8(ascii: " ") { text.removeLast() }
        let lead = text.prefix { $0 == UInt8(ascii: " ") }.count
        text.removeFirst(lead)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from >= 0, from + count <= text.count else { return nil }
            var value = 0
            for b in text[from..<from + count] {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ i: Int) -> UInt8? { i < text.count ? text[i] : nil }
        var parts = ISOTimeText()
        guard let y = digits(0, 4), byte(4) == UInt8(ascii: "-"), let mo = digits(5, 2), byte(7) == UInt8(ascii: "-"),
            let d = digits(8, 2), (1...12).contains(mo), (1...CalendarDate.days(in: mo, of: y)).contains(d)
        else { throw .malformed }
        (parts.year, parts.month, parts.day) = (y, mo, d)
        var i = 10
        if let separator = byte(i) {
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
                let h = digits(i + 1, 2), byte(i + 3) == UInt8(ascii: ":"), let mi = digits(i + 4, 2),
                (0...23).contains(h), (0...59).contains(mi)
            else { throw .malformed }
            (parts.hour, parts.minute) = (h, mi)
            i += 6
            if byte(i) == UInt8(ascii: ":") {
                guard let sec = digits(i + 1, 2), (0...59).contains(sec) else { throw .malformed }
                parts.second = sec
                i += 3
                if byte(i) == UInt8(ascii: ".") || byte(i) == UInt8(ascii: ",") {
                    i += 1
                    let first = i
                    while let b = byte(i), b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { i += 1 }
                    guard i > first else { throw .malformed }
                }
            }
            if let b = byte(i) {
                if b == UInt8(ascii: "Z") || b == UInt8(ascii: "z") {
                    parts.offsetSeconds = 0
                    i += 1
                } else if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                    guard let oh = digits(i + 1, 2), byte(i + 3) == UInt8(ascii: ":"), let om = digits(i + 4, 2),
                        om < 60, oh * 60 + om <= TimeBounds.maxOffsetMinutes
                    else { throw .malformed }
                    parts.offsetSeconds = (b == UInt8(ascii: "-") ? -1 : 1) * (oh * 3600 + om * 60)
                    i += 6
                }
            }
        }
        guard i == text.count else { throw .malformed }
        guard TimeBounds.years.contains(y) else { throw .yearOutOfRange(y) }
        return parts
    }
}
