import Foundation

/// Decodes budget tables; amounts are read from the number's exact text, never through `Double`.
enum BudgetDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> Budget? {
        var r = ObjectReader(node, what: "a budget", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let system = r.string("system", required: true)
        let year = r.int("year", required: true)
        let currency = r.string("currency", required: true)
        let title = r.text("title", required: true)
        let codes = r.array("codes") { node, sink -> BudgetCode? in
            var c = ObjectReader(node, what: "a budget code", sink: sink)
            guard c.isObject else { return nil }
            let name = c.text("name", required: true)
            let value = c.string("value", required: true)
            c.finish()
            guard let name, let value else { return nil }
            return BudgetCode(name: name, value: value)
        }
        let lines = r.array("lines", required: true) { node, sink in decodeLine(node, sink: sink) }
        let totalNode = r.node("total", required: true)
        let total = totalNode.flatMap { money($0, key: "total", sink: sink) }
        let financing = r.node("financing").flatMap { decodeFinancing($0, sink: sink) }
        let invoicing = r.array("invoicing") { node, sink -> Invoice? in
            var i = ObjectReader(node, what: "an invoicing entry", sink: sink)
            guard i.isObject else { return nil }
            let from = i.string("from", required: true)
            let to = i.string("to", required: true)
            let what = i.text("what", required: true)
            let source = i.string("source", required: true)
            i.finish()
            guard let from, let to, let what, let source else { return nil }
            return Invoice(from: from, to: to, what: what, source: source)
        }
        let notes = r.array("notes") { node, sink -> Note? in
            var n = ObjectReader(node, what: "a note", sink: sink)
            guard n.isObject else { return nil }
            let text = n.text("text", required: true)
            let source = n.string("source", required: true)
            n.finish()
            guard let text, let source else { return nil }
            return Note(text: text, source: source)
        }
        let source = r.string("source", required: true)
        r.finish()
        guard let id, let system, let year, let currency, let title, let total, let totalNode, let source else {
            return nil
        }
        var budget = Budget(
            id: id, system: system, year: year, currency: currency, title: title, codes: codes, lines: lines,
            total: total, totalOffset: totalNode.offset, financing: financing, invoicing: invoicing,
            notes: notes, source: source)
        budget.offset = node.offset
        budget.yearOffset = r.node("year")?.offset
        return budget
    }

    static func decodeLine(_ node: JSONNode, sink: DiagnosticSink) -> BudgetLine? {
        var r = ObjectReader(node, what: "a budget line", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let label = r.text("label", required: true)
        let group = r.text("group")
        let amount = r.node("amount", required: true).flatMap { money($0, key: "amount", sink: sink) }
        let source = r.string("source", required: true)
        r.finish()
        guard let id, let label, let amount, let source else { return nil }
        return BudgetLine(id: id, label: label, group: group, amount: amount, offset: node.offset, source: source)
    }

    static func decodeFinancing(_ node: JSONNode, sink: DiagnosticSink) -> Financing? {
        var r = ObjectReader(node, what: "'financing'", sink: sink)
        guard r.isObject else { return nil }
        let shares = r.array("shares", required: true) { node, sink -> FinancingShare? in
            var s = ObjectReader(node, what: "a financing share", sink: sink)
            guard s.isObject else { return nil }
            let id = s.identifier("id")
            let label = s.text("label", required: true)
            let percentNode = s.node("percent", required: true)
            let percent = percentNode.flatMap { money($0, key: "percent", sink: sink) }
            s.finish()
            guard let id, let label, let percent else { return nil }
            return FinancingShare(id: id, label: label, percent: percent.value, offset: percentNode?.offset)
        }
        let rounding = r.text("rounding", required: true)
        let remainderTo = r.string("remainderTo", required: true)
        let source = r.string("source", required: true)
        r.finish()
        guard let rounding, let remainderTo, let source else { return nil }
        return Financing(
            shares: shares, rounding: rounding, remainderTo: remainderTo, offset: node.offset, source: source)
    }

    /// An exact amount: a JSON integer, or a string such as "1234.50". Fractions written as JSON numbers are refused.
    static func money(_ node: JSONNode, key: String, sink: DiagnosticSink) -> Money? {
        if case .number(let text) = node.kind, Money(exactText: text) == nil, Money.isTooLong(text) {
            tooLong(node, key, text, sink)
            return nil
        }
        if case .string(let text) = node.kind, Money(exactText: text) == nil, Money.isTooLong(text) {
            tooLong(node, key, text, sink)
            return nil
        }
        switch node.kind {
        case .number(let text):
            if let amount = Money(exactText: text), !text.contains(".") { return amount }
            sink.error(
                .invalidValue, at: node.offset, "'\(key)' \(text) is not an exact whole number",
                hint: "write whole kronor as a number (2884000), or an exact decimal as a string (\"1234.50\")")
        case .string(let text):
            if let amount = Money(exactText: text) { return amount }
            sink.error(
                .invalidValue, at: node.offset, "'\(key)' \"\(text)\" is not an exact amount",
                hint: "write digits with an optional '.' and no spaces, e.g. \"1234.50\"")
        default:
            sink.error(
                .wrongType, at: node.offset,
                "'\(key)' must be a whole number or a decimal string, found \(node.typeName)",
                hint: "write e.g. 2884000 or \"1234.50\"")
        }
        return nil
    }

    private static func tooLong(_ node: JSONNode, _ key: String, _ text: String, _ sink: DiagnosticSink) {
        sink.error(
            .invalidValue, at: node.offset,
            "'\(key)' \(text) has more than \(Money.maxSignificantDigits) significant digits, so it cannot be kept exactly",
            hint: "amounts are never rounded; check the amount against the source")
    }
}
