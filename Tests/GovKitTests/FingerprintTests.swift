import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// SHA-256 against the published test vectors, the normalisation a fingerprint is taken of, and the sections the
/// five shipped procedures' outlines find in their source texts.
final class FingerprintTests: XCTestCase {
    func testTheDigestIsSHA256() throws {
        for (a0, a1) in [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ] {
            withCase("\(a0), \(a1)") { theDigestIsSHA256(input: a0, expected: a1) }
        }
    }

    func theDigestIsSHA256(input: String, expected: String) {
        expectEqual(SHA256.hex(Array(input.utf8)), expected)
    }

    func testAMillionAsHashLikeTheFIPSVector() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        expectEqual(SHA256.hex(input), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testLengthsAroundABlockBoundaryAgreeWithSha256sum() throws {
        for a0 in [55, 56, 63, 64, 65, 119, 120] {
            try withCase("\(a0)") { try lengthsAroundABlockBoundaryAgreeWithSha256sum(length: a0) }
        }
    }

    func lengthsAroundABlockBoundaryAgreeWithSha256sum(length: Int) throws {
        let input = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        try expectEqual(SHA256.hex(input), (try Self.sha256sum(input)))
    }

    static func sha256sum(_ bytes: [UInt8]) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }

    func testReflowingLineEndingsAndDecomposedLettersDoNotChangeAFingerprint() {
        let text = "Hjälpmedel avvaktar då instruktioner\nfrån regionala IT-funktionen."
        expectEqual(
            Fingerprint.of(text),
            Fingerprint.of("  Hjälpmedel avvaktar\r\ndå instruktioner från\tregionala IT-funktionen.\n\n"))
        expectEqual(
            Fingerprint.of(text),
            Fingerprint.of("Hja\u{308}lpmedel avvaktar då instruktioner från regionala IT-funktionen."))
        expectTrue(
            Fingerprint.of(text)
                != Fingerprint.of("Hjälpmedel avvaktar då instruktioner från den regionala IT-funktionen."))
        expectTrue(
            Fingerprint.of(text) != Fingerprint.of("Hjälpmedel avvaktar då instruktioner från regionala IT-funktionen"))
        expectEqual(Fingerprint.normalised(" a \u{00A0} b\r\n"), "a b")
    }

    func testAFingerprintIsWrittenAsSHA256AndSixtyFourHexDigits() {
        expectTrue(Fingerprint.isWellFormed(Fingerprint.of("x")))
        expectTrue(!Fingerprint.isWellFormed("sha256:" + String(repeating: "A", count: 64)))
        expectTrue(!Fingerprint.isWellFormed("md5:" + String(repeating: "a", count: 64)))
        expectTrue(!Fingerprint.isWellFormed("sha256:abc"))
    }

    static let shipped = [
        "siv-cms", "sshf-hastesaker", "vgr-websesam", "skane-sesam-lmn-reservrutin", "gits-samsa-samvy",
    ]

    static func load(_ name: String) throws -> (Procedure, String) {
        let file = ProcedureFile(
            path: "procedures/\(name).json", bytes: try Repository.bytes("procedures/\(name).json"))
        let set = ProcedureLoader.load([file], today: CalendarDate(year: 2025, month: 1, day: 1), checks: .run)
        let procedure = try require(set.procedures.first)
        let text = String(decoding: try Repository.bytes("sources/\(procedure.document.sourceFile)"), as: UTF8.self)
        return (procedure, text)
    }

    func testEveryOutlineSectionOfAShippedProcedureIsFoundInItsSourceAndNoHeadingIsLeftOver() throws {
        for a0 in Self.shipped {
            try withCase("\(a0)") {
                try everyOutlineSectionOfAShippedProcedureIsFoundInItsSourceAndNoHeadingIsLeftOver(name: a0)
            }
        }
    }

    func everyOutlineSectionOfAShippedProcedureIsFoundInItsSourceAndNoHeadingIsLeftOver(name: String) throws {
        let (procedure, text) = try Self.load(name)
        let sections = SourceSections(text, outline: procedure.document.outline)
        let missing = zip(procedure.document.outline, sections.texts).filter { $1 == nil }.map(\.0.id)
        expectEqual(missing, [])
        expectEqual(sections.added, [])
        // Each section's text starts with its heading.
        for (section, text) in zip(procedure.document.outline, sections.texts) {
            let anchor = SourceSections.anchor(section.title)
            expectEqual(text.map { Fingerprint.normalised($0).contains(anchor) }, true, "\(section.id)")
        }
    }

    func testASectionRunsToTheNextHeadingAndATableOfContentsStartsNothing() throws {
        let (procedure, text) = try Self.load("vgr-websesam")
        let sections = SourceSections(text, outline: procedure.document.outline)
        let index = try require(procedure.document.outline.firstIndex { $0.id == "1.3" })
        expectEqual(
            sections.texts[index].map(Fingerprint.normalised),
            "1.3 Period Förvaltningsplanen gäller för perioden 2021-01-01 – 2021-12-31.")
    }

    func testSectionsStartMidLineAfterATabOrAClosedBoldRun() throws {
        let outline = ["Utarbeidet av", "Fagansvarlig", "INTERNE REFERANSER", "EKSTERNE REFERANSER"].enumerated().map {
            OutlineSection(offset: 0, id: "s\($0.offset)", title: $0.element, notCarried: nil)
        }
        let text = "Utarbeidet av: A\tFagansvarlig: B\n**5. INTERNE REFERANSER****6. EKSTERNE REFERANSER**\n"
        let sections = SourceSections(text, outline: outline)
        expectEqual(
            sections.texts.map { $0.map(Fingerprint.normalised) },
            [
                "Utarbeidet av: A", "Fagansvarlig: B", "**5. INTERNE REFERANSER**", "**6. EKSTERNE REFERANSER**",
            ])
    }

    func testATextWithDecomposedLettersAndCRLFEndingsFindsTheSameSections() {
        let outline = ["Innehåll", "Syfte"].enumerated().map {
            OutlineSection(offset: 0, id: "s\($0.offset)", title: $0.element, notCarried: nil)
        }
        let composed = SourceSections("## Innehåll\n\nA.\n\n## 1 Syfte\n\nB.\n", outline: outline)
        let decomposed = SourceSections(
            "## Inneha\u{30A}ll\r\n\r\nA.\r\n\r\n## 1 Syfte\r\n\r\nB.\r\n", outline: outline)
        expectTrue(composed.texts.allSatisfy { $0 != nil })
        expectTrue(decomposed.texts.allSatisfy { $0 != nil })
        expectEqual((0..<2).map(decomposed.fingerprint), (0..<2).map(composed.fingerprint))
    }

    func testAMarkdownHeadingTheOutlineLacksIsAddedAndEndsTheSectionBeforeIt() {
        let outline = [OutlineSection(offset: 0, id: "1", title: "Syfte", notCarried: nil)]
        let sections = SourceSections("## 1 Syfte\n\nText.\n\n## 2 Nytt\n\nMer.\n", outline: outline)
        expectEqual(sections.texts, ["## 1 Syfte\n\nText.\n\n"])
        expectEqual(sections.added, [SourceSections.Added(heading: "2 Nytt", line: 5)])
    }
}
