import Testing

@testable import GovKit

/// Reporting with a `DiagnosticCode` gives the same diagnostic as reporting with its string.
@Suite struct DiagnosticCodeReportingTests {
    static let source = SourceText(path: "p.json", bytes: Array("{\n  \"id\": 1\n}\n".utf8))

    @Test func aSinkReportsACodeAsItsString() {
        let sink = DiagnosticSink(source: Self.source)
        sink.error(.wrongType, at: 4, "message", hint: "hint")
        sink.error("wrong-type", at: 4, "message", hint: "hint")
        sink.warning(.expired, at: nil, "old")
        #expect(sink.items.count == 3)
        #expect(sink.items[0] == sink.items[1])
        #expect(sink.items[0].diagnosticCode == .wrongType)
        #expect(sink.items[0].position == SourcePosition(line: 2, column: 3))
        #expect(sink.items[2].severity == .warning && sink.items[2].code == "expired")
    }

    @Test func aCodeThatIsNoCaseHasNoDiagnosticCode() {
        let d = Diagnostic(.error, code: "made-up", file: "p.json", position: nil, message: "m", hint: nil)
        #expect(d.diagnosticCode == nil)
    }

    @Test(arguments: DiagnosticCode.allCases)
    func eachCodeIsItsOwnRawValue(_ code: DiagnosticCode) {
        #expect(DiagnosticCode(rawValue: code.rawValue) == code)
        #expect(code.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
    }
}
