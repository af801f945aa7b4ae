import Foundation

/// Dates of the proleptic Gregorian calendar counted by arithmetic (Howard Hinnant's `days_from_civil` and
/// `civil_from_days`), so that reading and writing a time costs a few integer operations instead of a `Calendar`
/// computation: the outage log holds hundreds of thousands of times. Time zones stay with `TimeZone`, which gives
/// the offset of an instant; the rest is the calendar, which is the same everywhere.
enum CivilTime {
    /// Days from 1970-01-01 to the date (negative before it).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    static func isoWeekday(days: Int) -> Int {
        let fromMonday = (days + 3) % 7
        return (fromMonday < 0 ? fromMonday + 7 : fromMonday) + 1
    }

    /// Seconds from 1970-01-01T00:00 to the wall-clock time, read as if it were UTC.
    static func seconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int {
        days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// The instant of a time written exactly as govctl writes UTC times, `YYYY-MM-DDTHH:MM:SSZ`, with a valid date
    /// and time and a year in `TimeBounds.years`; `nil` for any other text (read it with `LocalClock.parse`, which
    /// gives the same instant for every text this accepts).
    static func canonicalUTC(_ text: String) -> Date? {
        guard text.utf8.count == 20 else { return nil }
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return value
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z"),
            let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2), let hour = digits(11, 2),
            let minute = digits(14, 2), let second = digits(17, 2)
        else { return nil }
        guard TimeBounds.years.contains(year),
            (1...12).contains(month), (1...CalendarDate.days(in: month, of: year)).contains(day), hour <= 23,
            minute <= 59, second <= 59
        else { return nil }
        let seconds = Self.seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
