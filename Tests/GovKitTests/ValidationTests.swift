import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The validator reports every problem with its position, a stable code and a hint.
final class ValidationTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)

    /// A small valid procedure; `edit` changes its text to introduce one problem.
    static func procedure(_ edit: (String) -> String = { $0 }) -> String {
        edit(
            """
            {
              "schemaVersion": 1,
              "id": "test-procedure",
              "document": {
                "title": { "nb": "Test", "en": "Test" },
                "organisation": "Testsykehuset",
                "language": "nb",
                "validUntil": "2030-01-01",
                "sourceFile": "000.txt",
                "timeZone": "Europe/Oslo"
              },
              "systems": [{ "id": "abc", "name": "ABC", "criticality": 1, "source": "1" }],
              "roles": [{ "id": "eier", "name": { "nb": "Eier", "en": "Owner" }, "holders": [{ "name": "Kari", "kind": "person" }], "source": "2" }],
              "guides": [{
                "id": "g",
                "title": { "nb": "G", "en": "G" },
                "facts": [{ "id": "minutes", "type": "number", "label": { "nb": "Minutter", "en": "Minutes" } }],
                "derived": [{ "id": "late", "logic": { ">=": [{ "var": "minutes" }, 240] }, "source": "3" }],
                "steps": [{ "id": "1", "text": { "nb": "Ring {{minutes}}", "en": "Call {{minutes}}" }, "role": "eier", "source": "3" }],
                "source": "3"
              }],
              "tests": [{ "name": "t", "guide": "g", "facts": { "minutes": 240 }, "expect": { "derived": { "late": true } } }]
            }
            """)
    }

    func load(_ text: String) -> ProcedureSet {
        ProcedureLoader.load([ProcedureFile(path: "p.json", bytes: Array(text.utf8))], today: Self.today)
    }

    func codes(_ text: String) -> [String] { load(text).diagnostics.map(\.code.rawValue) }

    func testTheSampleProcedureIsValidAndItsTestPasses() {
        let set = load(Self.procedure())
        expectTrue(set.diagnostics.isEmpty)
        let outcomes = ProcedureTestRunner.run(Catalog(set.procedures), now: .now)
        expectEqual(outcomes.map(\.passed), [true])
    }

    func testATypoInAKeyIsAnUnknownKeyWithASuggestion() {
        let set = load(Self.procedure { $0.replacingOccurrences(of: "\"organisation\"", with: "\"organization\"") })
        let unknown = set.diagnostics.first { $0.code.rawValue == "unknown-key" }
        expectEqual(unknown?.message, "unknown key 'organization' in 'document'")
        expectEqual(unknown?.hint, "did you mean 'organisation'?")
        expectEqual(unknown?.position, SourcePosition(line: 6, column: 5))
        expectTrue(set.diagnostics.contains { $0.code.rawValue == "missing-key" })
    }

    func testEveryProblemIsReportedAtOnceSortedByPosition() {
        let set = load(
            Self.procedure {
                $0.replacingOccurrences(of: "\"role\": \"eier\"", with: "\"role\": \"eir\"")
                    .replacingOccurrences(of: "\"language\": \"nb\"", with: "\"language\": \"nb\", \"colour\": 1")
            })
        expectEqual(set.errors.map(\.code.rawValue), ["unknown-key", "unknown-role"])
        expectEqual(set.errors[1].hint, "did you mean 'eier'?")
    }

    func testAnUnknownOperatorIsAnErrorAtLoadTimeAtTheOperator() {
        let set = load(Self.procedure { $0.replacingOccurrences(of: "{ \">=\": [", with: "{ \"=>\": [") })
        let error = set.errors.first
        expectEqual(error?.code.rawValue, "unknown-operator")
        expectEqual(error?.position?.line, 18)
        expectEqual(error?.hint?.hasPrefix("did you mean '"), true)
    }

    func testARuleReadingAnUndeclaredFactIsAnError() {
        let set = load(
            Self.procedure { $0.replacingOccurrences(of: "{ \"var\": \"minutes\" }", with: "{ \"var\": \"minuts\" }") })
        expectEqual(set.errors.map(\.code.rawValue), ["undeclared-fact"])
        expectEqual(set.errors.first?.hint, "did you mean 'minutes'?")
    }

    func testAPlaceholderWithNoFactIsAnError() {
        expectEqual(
            codes(Self.procedure { $0.replacingOccurrences(of: "Ring {{minutes}}", with: "Ring {{minute}}") }),
            [
                "unknown-placeholder"
            ])
    }

    func testAMissingEnglishRenderingIsAnError() {
        expectEqual(
            codes(
                Self.procedure {
                    $0.replacingOccurrences(of: "\"nb\": \"Eier\", \"en\": \"Owner\"", with: "\"nb\": \"Eier\"")
                }), ["missing-translation"])
    }

    func testDuplicateIdsAcrossFilesAreErrors() {
        let text = Self.procedure()
        let set = ProcedureLoader.load(
            [
                ProcedureFile(path: "a.json", bytes: Array(text.utf8)),
                ProcedureFile(path: "b.json", bytes: Array(text.utf8)),
            ], today: Self.today)
        expectEqual(Set(set.errors.map(\.code.rawValue)), ["duplicate-id"])
        expectTrue(set.errors.allSatisfy { $0.file == "b.json" })
    }

    func testASystemDeclaredInAnotherFileResolvesAndAnUndeclaredOneIsReportedWhereItIsNamed() {
        let declaring = Self.procedure()
        func naming(_ system: String, id: String) -> String {
            Self.procedure {
                $0.replacingOccurrences(of: "\"id\": \"test-procedure\"", with: "\"id\": \"\(id)\"")
                    .replacingOccurrences(of: "\"id\": \"g\"", with: "\"id\": \"\(id)-g\"")
                    .replacingOccurrences(of: "\"guide\": \"g\"", with: "\"guide\": \"\(id)-g\"")
                    .replacingOccurrences(
                        of: #"[{ "id": "abc", "name": "ABC", "criticality": 1, "source": "1" }]"#, with: "[]"
                    )
                    // Its own role, so that `who-owns ABC --role eier` finds one (`name-collision` otherwise).
                    .replacingOccurrences(
                        of: #""roles": [{ "id": "eier", "name": { "nb": "Eier", "en": "Owner" },"#,
                        with: #""roles": [{ "id": "\#(id)-eier", "systems": [""# + system + #""], "#
                            + #""name": { "nb": "Eier \#(id)", "en": "Owner \#(id)" },"#
                    )
                    .replacingOccurrences(of: #""role": "eier""#, with: #""role": "\#(id)-eier""#)
            }
        }
        let set = ProcedureLoader.load(
            [
                ProcedureFile(path: "a.json", bytes: Array(declaring.utf8)),
                ProcedureFile(path: "b.json", bytes: Array(naming("abc", id: "b").utf8)),
                ProcedureFile(path: "c.json", bytes: Array(naming("abd", id: "c").utf8)),
            ], today: Self.today)
        expectEqual(set.errors.map(\.file), ["c.json"])
        expectEqual(set.errors.map(\.message), ["unknown system 'abd'"])
        expectEqual(set.errors.map(\.hint), ["did you mean 'abc'?"])
        expectEqual(set.errors.map(\.position), [SourcePosition(line: 13, column: 13)])
    }

    func testCheckingFilesOnDiskReportsWhatLoadingThemReportsWithPositions() throws {
        let directory = try TemporaryDirectory.make("check")
        defer { TemporaryDirectory.remove(directory) }
        let text = Self.procedure()
        for name in ["a.json", "b.json"] {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        let checked = try ProcedureLoader.check(paths: [directory.path], today: Self.today)
        let loaded = ProcedureLoader.load(try ProcedureFiles.read([directory.path]), today: Self.today)
        expectEqual(checked.files, 2)
        expectTrue(!checked.diagnostics.isEmpty)
        // Reading from paths is the same load: the same messages, with the positions of the second file.
        expectEqual(checked.diagnostics, loaded.diagnostics)
        expectTrue(checked.diagnostics.allSatisfy { $0.code.rawValue == "duplicate-id" && $0.file.hasSuffix("b.json") })
        expectTrue(checked.diagnostics.contains { $0.position != nil })
        expectThrows(ProcedureFiles.ReadError.self) {
            try ProcedureLoader.check(paths: [directory.appendingPathComponent("missing.json").path], today: Self.today)
        }
    }

    func testFilesAreReadWholeAndADirectoryGivesItsJSONFilesByName() throws {
        let directory = try TemporaryDirectory.make("read")
        defer { TemporaryDirectory.remove(directory) }
        try Data("{}".utf8).write(to: directory.appendingPathComponent("b.json"))
        try Data().write(to: directory.appendingPathComponent("a.json"))
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        let files = try ProcedureFiles.read([directory.path])
        expectEqual(files.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["a.json", "b.json"])
        expectEqual(files.map(\.bytes), [[], Array("{}".utf8)])
    }

    func testAnIdWithUppercaseSpacesOrNonASCIIIsInvalid() throws {
        for a0 in ["Test Procedure", "test-prosedyre-æ", "Test"] {
            withCase("\(a0)") { anIdWithUppercaseSpacesOrNonASCIIIsInvalid(id: a0) }
        }
    }

    func anIdWithUppercaseSpacesOrNonASCIIIsInvalid(id: String) {
        let set = load(
            Self.procedure { $0.replacingOccurrences(of: "\"id\": \"test-procedure\"", with: "\"id\": \"\(id)\"") })
        expectEqual(set.diagnostics.map(\.message), ["'\(id)' is not a valid id"])
    }

    func testAFactNameMustStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores() throws {
        for a0 in ["1minutes", "min-utes", "minütes"] {
            withCase("\(a0)") { aFactNameMustStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores(name: a0) }
        }
    }

    func aFactNameMustStartWithALetterAndHoldOnlyLettersDigitsAndUnderscores(name: String) {
        let set = load(
            Self.procedure {
                $0.replacingOccurrences(of: "{ \"id\": \"minutes\", \"type\"", with: "{ \"id\": \"\(name)\", \"type\"")
            })
        expectTrue(set.diagnostics.contains { $0.message == "'\(name)' is not a valid fact name" })
    }

    func testABadDateOrHolderKindIsReportedWithTheFix() {
        let date = load(Self.procedure { $0.replacingOccurrences(of: "\"2030-01-01\"", with: "\"01.01.2030\"") })
            .diagnostics
        expectEqual(date.map(\.message), ["'01.01.2030' is not a date"])
        expectEqual(date.map(\.hint), ["write dates as YYYY-MM-DD, e.g. \"2024-12-07\""])
        let kind = load(
            Self.procedure { $0.replacingOccurrences(of: "\"kind\": \"person\"", with: "\"kind\": \"persn\"") }
        ).diagnostics
            .filter { $0.code.rawValue == "invalid-value" }
        expectEqual(kind.map(\.message), ["'persn' is not a valid 'kind'"])
        expectEqual(kind.first?.hint?.hasPrefix("did you mean \"person\"? allowed: "), true)
    }

    func testARoleIdUsedTwiceInOneFileIsAnError() {
        let role =
            #"{ "id": "eier", "name": { "nb": "Eier", "en": "Owner" }, "holders": [{ "name": "Kari", "kind": "person" }], "source": "2" }"#
        expectEqual(
            codes(
                Self.procedure {
                    $0.replacingOccurrences(of: "\"roles\": [" + role, with: "\"roles\": [" + role + ", " + role)
                }), ["duplicate-id"])
    }

    func testAnExpiredDocumentLoadsWithAWarning() {
        let set = load(Self.procedure { $0.replacingOccurrences(of: "2030-01-01", with: "2024-12-07") })
        expectTrue(set.errors.isEmpty)
        expectEqual(set.warnings.map(\.code.rawValue), ["expired"])
        expectEqual(set.procedures.count, 1)
    }

    func testASyntaxErrorIsReportedWithItsPositionAndNothingElse() {
        let set = load(
            Self.procedure { $0.replacingOccurrences(of: "\"source\": \"1\" }]", with: "\"source\": \"1\", }]") })
        expectEqual(set.diagnostics.map(\.code.rawValue), ["json-syntax"])
        expectEqual(set.diagnostics.first?.position?.line, 12)
    }

    func testAFractionalConstantIsRefused() {
        let text = Self.procedure {
            $0.replacingOccurrences(
                of: "\"label\": { \"nb\": \"Minutter\"",
                with: "\"value\": 2.5, \"source\": \"x\", \"label\": { \"nb\": \"Minutter\"")
        }
        expectTrue(codes(text).contains("invalid-value"))
    }
}
