extension GuideDecoder {
    /// Warns about `==` and `!=` on text (a text literal, or a fact that holds text): JSON Logic's `==` converts
    /// values of different types before comparing, so text against a fact that was not given (null), a number or
    /// true/false holds or fails by accident. `===` and `!==` compare text as text. A warning with its code:
    /// `validate --strict` fails on it.
    static func warnLooseEquality(_ guide: JSONNode, facts: [FactDefinition], sink: DiagnosticSink) {
        guard guide.isObject else { return }
        var text: Set<String> = ["system.id", "system.name", "system.organisation"]
        for name in ["now"] + facts.filter({ $0.kind == .time }).map(\.id) {
            for part in ["iso", "date", "time"] { text.insert("\(name).\(part)") }
        }
        for fact in facts where fact.kind == .string || fact.kind == .choice { text.insert(fact.id) }
        for member in guide.members {
            switch member.key {
            case "appliesWhen": visit(member.value, text: text, sink: sink)
            case "derived", "steps", "texts":
                for entry in member.value.elements where entry.isObject {
                    for rule in entry.members where rule.key == "logic" || rule.key == "when" {
                        visit(rule.value, text: text, sink: sink)
                    }
                }
            default: break
            }
        }
    }

    private static func visit(_ node: JSONNode, text: Set<String>, sink: DiagnosticSink) {
        if node.isArray {
            for element in node.elements { visit(element, text: text, sink: sink) }
            return
        }
        guard node.isObject else { return }
        for member in node.members {
            let op = member.key
            if op == "==" || op == "!=", member.value.isArray,
                case let sides = Array(member.value.elements), sides.count == 2,
                // Against null, `==` and `===` agree on every JSON value (`x != null` is a common test).
                !sides.contains(where: { $0.entry.tag == .null }),
                let side = sides.lazy.compactMap({ describeText($0, text: text) }).first
            {
                let strict = op == "==" ? "===" : "!=="
                sink.warning(
                    .looseEquality, at: member.keyOffset,
                    "'\(op)' compares with text (\(side)): use '\(strict)' instead",
                    hint: "'\(op)' converts values of different types before comparing them (text against a fact "
                        + "that was not given, a number, true or false); \"\(strict)\" compares text as text")
            }
            visit(member.value, text: text, sink: sink)
        }
    }

    /// How a side of a comparison holds text, or `nil`: a text literal, or `{"var": …}` of a fact that holds text.
    private static func describeText(_ node: JSONNode, text: Set<String>) -> String? {
        if let literal = node.stringValue { return "\"\(literal)\"" }
        guard node.isObject, let read = node.members.first(where: { $0.key == "var" })?.value else { return nil }
        let name = read.stringValue ?? (read.isArray ? Array(read.elements).first?.stringValue : nil)
        guard let name, text.contains(name) else { return nil }
        return "'\(name)' holds text"
    }
}
