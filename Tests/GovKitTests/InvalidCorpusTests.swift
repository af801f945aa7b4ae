import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The invalid corpus: Tests/GovKitTests/Fixtures/invalid/<code>/<case>/ holds one or more procedure files that
/// raise `<code>`, and `expected.txt`, what `govctl validate` prints for them (file:line:col, message, hint).
/// `make golden` (GOVCTL_RECORD=1) re-records the expected texts; review them in the diff.
/// A case whose code is not raised yet is marked by a `known-issue.txt` that says why.
final class InvalidCorpusTests: XCTestCase {
    static let directory = Repository.url("Tests/GovKitTests/Fixtures/invalid")
    /// Fixed, so that `expired` does not depend on the day the tests run.
    static let today = CalendarDate(year: 2026, month: 11, day: 21)
    static var recording: Bool { ProcessInfo.processInfo.environment["GOVCTL_RECORD"] == "1" }

    struct Case: CustomStringConvertible, Sendable {
        let code: String
        let name: String
        var url: URL { InvalidCorpusTests.directory.appending(path: code).appending(path: name) }
        var description: String { "\(code)/\(name)" }

        /// The `*.json` files of the case, by name.
        var files: [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".json") }.sorted()
        }

        /// Why the case does not raise its code yet, if it does not.
        var knownIssue: String? {
            (try? String(contentsOf: url.appending(path: "known-issue.txt"), encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The mode the files get before they are read (`mode.txt`, octal), for the cases about permissions: git
        /// keeps none but 644 and 755, so a copy of the case is given it.
        var mode: Int? {
            (try? String(contentsOf: url.appending(path: "mode.txt"), encoding: .utf8)).flatMap {
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines), radix: 8)
            }
        }

        /// The case checked as `govctl validate` checks files, with paths relative to the case's directory.
        func diagnostics() throws -> [Diagnostic] {
            if let mode { return try diagnostics(mode: mode) }
            let loaded = try files.map { name in
                ProcedureFile(path: name, bytes: [UInt8](try Data(contentsOf: url.appending(path: name))))
            }
            return ProcedureLoader.check(loaded, today: InvalidCorpusTests.today)
        }

        /// The files copied to a temporary directory with `mode`, read from disk as `govctl validate` reads them,
        /// and named by their names.
        func diagnostics(mode: Int) throws -> [Diagnostic] {
            let fm = FileManager.default
            let copy = try TemporaryDirectory.make("corpus")
            defer { TemporaryDirectory.remove(copy) }
            for name in files {
                try fm.copyItem(at: url.appending(path: name), to: copy.appending(path: name))
                try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: copy.appending(path: name).path)
            }
            let read = try ProcedureFiles.read(files.map { copy.appending(path: $0).path })
            let named = zip(files, read).map { name, file in
                ProcedureFile(
                    path: name, bytes: file.bytes,
                    exposures: file.exposures.map {
                        WritableByOthers(path: name, mode: $0.mode, isDirectory: $0.isDirectory)
                    })
            }
            return ProcedureLoader.check(named, today: InvalidCorpusTests.today)
        }
    }

    static func subdirectories(of url: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appending(path: name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    static let cases: [Case] = subdirectories(of: directory).flatMap { code in
        subdirectories(of: directory.appending(path: code)).map { Case(code: code, name: $0) }
    }

    func testEachCasePrintsWhatItsGoldenFileSays() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try eachCasePrintsWhatItsGoldenFileSays(a0) }
        }
    }

    func eachCasePrintsWhatItsGoldenFileSays(_ c: Case) throws {
        let diagnostics = try c.diagnostics()
        let actual = DiagnosticRenderer.validationText(diagnostics, files: c.files.count)
        let golden = c.url.appending(path: "expected.txt")
        if Self.recording { try Data(actual.utf8).write(to: golden) }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        expectEqual(actual, expected, "re-record with `make golden` if the change is intended")
    }

    func testEachCaseRaisesTheCodeItIsFiledUnder() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try eachCaseRaisesTheCodeItIsFiledUnder(a0) }
        }
    }

    func eachCaseRaisesTheCodeItIsFiledUnder(_ c: Case) throws {
        let codes = try c.diagnostics().map(\.code.rawValue)
        if let reason = c.knownIssue {
            // A known issue: the code is not raised yet. When it is, the case says so, so that its note goes.
            expectTrue(!codes.contains(c.code), "known issue (\(reason)) is mended: remove it from the case")
        } else {
            expectTrue(codes.contains(c.code), "codes raised: \(codes)")
        }
    }

    /// What a script reads in `govctl validate --format json`: each diagnostic a case raises, with a code that is one
    /// of `DiagnosticCode`'s (the table in docs/procedure-format.md) and the severity that table gives it, and
    /// counts that agree with the list.
    func testTheJSONReportGivesEveryCodeRaisedWithItsSeverity() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try theJSONReportGivesEveryCodeRaisedWithItsSeverity(a0) }
        }
    }

    func theJSONReportGivesEveryCodeRaisedWithItsSeverity(_ c: Case) throws {
        let diagnostics = try c.diagnostics()
        let text = DiagnosticRenderer.validationJSON(diagnostics, files: c.files.count, valid: true)
        let report = try JSONParser.parse(text).root.value
        let entries = try require(report["diagnostics"]?.arrayValue)
        expectEqual(entries.count, diagnostics.count)
        var counts: [String: Int] = [:]
        for entry in entries {
            let code = try require(
                entry["code"]?.stringValue.flatMap(DiagnosticCode.init(rawValue:)), "not a code: \(entry)")
            let severity = try require(entry["severity"]?.stringValue)
            expectEqual(severity, code.severity.rawValue, "\(code.rawValue) is reported as \(severity)")
            counts[severity, default: 0] += 1
        }
        for (severity, key) in [("error", "errors"), ("warning", "warnings"), ("note", "notes")] {
            expectEqual(report[key], .number(Double(counts[severity] ?? 0)), "\(key)")
        }
    }

    func testTheCorpusHasACaseForEveryDiagnosticCode() throws {
        var raised: Set<String> = []
        for c in Self.cases where c.knownIssue == nil {
            if try c.diagnostics().contains(where: { $0.code.rawValue == c.code }) { raised.insert(c.code) }
        }
        let all = Set(DiagnosticCode.allCases.map(\.rawValue))
        expectEqual(all.subtracting(raised).sorted(), [], "codes with no corpus case that raises them")
        expectEqual(Set(Self.cases.map(\.code)).subtracting(all).sorted(), [], "corpus folders named for no code")
    }

    func testTheCorpusIsNotEmpty() {
        expectTrue(Self.cases.count >= DiagnosticCode.allCases.count)
    }
}
