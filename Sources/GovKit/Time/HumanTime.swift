import Foundation

/// A time as people type it, at a prompt or after `--since`, `--at`, `--eta` and `--now`: ISO 8601, a clock time
/// (`02:40`, `2.40`, `kl. 2.40`, `klockan 02:40`), a clock time on a named day (`i går 23:10`, `igår 23:10`,
/// `i dag 02:40`, `yesterday 23:10`, `i morgen 08:00`), or a time ago (`för 2 timmar sedan`, `for 2 timer siden`,
/// `2 hours ago`, `-2h`, `-90m`, `-1h30m`). Clock times are read in the zone of what they concern (a procedure's),
/// and relative to the command's clock, so they are right across DST nights.
package enum HumanTime {
    /// Which occurrence a clock time without a day means.
    package enum Direction: Sendable {
        /// The latest one not after now: when something started or ended (`--since`, `--at`, a time fact).
        case past
        /// The first one not before now: when something is expected (`--eta`, a prognosis).
        case future
        /// Today's: the command's own clock (`--now`).
        case today
        /// The nearest one, yesterday, today or tomorrow (a tie goes to the past): a guide's time fact, which may
        /// be a start or a prognosis.
        case nearest
    }

    /// What a text says, before any zone or clock is known.
    enum Form {
        case iso(ISOTimeText)
        /// So many seconds before now.
        case ago(seconds: Int)
        /// A wall-clock time; `day` is days from today (`nil`: not said).
        case clock(day: Int?, hour: Int, minute: Int)
    }

    /// Why a text is not a time.
    package enum Problem: Error, Equatable {
        /// None of the forms.
        case notATime
        /// An ISO 8601 time whose year is outside `TimeBounds.years`.
        case yearOutOfRange(Int)
        /// A wall-clock time that did not exist on that day in that zone (the hour skipped when clocks go forward).
        case skipped(String)
    }

    /// Whether `text` is in one of the forms (for a command line checked before a zone is known).
    package static func problem(_ text: String) -> Problem? {
        do throws(Problem) {
            _ = try form(text)
            return nil
        } catch {
            return error
        }
    }

    /// Whether `text` is ISO 8601 (a procedure file's times, which must not depend on the day they are read).
    package static func isoProblem(_ text: String) -> Problem? {
        do throws(ISOTimeText.Problem) {
            _ = try ISOTimeText.read(text)
            return nil
        } catch .yearOutOfRange(let year) {
            return .yearOutOfRange(year)
        } catch {
            return .notATime
        }
    }

    /// The instant `text` names, read in `clock`'s zone with `now` as the present.
    package static func read(_ text: String, now: Date, clock: LocalClock, direction: Direction) throws(Problem)
        -> Date
    {
        switch try form(text) {
        case .iso(let parts): return clock.date(parts)
        case .ago(let seconds): return now.addingTimeInterval(TimeInterval(-seconds))
        case .clock(let day, let hour, let minute):
            let local = clock.local(now)
            let today = local.calendarDay
            func on(_ offset: Int) throws(Problem) -> [Date] {
                let date = today.adding(days: offset)
                let found = clock.instants(of: date, hour: hour, minute: minute)
                if found.isEmpty { throw .skipped("\(date) \(two(hour)):\(two(minute))") }
                return found
            }
            // Whether the typed time is before now on the wall clock (the hour repeated in autumn aside).
            let typedFirst = (hour, minute) <= (local.hour, local.minute)
            if let day { return try on(day)[0] }
            switch direction {
            case .today: return try on(0)[0]
            case .past:
                let found = typedFirst ? try on(0) : clock.instants(of: today, hour: hour, minute: minute)
                if let latest = found.filter({ $0 <= now }).max() { return latest }
                return try on(-1).max() ?? now
            case .future:
                let found = typedFirst ? clock.instants(of: today, hour: hour, minute: minute) : try on(0)
                if let earliest = found.filter({ $0 >= now }).min() { return earliest }
                return try on(1)[0]
            case .nearest:
                let candidates =
                    try on(0) + clock.instants(of: today.adding(days: -1), hour: hour, minute: minute)
                    + clock.instants(of: today.adding(days: 1), hour: hour, minute: minute)
                return candidates.min { a, b in
                    let (da, db) = (abs(a.timeIntervalSince(now)), abs(b.timeIntervalSince(now)))
                    return da == db ? a < b : da < db
                } ?? now
            }
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// The form of `text`: spaces around and between words do not matter, nor does case.
    static func form(_ text: String) throws(Problem) -> Form {
        do throws(ISOTimeText.Problem) {
            return .iso(try ISOTimeText.read(text))
        } catch .yearOutOfRange(let year) {
            throw .yearOutOfRange(year)
        } catch {}
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // Two-word days written as one: "i går" is "igår", "i dag" "idag", "i morgon" "imorgon".
        var joined: [String] = []
        for word in words {
            if joined.last == "i", ["går", "gar", "dag", "morgon", "morgen"].contains(word) {
                joined[joined.count - 1] = "i" + word
            } else {
                joined.append(word)
            }
        }
        words = joined
        if let seconds = ago(words) { return .ago(seconds: seconds) }
        var day: Int?
        var clock: (Int, Int)?
        for word in words {
            if let d = dayWords[word], day == nil {
                day = d
            } else if clockWords.contains(word) {
                continue
            } else if let c = clockTime(word), clock == nil {
                clock = c
            } else {
                throw .notATime
            }
        }
        guard let (hour, minute) = clock else { throw .notATime }
        return .clock(day: day, hour: hour, minute: minute)
    }

    /// Days from today, by the words for them.
    private static let dayWords: [String: Int] = [
        "idag": 0, "today": 0, "igår": -1, "igar": -1, "yesterday": -1, "imorgon": 1, "imorgen": 1, "tomorrow": 1,
    ]
    /// Words that only say "at": `kl.`, `klokka`, `klockan`, `at`.
    private static let clockWords: Set<String> = ["kl", "kl.", "klokka", "klokken", "klockan", "at"]

    /// `02:40`, `2:40`, `02.40`, `2.40`.
    private static func clockTime(_ word: String) -> (Int, Int)? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        let pieces = parts.count == 2 ? parts : word.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
            pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(pieces[0]), let minute = Int(pieces[1]), hour < 24, minute < 60
        else { return nil }
        return (hour, minute)
    }

    /// Seconds per unit word, in nb, sv and en.
    private static let units: [String: Int] = [
        "time": 3600, "timer": 3600, "timme": 3600, "timmar": 3600, "hour": 3600, "hours": 3600, "t": 3600,
        "h": 3600, "minutt": 60, "minutter": 60, "minut": 60, "minuter": 60, "minute": 60, "minutes": 60,
        "min": 60, "m": 60,
    ]
    /// Numbers written as words ("for en time siden", "an hour ago").
    private static let numberWords: [String: Int] = ["en": 1, "ett": 1, "ei": 1, "et": 1, "a": 1, "an": 1]
    /// The longest time ago that is read (a week), so that no arithmetic can overflow.
    private static let maxAgo = 7 * 86_400

    /// `för 2 timmar sedan`, `for 2 timer siden`, `2 hours ago`, `-2h`, `-90m`, `-1h30m`, `-1h 30m`.
    private static func ago(_ words: [String]) -> Int? {
        var body = words
        if body.first == "för" || body.first == "for", ["sedan", "siden"].contains(body.last ?? "") {
            body = Array(body.dropFirst().dropLast())
        } else if body.last == "ago" {
            body = Array(body.dropLast())
        } else if let first = body.first, first.hasPrefix("-") {
            body[0] = String(first.dropFirst())
            return compact(body.joined())
        } else {
            return nil
        }
        var total = 0
        var i = 0
        while i < body.count {
            if body[i] == "och" || body[i] == "og" || body[i] == "and" {
                i += 1
                continue
            }
            guard i + 1 < body.count, let n = Int(body[i]) ?? numberWords[body[i]], n >= 0, n <= maxAgo,
                let unit = units[body[i + 1]]
            else { return nil }
            total += n * unit
            guard total <= maxAgo else { return nil }
            i += 2
        }
        return i > 0 && total > 0 ? total : nil
    }

    /// `2h`, `90m`, `1h30m` (after the minus sign).
    private static func compact(_ text: String) -> Int? {
        var total = 0
        var digits = ""
        var sawUnit = false
        for ch in text {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
                guard digits.count <= 6 else { return nil }
            } else if let unit = units[String(ch)], let n = Int(digits) {
                total += n * unit
                digits = ""
                sawUnit = true
                guard total <= maxAgo else { return nil }
            } else {
                return nil
            }
        }
        return sawUnit && digits.isEmpty && total > 0 ? total : nil
    }
}

extension LocalClock {
    /// The instants at which this zone's clocks show `hour:minute` on `date`: none in the hour skipped when clocks go
    /// forward, two in the hour repeated when they go back, else one.
    func instants(of date: CalendarDate, hour: Int, minute: Int) -> [Date] {
        let asUTC = Date(
            timeIntervalSince1970: TimeInterval(
                CivilTime.seconds(
                    year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: 0)))
        let offsets = Set([
            zone.secondsFromGMT(for: asUTC.addingTimeInterval(-86_400)),
            zone.secondsFromGMT(for: asUTC.addingTimeInterval(86_400)),
        ])
        return offsets.filter { offset in
            zone.secondsFromGMT(for: asUTC.addingTimeInterval(TimeInterval(-offset))) == offset
        }.map { asUTC.addingTimeInterval(TimeInterval(-$0)) }.sorted()
    }
}

extension CalendarDate {
    /// The day `days` after this one (before it when negative).
    func adding(days: Int) -> CalendarDate {
        let (year, month, day) = CivilTime.date(days: CivilTime.days(year: year, month: month, day: day) + days)
        return CalendarDate(year: year, month: month, day: day)
    }
}
