import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 22: commands that run procedures load them without the citation checks and lints (`LoadChecks.run`);
/// `validate`, `test` and `trace` load with every check (`test` and `trace` but the one-line check, issue 27). Loading
/// without them may leave out their six codes and
/// nothing else: every other error, the ones that keep a command from running bad data, is still reported.
final class LoadChecksTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)
    static let corpus = Repository.url("Tests/GovKitTests/Fixtures/invalid")

    /// The codes loading may leave out for a command that runs procedures, and no others.
    static let skipped: Set<DiagnosticCode> = [
        .unknownSection, .uncitedSection, .unknownParagraph, .uncarriedParagraph, .looseEquality, .noHolder,
        .leftoverTodo, .controlCharacter, .suspectCitation,
    ]

    static func names(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// Each case of the invalid corpus as `code/case`, with its files read into memory (named by their names).
    static let cases: [String] = names(corpus).flatMap { code in
        names(corpus.appending(path: code)).map { "\(code)/\($0)" }
    }
    .filter { names(corpus.appending(path: $0)).contains { $0.hasSuffix(".json") } }

    static func files(_ name: String) throws -> [ProcedureFile] {
        let url = corpus.appending(path: name)
        return try names(url).filter { $0.hasSuffix(".json") }.map { file in
            ProcedureFile(path: file, bytes: [UInt8](try Data(contentsOf: url.appending(path: file))))
        }
    }

    func testTheChecksLeftOutAreTheCitationChecksAndTheLints() {
        expectEqual(LoadChecks.all.codes, Self.skipped)
        expectTrue(LoadChecks.run.codes.isEmpty)
        expectEqual(
            Set(Self.skipped.filter { $0.severity == .error }),
            [
                .unknownSection, .uncitedSection, .unknownParagraph, .controlCharacter,
            ])
    }

    func testLoadingToRunReportsEverythingElse() throws {
        for a0 in Self.cases {
            try withCase("\(a0)") { try loadingToRunReportsEverythingElse(a0) }
        }
    }

    func loadingToRunReportsEverythingElse(_ name: String) throws {
        let files = try Self.files(name)
        let all = ProcedureLoader.load(files, today: Self.today, checks: .all)
        let run = ProcedureLoader.load(files, today: Self.today, checks: .run)
        expectEqual(all.diagnostics, ProcedureLoader.check(files, today: Self.today))
        expectEqual(run.diagnostics, all.diagnostics.filter { !Self.skipped.contains($0.code) })
        expectEqual(run.procedures.map(\.id), all.procedures.map(\.id))
    }

    /// The cases filed under the seven codes raise them with every check and not when loading to run: the option
    /// takes effect (so the test above is not comparing two equal loads).
    func testTheLeftOutCodesAreRaisedOnlyWithEveryCheck() throws {
        for a0 in [
            "unknown-section", "uncited-section", "unknown-paragraph", "uncarried-paragraph", "loose-equality",
            "no-holder",
            "leftover-todo",
        ] {
            try withCase("\(a0)") { try theLeftOutCodesAreRaisedOnlyWithEveryCheck(a0) }
        }
    }

    func theLeftOutCodesAreRaisedOnlyWithEveryCheck(_ code: String) throws {
        let filed = Self.cases.filter { $0.hasPrefix(code + "/") }
        expectTrue(!filed.isEmpty)
        for name in filed {
            let files = try Self.files(name)
            expectTrue(
                ProcedureLoader.load(files, today: Self.today, checks: .all).diagnostics.contains {
                    $0.code.rawValue == code
                })
            expectTrue(
                !ProcedureLoader.load(files, today: Self.today, checks: .run).diagnostics.contains {
                    $0.code.rawValue == code
                })
        }
    }

    func testTheBundledProceduresLoadTheSameWithoutTheCitations() throws {
        let directory = Repository.url("procedures")
        let files = try Self.names(directory).filter { $0.hasSuffix(".json") }.map { file in
            ProcedureFile(path: file, bytes: [UInt8](try Data(contentsOf: directory.appending(path: file))))
        }
        let all = ProcedureLoader.load(files, today: Self.today, checks: .all)
        let run = ProcedureLoader.load(files, today: Self.today, checks: .run)
        expectTrue(all.errors.isEmpty)
        expectEqual(run.diagnostics, all.diagnostics)
        expectEqual(run.procedures.map(\.id), all.procedures.map(\.id))
        expectEqual(run.procedures.map { $0.guides.map(\.id) }, all.procedures.map { $0.guides.map(\.id) })
        // Only the outline checks read the citations loading collects (`trace` reads the file again).
        expectTrue(all.procedures.allSatisfy { !$0.citations.isEmpty })
        expectTrue(run.procedures.allSatisfy { $0.citations.isEmpty })
    }
}
