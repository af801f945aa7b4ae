extension ProcedureChecker {
    /// A monitor's deadline must be one `reserve-status` can show: when the deadline fact has a fixed `value` (or a
    /// `default`), it is whole minutes in `0…TimeBounds.maxDeadlineMinutes` (ten years). `reserve-status` shows no
    /// deadline for any other (`TimeBounds.deadlineMinutes`), so `validate` says so rather than accept it. The
    /// deadline is the format's one threshold in minutes; a fact the user gives is bounded when it is read.
    func checkDeadlineBounds(_ m: Monitor, _ guide: Guide) {
        guard let id = m.deadlineMinutes, let fact = guide.facts.first(where: { $0.id == id }) else { return }
        let most = TimeBounds.maxDeadlineMinutes
        for (key, value) in [("value", fact.value), ("default", fact.defaultValue)] {
            guard let value else { continue }
            if case .number(let minutes) = value, minutes.rounded(.down) == minutes,
                TimeBounds.deadlineMinutes(minutes) != nil
            {
                continue
            }
            // Text that is no number at all is `wrong-fact-type`'s to report, once; a number too large for a
            // `Double` (1e400) is not exact, which the decoder reports with the number as written.
            if case .string(let text) = value, Double(text) == nil { continue }
            if case .number(let minutes) = value, !minutes.isFinite { continue }
            // -0 is written with its sign: JSON's writer would say 0, which is in the range.
            var shown = JSONWriter.compact(value)
            if case .number(let minutes) = value, minutes == 0, minutes.sign == .minus { shown = "-0" }
            report(
                .outOfRange, fact.offset,
                "the monitor of guide '\(guide.id)' takes its deadline from fact '\(id)', whose \(key) "
                    + "\(shown) is not a whole number of minutes in 0…\(most)",
                hint:
                    "write whole minutes from 0 to \(most) (ten years); reserve-status shows no deadline for any other value"
            )
        }
    }
}
