import Foundation
import GovKit
import TestSupport
import XCTest

/// Issue 17: the schema and `govctl validate` agree wherever the schema can express a rule. Each deliberate mistake of
/// Tests/Fixtures/schema-comparison/mistakes.json goes to a real JSON Schema validator (scripts/schema-check.py,
/// Python's jsonschema) and to the built `govctl validate`, and both must give the verdicts the list gives: govctl
/// rejects every mistake, with the listed code; the schema rejects it too unless the entry says why it cannot.
final class SchemaComparisonTests: XCTestCase {
    static let list = Binary.root.appending(path: "Tests/Fixtures/schema-comparison/mistakes.json")
    static let schema = Binary.root.appending(path: "schema/procedure.schema.json")
    static let script = Binary.root.appending(path: "scripts/schema-check.py")
    /// The `python3` a person would run: the first on PATH (pyenv's, a virtualenv's, Debian's).
    static let python: String? = ToolRequirement.locate("python3")

    struct Mistake: Sendable, CustomStringConvertible {
        let entry: JSONValue
        var id: String { entry["id"]?.stringValue ?? "?" }
        var description: String { id }
        var schemaVerdict: String? { entry["expect"]?["schema"]?.stringValue }
        var govctlVerdict: String? { entry["expect"]?["govctl"]?.stringValue }
        var code: String? { entry["code"]?.stringValue }
        var strict: Bool { entry["strict"] == .bool(true) }
        var why: String? { entry["why"]?.stringValue }
    }

    static let mistakes: [Mistake] = {
        guard let bytes = try? Data(contentsOf: list), let parsed = try? JSONParser.parse([UInt8](bytes)),
            let entries = parsed.root.value["mistakes"]?.arrayValue
        else { return [] }
        return entries.map(Mistake.init)
    }()

    /// The text of the file that holds the mistake.
    static func text(of mistake: Mistake) throws -> String {
        let entry = mistake.entry
        if let file = entry["file"] { return JSONWriter.pretty(file) + "\n" }
        guard let base = entry["base"]?.stringValue else { throw JSONPatch.Failure(description: "no 'base'") }
        let original = String(
            decoding: try Data(contentsOf: Binary.root.appending(path: "procedures/\(base)")), as: UTF8.self)
        if let edit = entry["edit"] {
            guard let find = edit["find"]?.stringValue, let replace = edit["replace"]?.stringValue,
                let range = original.range(of: find)
            else { throw JSONPatch.Failure(description: "the edit's 'find' is not in \(base)") }
            return original.replacingCharacters(in: range, with: replace)
        }
        let patched = try JSONPatch.apply(
            entry["patch"]?.arrayValue ?? [], to: try JSONParser.parse(original).root.value)
        return JSONWriter.pretty(patched) + "\n"
    }

    /// Each mistake's text, worked out once for the two tests that write it (a patched procedure written out again
    /// costs the debug build's JSON reader and writer more than the run of govctl that reads it); a mistake whose text
    /// cannot be made is missing here, and `write` says why.
    static let texts: [String: String] = Dictionary(
        uniqueKeysWithValues: mistakes.compactMap { mistake in (try? text(of: mistake)).map { (mistake.id, $0) } })

    /// A fresh directory holding each mistake as `<id>.json`; the caller removes it (this removes it if it throws).
    static func write(_ mistakes: [Mistake]) throws -> (directory: URL, files: [String: URL]) {
        let directory = try TemporaryDirectory.make("mistakes")
        var files: [String: URL] = [:]
        do {
            for mistake in mistakes {
                let url = directory.appending(path: "\(mistake.id).json")
                try Data((try texts[mistake.id] ?? text(of: mistake)).utf8).write(to: url)
                files[mistake.id] = url
            }
        } catch {
            TemporaryDirectory.remove(directory)
            throw error
        }
        return (directory, files)
    }

    /// The validator's verdict ("accept" or "reject", with its first error) for each file, or `nil` (after a SKIPPED
    /// note, or a failure under GOVCTL_REQUIRE_TOOLS=1) when python3 or its jsonschema package is missing.
    static func schemaVerdicts(_ files: [URL]) throws -> [String: (verdict: String, error: String)]? {
        guard let python else {
            ToolRequirement.missing("python3", for: "the schema side of the schema comparison")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, schema.path] + files.map(\.path)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        if process.terminationStatus == 3 {
            ToolRequirement.missing("python3-jsonschema", for: "the schema side of the schema comparison")
            return nil
        }
        expectEqual(process.terminationStatus, 0, "\(String(decoding: stderr, as: UTF8.self))")
        var verdicts: [String: (verdict: String, error: String)] = [:]
        for line in String(decoding: stdout, as: UTF8.self).split(separator: "\n") {
            let value = try JSONParser.parse(String(line)).root.value
            guard let file = value["file"]?.stringValue, let verdict = value["verdict"]?.stringValue else { continue }
            verdicts[file] = (verdict, value["error"]?.stringValue ?? "")
        }
        return verdicts
    }

