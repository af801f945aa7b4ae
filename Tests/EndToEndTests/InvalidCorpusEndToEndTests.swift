import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The built `govctl validate` prints, for each case of the invalid corpus (Tests/GovKitTests/Fixtures/invalid),
/// exactly the report its `expected.txt` records (the library test checks the same through GovKit), and exits 65
/// when there is an error.
final class InvalidCorpusEndToEndTests: XCTestCase {
    static let directory = Binary.root.appending(path: "Tests/GovKitTests/Fixtures/invalid")

    static func entries(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// Each case's directory, relative to the corpus (one without `expected.txt` fails, never drops out).
    static let cases: [String] = entries(directory).flatMap { code in
        entries(directory.appending(path: code)).map { "\(code)/\($0)" }
    }

    func testTheCorpusHasACaseForEveryCode() {
        expectEqual(Set(Self.cases.map { $0.split(separator: "/")[0] }).count, DiagnosticCode.allCases.count)
    }

    func testValidatePrintsTheCorpusReport() throws {
        forEachCase(Self.cases) { a0 in
            try Self.validatePrintsTheCorpusReport(a0)
        }
    }

    static func validatePrintsTheCorpusReport(_ name: String) throws {
        let url = Self.directory.appending(path: name)
        let files = Self.entries(url).filter { $0.hasSuffix(".json") }
        // A case about permissions (`mode.txt`) runs in a copy whose files have that mode (git keeps none but 644).
        let fm = FileManager.default
        var directory = url
        var made: URL?
        defer { made.map(TemporaryDirectory.remove) }
        if let text = try? String(contentsOf: url.appending(path: "mode.txt"), encoding: .utf8),
            let mode = Int(text.trimmingCharacters(in: .whitespacesAndNewlines), radix: 8)
        {
            let copy = try TemporaryDirectory.make("corpus")
            made = copy
            for file in files {
                try fm.copyItem(at: url.appending(path: file), to: copy.appending(path: file))
                try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: copy.appending(path: file).path)
            }
            directory = copy
        }
        // Run from the case's directory with the file names, so the paths printed are the ones recorded.
        let result = try Binary.run(["validate"] + files, directory: directory)
        let expected = try String(contentsOf: url.appending(path: "expected.txt"), encoding: .utf8)
        expectEqual(result.stdout, expected)
        expectEqual(result.stderr, "")
        let hasError = expected.contains(": error: ")
        expectEqual(result.exitCode, (hasError ? 65 : 0))
    }

    func testTestRefusesInvalidProceduresWithExit65() throws {
        let result = try Binary.run(["test", "Tests/GovKitTests/Fixtures/invalid/schema-version/version-2"])
        expectEqual(result.exitCode, 65)
        expectTrue(result.stderr.contains("schemaVersion 2 is not supported by this govctl"), "\(result.stderr)")
    }
}
