/// Decodes guides: facts, derived values, steps, texts, and their JSON Logic rules.
enum GuideDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> Guide? {
        var r = ObjectReader(node, what: "a guide", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let title = r.text("title", required: true)
        let purpose = purpose(&r, sink: sink)
        let systems = r.strings("systems")
        let appliesWhen = r.node("appliesWhen").flatMap { logic($0, sink: sink) }
        let facts = r.array("facts") { node, sink in decodeFact(node, sink: sink) }
        let derived = r.array("derived") { node, sink in decodeDerived(node, sink: sink) }
        let steps = r.array("steps") { node, sink in decodeStep(node, sink: sink) }
        let texts = r.array("texts") { node, sink in decodeText(node, sink: sink) }
        let monitor = r.node("monitor").flatMap { decodeMonitor($0, sink: sink) }
        let source = r.string("source", required: true)
        r.finish()
        if sink.checks.contains(.lints) { warnLooseEquality(node, facts: facts, sink: sink) }
        guard let id, let title, let source else { return nil }
        return Guide(
            offset: node.offset, id: id, title: title, purpose: purpose, systems: systems, appliesWhen: appliesWhen,
            facts: facts,
            derived: derived, steps: steps, texts: texts, monitor: monitor, source: source)
    }

    /// Compiles a rule; an unknown operator or malformed arguments are reported at the exact spot in the file.
    static func logic(_ node: JSONNode, sink: DiagnosticSink) -> LogicField? {
        do throws(LogicError) {
            return LogicField(rule: try Rule(node.value), offset: node.offset)
        } catch {
            let offset = locate(error.rulePath, in: node)
            let code: DiagnosticCode = error.type == LogicErrorType.unknownOperator ? .unknownOperator : .invalidRule
            let hint: String
            if error.type == LogicErrorType.unknownOperator, case .key(let name)? = error.rulePath.last {
                let suggestion = Suggestions.closest(to: name, among: Rule.operators)
                hint =
                    (suggestion.map { "did you mean '\($0)'? " } ?? "")
                    + "see docs/procedure-format.md for the operators"
            } else {
                hint = "see docs/procedure-format.md for how each operator takes its arguments"
            }
            sink.error(code, at: offset, error.detail ?? error.type, hint: hint)
            return nil
        }
    }

    /// The offset of the deepest node along `path` (keys and indexes) inside `node`.
    static func locate(_ path: [RulePathComponent], in node: JSONNode) -> Int {
        var current = node
        var offset = node.offset
        for component in path {
            switch (component, current.kind) {
            case (.key(let key), .object(let members)):
                guard let member = members.first(where: { $0.key == key }) else { return offset }
                offset = member.keyOffset
                current = member.value
            case (.index(let i), .array(let items)) where i < items.count:
                current = items[i]
                offset = current.offset
            default:
                return offset
            }
        }
        return offset
    }