    func testTheListHasSeventyTwoMistakesEachWithItsVerdictsAndWhyTheSchemaCannotSeeIt() throws {
        expectEqual(Self.mistakes.count, 72)
        expectEqual(Set(Self.mistakes.map(\.id)).count, Self.mistakes.count, "ids repeat")
        for mistake in Self.mistakes {
            let entry = mistake.entry
            expectEqual(entry["description"]?.stringValue?.isEmpty, false, "\(mistake.id): no description")
            expectEqual(
                [entry["patch"], entry["edit"], entry["file"]].compactMap { $0 }.count, 1,
                "\(mistake.id): give exactly one of patch, edit and file")
            expectEqual(mistake.govctlVerdict, "reject", "\(mistake.id): govctl must reject every mistake")
            expectTrue(["accept", "reject"].contains(mistake.schemaVerdict), "\(mistake.id): expect.schema")
            expectEqual(
                (mistake.schemaVerdict == "accept"), (mistake.why != nil),
                "\(mistake.id): 'why' exactly where the schema accepts")
            expectTrue(DiagnosticCode(rawValue: mistake.code ?? "") != nil, "\(mistake.id): unknown code")
            if let base = entry["base"]?.stringValue {
                expectTrue(
                    FileManager.default.fileExists(atPath: Binary.root.appending(path: "procedures/\(base)").path))
            }
        }
        // Both kinds are there: mistakes both reject, and checks across fields that only govctl can make.
        expectTrue(Self.mistakes.filter { $0.schemaVerdict == "accept" }.count >= 20)
        expectTrue(Self.mistakes.filter { $0.schemaVerdict == "reject" }.count >= 40)
    }

    func testGovctlValidateRejectsTheMistakeWithItsCode() throws {
        forEachCase(Self.mistakes) { a0 in
            try Self.govctlValidateRejectsTheMistakeWithItsCode(a0)
        }
    }

    static func govctlValidateRejectsTheMistakeWithItsCode(_ mistake: Mistake) throws {
        let (directory, files) = try Self.write([mistake])
        defer { TemporaryDirectory.remove(directory) }
        let file = try require(files[mistake.id])
        let run = try Binary.run(
            ["validate", "--format", "json", file.path] + (mistake.strict ? ["--strict"] : []), directory: directory)
        expectEqual(run.exitCode, 65, "\(mistake.id): govctl validate accepted it: \(run.stdout)")
        let report = try JSONParser.parse(run.stdout).root.value
        let codes = report["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        expectTrue(codes.contains(mistake.code ?? ""), "\(mistake.id): \(codes), not \(mistake.code ?? "")")
        if let message = mistake.entry["message"]?.stringValue {
            let said =
                report["diagnostics"]?.arrayValue?.flatMap { diagnostic in
                    ["message", "hint"].compactMap { diagnostic[$0]?.stringValue }
                } ?? []
            expectTrue(said.contains { $0.contains(message) }, "\(mistake.id): '\(message)' is not in \(said)")
        }
        if mistake.strict {
            // A warning: without --strict the file passes.
            let lenient = try Binary.run(["validate", file.path], directory: directory)
            expectEqual(lenient.exitCode, 0, "\(mistake.id): \(lenient.stdout)")
        }
    }

    func testARealJSONSchemaValidatorGivesTheListedVerdicts() throws {
        let (directory, files) = try Self.write(Self.mistakes)
        defer { TemporaryDirectory.remove(directory) }
        guard let verdicts = try Self.schemaVerdicts(Array(files.values)) else { return }
        for mistake in Self.mistakes {
            let got = files[mistake.id].flatMap { verdicts[$0.path] }
            expectEqual(
                got?.verdict, mistake.schemaVerdict,
                "\(mistake.id) (\(mistake.entry["description"]?.stringValue ?? "")): the schema says \(got?.verdict ?? "nothing") \(got?.error ?? ""), the list \(mistake.schemaVerdict ?? "")"
            )
        }
    }

    func testARealJSONSchemaValidatorAcceptsEveryBundledProcedureAndEveryNewSkeleton() throws {
        let directory = try TemporaryDirectory.make("skeletons")
        defer { TemporaryDirectory.remove(directory) }
        var files: [URL] = []
        for language in ["nb", "sv"] {
            let url = directory.appending(path: "skeleton-\(language).json")
            try Data(try Binary.run(["new", "skeleton-\(language)", "--lang", language]).stdout.utf8).write(to: url)
            files.append(url)
        }
        let procedures = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: procedures.path) where name.hasSuffix(".json") {
            files.append(procedures.appending(path: name))
        }
        expectEqual(files.count, 7)
        guard let verdicts = try Self.schemaVerdicts(files) else { return }
        for file in files {
            expectEqual(
                verdicts[file.path]?.verdict, "accept",
                "\(file.lastPathComponent): \(verdicts[file.path]?.error ?? "no verdict")")
        }
    }

    func testGovctlSchemaPrintsTheSchemaTheValidatorReads() throws {
        let printed = try Binary.run(["schema"])
        expectEqual(printed.exitCode, 0)
        try expectEqual(printed.stdout, String(decoding: try Data(contentsOf: Self.schema), as: UTF8.self))
    }
}
