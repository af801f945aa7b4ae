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
        guard let parts = ISOTimeText(text) else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? zone
        let components = DateComponents(
            year: parts.year, month: parts.month, day: parts.day,
            hour: parts.hour, minute: parts.minute, second: parts.second)
        guard let asUTC = utc.date(from: components) else { return nil }
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
    /// `YYYY-MM-DD`.
    package var calendarDate: String { String(year) + "-" + two(month) + "-" + two(day) }
    /// ISO 8601 with the local offset, e.g. `2026-10-25T04:15:00+01:00`.
    package var iso: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        return "\(calendarDate)T\(clock):\(two(second))\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// The value rules read for a time fact: local parts plus whole minutes elapsed until `now`.
    package func factValue(now: Date) -> JSONValue {
        let elapsed = Int((now.timeIntervalSince(date) / 60).rounded(.down))
        return .object(
            JSONObject([
                ("iso", .string(iso)), ("date", .string(calendarDate)), ("time", .string(clock)),
                ("hour", .number(Double(hour))), ("minute", .number(Double(minute))),
                ("weekday", .number(Double(isoWeekday))), ("elapsedMinutes", .number(Double(elapsed))),
            ]))
    }
}

/// The parts of an ISO 8601 date-time text.
struct ISOTimeText {
    var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
    var offsetSeconds: Int?

    init?(_ raw: String) {
        let text = Array(raw.trimmingCharacters(in: .whitespaces))
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= text.count else { return nil }
            return Int(String(text[from..<from + count]))
        }
        guard text.count >= 10, text[4] == "-", text[7] == "-",
            let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
            CalendarDate(year: y, month: mo, day: d).description == String(text[0..<10]),
            CalendarDate(String(text[0..<10])) != nil
        else { return nil }
        (year, month, day) = (y, mo, d)
        var i = 10
        if i < text.count {
            guard text[i] == "T" || text[i] == " " || text[i] == "t", let h = number(i + 1, 2), i + 3 < text.count,
                text[i + 3] == ":", let mi = number(i + 4, 2), (0...23).contains(h), (0...59).contains(mi)
            else { return nil }
            (hour, minute) = (h, mi)
            i += 6
            if i < text.count, text[i] == ":" {
                guard let s = number(i + 1, 2), (0...59).contains(s) else { return nil }
                second = s
                i += 3
                if i < text.count, text[i] == "." || text[i] == "," {
                    i += 1
                    while i < text.count, text[i].isNumber { i += 1 }
                }
            }
        }
        if i < text.count {
            if text[i] == "Z" || text[i] == "z" {
                offsetSeconds = 0
                i += 1
            } else if text[i] == "+" || text[i] == "-" {
                let sign = text[i] == "-" ? -1 : 1
                guard let oh = number(i + 1, 2) else { return nil }
                var j = i + 3
                if j < text.count, text[j] == ":" { j += 1 }
                guard let om = number(j, 2), oh <= 18, om < 60 else { return nil }
                offsetSeconds = sign * (oh * 3600 + om * 60)
                i = j + 2
            }
        }
        guard i == text.count else { return nil }
    }
}
