extension ProcedureChecker {
    /// The rule of derived value `reader` reads `name`, a derived value further down the list (or itself): derived
    /// values are worked out in the order written, so it would read nothing. Reported as what it is, not as a fact
    /// to declare.
    mutating func reportOutOfOrder(_ field: LogicField, reader: String, reads name: String) {
        if name == reader {
            report(
                .derivedOutOfOrder, field.offset, "the rule of derived value '\(reader)' reads '\(reader)' itself",
                hint: "a derived value cannot read itself; read the facts or the derived values above it")
            return
        }
        report(
            .derivedOutOfOrder, field.offset,
            "derived value '\(reader)' reads '\(name)', which is derived further down the list: out of order",
            hint: "derived values are worked out in the order written; move '\(name)' above '\(reader)' under "
                + "\"derived\"")
    }
}
