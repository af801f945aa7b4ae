import Foundation

/// A budget for scripts. Amounts are written from their exact decimal text, never through a binary float.
package enum BudgetJSONRenderer {
    package static func render(_ report: BudgetReport, language: Language?, adaptation: GuideResult?) -> String {
        let b = report.budget
        let source = report.procedure.document.language
        let lang = language ?? source
        func s(_ text: String) -> String { JSONWriter.quoted(text) }
        func t(_ text: LocalizedText) -> String { s(text.resolve(lang, fallback: source)) }
        func n(_ value: Decimal) -> String { MoneyFormat.plain(value) }
        var out = "{\n"
        out += "  \"budget\": \(s(b.id)),\n  \"system\": \(s(b.system)),\n  \"year\": \(b.year),\n"
        out += "  \"currency\": \(s(b.currency)),\n  \"title\": \(t(b.title)),\n"
        out += "  \"procedure\": \(s(report.procedure.id)),\n"
        out +=
            "  \"codes\": {"
            + b.codes.map { "\(s($0.name.resolve(.en, fallback: source))): \(s($0.value))" }.joined(separator: ", ")
            + "},\n"
        out +=
            "  \"lines\": [\n"
            + b.lines.map { line in
                "    {\"id\": \(s(line.id)), \"label\": \(t(line.label)), \"group\": \(line.group.map(t) ?? "null"), \"amount\": \(n(line.amount.value)), \"source\": \(s(line.source))}"
            }.joined(separator: ",\n") + "\n  ],\n"
        out +=
            "  \"total\": \(n(b.total.value)),\n  \"sum\": \(n(report.sum)),\n  \"balanced\": \(report.sum == b.total.value),\n"
        if let financing = b.financing {
            out +=
                "  \"financing\": {\n    \"shares\": [\n"
                + report.shares.map { share, amount in
                    "      {\"id\": \(s(share.id)), \"label\": \(t(share.label)), \"percent\": \(n(share.percent)), \"amount\": \(n(amount))}"
                }.joined(separator: ",\n") + "\n    ],\n"
            out += "    \"remainder\": \(n(report.remainder)),\n    \"remainderTo\": \(s(financing.remainderTo)),\n"
            out += "    \"rounding\": \(t(financing.rounding)),\n    \"source\": \(s(financing.source))\n  },\n"
        } else {
            out += "  \"financing\": null,\n"
        }
        out +=
            "  \"invoicing\": ["
            + b.invoicing.map {
                "\n    {\"from\": \(s($0.from)), \"to\": \(s($0.to)), \"what\": \(t($0.what)), \"source\": \(s($0.source))}"
            }.joined(separator: ",") + (b.invoicing.isEmpty ? "],\n" : "\n  ],\n")
        out +=
            "  \"notes\": ["
            + b.notes.map { "\n    {\"text\": \(t($0.text)), \"source\": \(s($0.source))}" }.joined(separator: ",")
            + (b.notes.isEmpty ? "],\n" : "\n  ],\n")
        let adaptationJSON =
            adaptation.map {
                JSONWriter.pretty(GuideJSONRenderer.value($0)).replacingOccurrences(of: "\n", with: "\n  ")
            } ?? "null"
        out += "  \"adaptation\": \(adaptationJSON)\n}\n"
        return out
    }
}