    static func decodeFact(_ node: JSONNode, sink: DiagnosticSink) -> FactDefinition? {
        var r = ObjectReader(node, what: "a fact", sink: sink)
        guard r.isObject else { return nil }
        let id = r.variableName("id")
        let kind = RoleDecoder.enumValue(&r, "type", FactDefinition.Kind.self, required: true)
        let label = r.text("label", required: true)
        let required = r.bool("required") ?? false
        let multiline = r.bool("multiline") ?? false
        let choices = r.array("choices", decodeChoice)
        let valueNode = r.node("value")
        let defaultNode = r.node("default")
        let source = r.string("source", required: valueNode != nil)
        let interpretation = r.interpretation()
        r.finish()
        if kind == .choice, choices.isEmpty {
            sink.error(
                .missingKey, at: node.offset, "the choice fact '\(id ?? "?")' lists no 'choices'",
                hint: "add \"choices\": [{\"id\": …, \"label\": …}]")
        }
        for (key, given) in [("value", valueNode), ("default", defaultNode)] {
            // A value is written exactly; a default goes through the reading of a typed value, which takes any
            // number a `Double` holds, so only one the reader could make infinite (1e400) is refused.
            guard let given, case .number(let text) = given.kind,
                key == "value"
                    ? text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) : !(Double(text)?.isFinite ?? false)
            else { continue }
            sink.error(
                .invalidValue, at: given.offset, "the \(key) \(text) of fact '\(id ?? "?")' must be exact",
                hint: "write a whole number, or an exact decimal as a string, e.g. \"12.50\"")
        }
        if multiline, kind != nil, kind != .string, let multilineNode = r.node("multiline") {
            sink.error(
                .invalidValue, at: multilineNode.offset, "only a text fact can take several lines ('multiline')",
                hint: "leave out \"multiline\", or make the fact \"type\": \"string\"")
        }
        guard let id, let kind, let label else { return nil }
        // The value, the default and the choices are checked against the type in ProcedureChecker.checkFactValues.
        var fact = FactDefinition(
            offset: node.offset, id: id, kind: kind, label: label, required: required, choices: choices,
            value: valueNode?.value, defaultValue: defaultNode?.value, source: source)
        fact.valueOffset = valueNode?.offset
        fact.defaultOffset = defaultNode?.offset
        fact.multiline = multiline
        fact.choicesOffset = r.node("choices")?.offset
        fact.interpretation = interpretation
        return fact
    }

    static func decodeChoice(_ node: JSONNode, sink: DiagnosticSink) -> Choice? {
        var c = ObjectReader(node, what: "a choice", sink: sink)
        guard c.isObject else { return nil }
        let id = c.identifier("id")
        let label = c.text("label", required: true)
        c.finish()
        guard let id, let label else { return nil }
        return Choice(id: id, label: label)
    }

    static func decodeDerived(_ node: JSONNode, sink: DiagnosticSink) -> DerivedValue? {
        var r = ObjectReader(node, what: "a derived value", sink: sink)
        guard r.isObject else { return nil }
        let id = r.variableName("id")
        let label = r.text("label")
        let logic = r.node("logic", required: true).flatMap { Self.logic($0, sink: sink) }
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        let whenNotGiven = r.node("interpretationWhenNotGiven")
        let whenNotGivenId = r.string("interpretationWhenNotGiven")
        r.finish()
        guard let id, let logic, let source else { return nil }
        var value = DerivedValue(
            offset: node.offset, id: id, label: label, logic: logic, source: source, interpretation: interpretation)
        value.interpretationWhenNotGiven = whenNotGivenId
        value.interpretationWhenNotGivenOffset = whenNotGiven?.offset
        return value
    }

    static func decodeStep(_ node: JSONNode, sink: DiagnosticSink) -> Step? {
        var r = ObjectReader(node, what: "a step", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let text = r.text("text", required: true)
        let when = r.node("when").flatMap { logic($0, sink: sink) }
        let role = r.string("role")
        let source = r.string("source", required: true)
        let interpretation = r.interpretation()
        r.finish()
        guard let id, let text, let source else { return nil }
        return Step(
            offset: node.offset, id: id, text: text, when: when, role: role, source: source,
            interpretation: interpretation)
    }

    static func decodeText(_ node: JSONNode, sink: DiagnosticSink) -> TextTemplate? {
        var r = ObjectReader(node, what: "a text", sink: sink)
        guard r.isObject else { return nil }
        let id = r.identifier("id")
        let label = r.text("label", required: true)
        var fixedLanguage: Language?
        if let code = r.string("language") {
            fixedLanguage = Language(rawValue: code)
            if fixedLanguage == nil {
                sink.error(
                    .invalidValue, at: r.node("language")?.offset, "unknown language '\(code)'",
                    hint: "use \"nb\", \"sv\" or \"en\"")
            }
        }
        let saved = sink.language
        if let fixedLanguage { sink.language = fixedLanguage == .en ? saved : nil }
        let text = r.text("text", required: true)
        sink.language = saved
        let when = r.node("when").flatMap { logic($0, sink: sink) }
        let source = r.string("source", required: true)
        r.finish()
        guard let id, let label, let text, let source else { return nil }
        return TextTemplate(
            offset: node.offset, id: id, label: label, text: text, fixedLanguage: fixedLanguage, when: when,
            source: source)
    }
}
