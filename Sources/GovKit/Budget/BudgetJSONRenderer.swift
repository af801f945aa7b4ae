import Foundation

/// A budget for scripts. Amounts are exact decimals (`JSONValue.decimal`), written digit for digit: 2884000.
/// Lines, shares, invoices and notes are one row per line.
package enum BudgetJSONRenderer {
    package static func value(_ report: BudgetReport, language: Language?, adaptation: GuideResult?) -> JSONValue {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = report.procedure.document.language(for: language)
        func t(_ text: LocalizedText) -> JSONValue { .string(text.resolve(lang, fallback: source)) }
        var object = JSONObject()
        object["budget"] = .string(b.id)
        object["system"] = .string(b.system)
        object["year"] = .number(Double(b.year))
        object["currency"] = .string(b.currency)
        object["title"] = t(b.title)
        object["procedure"] = .string(report.procedure.id)
        object["codes"] = .object(
            JSONObject(b.codes.map { ($0.name.resolve(.en, fallback: source), .string($0.value)) }))
        object["lines"] = .array(
            b.lines.map { line in
                .object(
                    JSONObject([
                        ("id", .string(line.id)), ("label", t(line.label)), ("group", line.group.map(t) ?? .null),
                        ("amount", .decimal(line.amount.value)), ("source", .string(line.source)),
                    ]))
            })
        object["total"] = .decimal(b.total.value)
        object["sum"] = .decimal(report.sum)
        object["balanced"] = .bool(report.sum == b.total.value)
        object["financing"] =
            b.financing.map { financing in
                .object(
                    JSONObject([
                        (
                            "shares",
                            .array(
                                report.shares.map { share, amount in
                                    .object(
                                        JSONObject([
                                            ("id", .string(share.id)), ("label", t(share.label)),
                                            ("percent", .decimal(share.percent)), ("amount", .decimal(amount)),
                                        ]))
                                })
                        ),
                        ("remainder", .decimal(report.remainder)), ("remainderTo", .string(financing.remainderTo)),
                        ("rounding", t(financing.rounding)), ("source", .string(financing.source)),
                    ]))
            } ?? .null
        object["invoicing"] = .array(
            b.invoicing.map {
                .object(
                    JSONObject([
                        ("from", .string($0.from)), ("to", .string($0.to)), ("what", t($0.what)),
                        ("source", .string($0.source)),
                    ]))
            })
        object["notes"] = .array(
            b.notes.map { .object(JSONObject([("text", t($0.text)), ("source", .string($0.source))])) })
        object["adaptation"] = adaptation.map(GuideJSONRenderer.value) ?? .null
        return .object(object)
    }

    package static func render(_ report: BudgetReport, language: Language?, adaptation: GuideResult?) -> String {
        let value = value(report, language: language, adaptation: adaptation)
        // Rows of scalars on one line, as a table reads; the adaptation is a guide's result, written as guides are.
        return JSONWriter.pretty(value) { path, value in path.first != "adaptation" && JSONWriter.isRow(value) }
            + "\n"
    }
}
