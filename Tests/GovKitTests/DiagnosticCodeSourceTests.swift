import Foundation
import Testing

@testable import GovKit

/// Until every call site passes a `DiagnosticCode`, the code strings written in Sources/GovKit must be its cases.
@Suite struct DiagnosticCodeSourceTests {
    /// The code literals of `sink.error("…"`, `sink.warning("…"`, `report("…"` and the rule decoder's choice
    /// between two codes, in every Swift file of Sources/GovKit.
    static func codeLiterals() throws -> [String: [String]] {
        let sources = Repository.url("Sources/GovKit")
        let calls = try Regex(#"[.\s](?:error|warning|report)\(\s*"([a-z][a-z0-9-]*)""#)
        let choice = try Regex(#"let code = [^\n]*\? "([a-z][a-z0-9-]*)" : "([a-z][a-z0-9-]*)""#)
        var found: [String: [String]] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: calls) {
                if let code = match.output[1].substring {
                    found[String(code), default: []].append(url.lastPathComponent)
                }
            }
            for match in text.matches(of: choice) {
                for i in 1...2 {
                    if let code = match.output[i].substring {
                        found[String(code), default: []].append(url.lastPathComponent)
                    }
                }
            }
        }
        return found
    }

    @Test func everyCodeWrittenInTheSourcesIsADiagnosticCode() throws {
        let literals = try Self.codeLiterals()
        for (code, files) in literals {
            #expect(
                DiagnosticCode(rawValue: code) != nil, "'\(code)' (in \(Set(files).sorted())) is not a DiagnosticCode")
        }
    }

    @Test func everyDiagnosticCodeIsWrittenInTheSourcesWhileTheyUseStrings() throws {
        let literals = try Self.codeLiterals()
        // Once the call sites pass `DiagnosticCode` cases there are no literals left to compare.
        guard !literals.isEmpty else { return }
        #expect(Set(DiagnosticCode.allCases.map(\.rawValue)).subtracting(literals.keys).sorted() == [])
    }
}
