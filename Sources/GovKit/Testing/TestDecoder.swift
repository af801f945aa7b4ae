/// Decodes the test cases written in procedure files.
enum TestDecoder {
    static func decode(_ node: JSONNode, sink: DiagnosticSink) -> ProcedureTest? {
        var r = ObjectReader(node, what: "a test", sink: sink)
        guard r.isObject else { return nil }
        let name = r.string("name", required: true)
        let guide = r.string("guide", required: true)
        let system = r.string("system")
        let now = r.string("now")
        if let now, let problem = TimeInput.syntaxProblem(now, isoOnly: true), let node = r.node("now") {
            sink.error(.invalidValue, at: node.offset, "'now' \"\(now)\" \(problem.reason)", hint: problem.hint)
        }
        let factsNode = r.node("facts")
        let facts = objectValues(factsNode, what: "'facts'", sink: sink)
        var expectDerived: [String: JSONValue] = [:]
        var expectSteps: [String]?
        var expectMissing: [String]?
        if let expectNode = r.node("expect", required: true),
            case var e = ObjectReader(expectNode, what: "'expect'", sink: sink), e.isObject
        {
            expectDerived = objectValues(e.node("derived"), what: "'derived'", sink: sink)
            if e.has("steps") { expectSteps = e.strings("steps") } else { _ = e.node("steps") }
            if e.has("missing") { expectMissing = e.strings("missing") } else { _ = e.node("missing") }
            e.finish()
        }
        r.finish()
        guard let name, let guide else { return nil }
        var test = ProcedureTest(
            name: name, guide: guide, system: system, now: now, facts: facts, expectDerived: expectDerived,
            expectSteps: expectSteps, expectMissing: expectMissing, offset: node.offset)
        test.systemOffset = r.node("system")?.offset
        if let factsNode, factsNode.isObject {
            for member in factsNode.members { test.factOffsets[member.key] = member.value.offset }
        }
        return test
    }

    static func objectValues(_ node: JSONNode?, what: StaticString, sink: DiagnosticSink) -> [String: JSONValue] {
        guard let node else { return [:] }
        guard case .object(let members) = node.kind else {
            sink.error(
                .wrongType, at: node.offset, "\(what) must be an object, found \(node.typeName)",
                hint: "write { \"name\": value }")
            return [:]
        }
        var out: [String: JSONValue] = [:]
        for member in members { out[member.key] = member.value.value }
        return out
    }
}
