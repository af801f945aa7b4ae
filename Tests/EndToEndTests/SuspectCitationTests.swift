import Foundation
import TestSupport
import XCTest

/// Suspect citations (issue 26): for each of the five sources an edited copy, made in the test's directory, with one
/// sentence changed in a cited section, a section added and one removed. `trace --source` lists exactly those
/// sections and the entries that cite them; after the outline is edited (the added section declared, the removed
/// one dropped), `review` records the changed section, and then `trace --source` lists nothing and `validate
/// --strict` is clean.
final class SuspectCitationTests: XCTestCase {
    struct Edit: CustomStringConvertible, Sendable {
        let procedure: String
        let sourceFile: String
        /// The language of the source, for the new outline entry's `notCarried`.
        let language: String
        /// The cited section changed, and the sentence before and after.
        let changed: String
        let sentence: (String, String)
        /// The Markdown heading added, the outline entry that declares it, and where: before the first occurrence
        /// of `before` (nil: at the end of the text); the outline entry goes before `outlineBefore`'s entry (nil:
        /// after the last).
        let heading: String
        let newId: String
        let newTitle: String
        let before: String?
        let outlineBefore: String?
        /// The section removed (nothing cites it): its text from `removeFrom` up to `removeTo`.
        let removed: String
        let removeFrom: String
        let removeTo: String
        var description: String { procedure }
    }

    static let edits: [Edit] = [
        Edit(
            procedure: "siv-cms", sourceFile: "000_e4569ce07290829e.txt", language: "nb", changed: "1",
            sentence: ("Dokumentet beskriver eierskap", "Dokumentet beskriver kort eierskap"),
            heading: "### 4. RISIKO", newId: "4", newTitle: "RISIKO", before: "**5. INTERNE REFERANSER**",
            outlineBefore: "5", removed: "6", removeFrom: "**6. EKSTERNE REFERANSER**", removeTo: "**7. VEDLEGG**"),
        Edit(
            procedure: "sshf-hastesaker", sourceFile: "001_18e7d92f635bc8a0.txt", language: "nb", changed: "OMFANG",
            sentence: (
                "Alle som skal melde hastesaker til Sykehuspartner.",
                "Alle som skal melde hastesaker til Sykehuspartner og Brukerstøtte."
            ),
            heading: "## MERKNADER", newId: "merknader", newTitle: "MERKNADER", before: "Vedlegg:",
            outlineBefore: "vedlegg", removed: "kryssreferanser", removeFrom: "Kryssreferanser:",
            removeTo: "Eksterne referanser:"),
        Edit(
            procedure: "vgr-websesam", sourceFile: "002_83ed6f1733b292be.txt", language: "sv", changed: "3.2",
            sentence: ("VGR IT fakturerar HMC den budgeterade", "VGR IT fakturerar HMC hela den budgeterade"),
            heading: "## 7 Uppföljning", newId: "7", newTitle: "Uppföljning", before: nil, outlineBefore: nil,
            removed: "1.3", removeFrom: "1.3 Period\n", removeTo: "2 Långsiktiga och kortsiktiga mål\n"),
        Edit(
            procedure: "skane-sesam-lmn-reservrutin", sourceFile: "003_f7781ad7ca30db49.txt", language: "sv",
            changed: "3a", sentence: ("men utför inga planerade åtgärder", "och utför inga planerade åtgärder"),
            heading: "## 5 Uppföljning", newId: "5", newTitle: "Uppföljning", before: nil, outlineBefore: nil,
            removed: "innehall", removeFrom: "## Innehåll", removeTo: "## 1 Syfte och omfattning"),
        Edit(
            procedure: "gits-samsa-samvy", sourceFile: "004_e5dfeb62ac76e636.txt", language: "sv", changed: "forslag",
            sentence: ("SITIV föreslås godkänna slutrapport", "SITIV föreslås godkänna den slutrapport"),
            heading: "## Bilagor", newId: "bilagor", newTitle: "Bilagor", before: nil, outlineBefore: nil,
            removed: "genomforda-utbildning", removeFrom: "\nUtbildning\n", removeTo: "\nUtveckling\n"),
    ]

    /// A directory with `procedures/ID.json` (the shipped file) and `sources/SOURCEFILE` (the edited text).
    struct Copy {
        let directory: URL
        var procedures: String { directory.appending(path: "procedures").path }
        var file: String { directory.appending(path: "procedures").path + "/" + name + ".json" }
        let name: String
        let source: String
    }

    static func copy(_ edit: Edit, into directory: URL) throws -> Copy {
        let fm = FileManager.default
        try fm.createDirectory(at: directory.appending(path: "procedures"), withIntermediateDirectories: true)
        try fm.createDirectory(at: directory.appending(path: "sources"), withIntermediateDirectories: true)
        try fm.copyItem(
            at: Binary.root.appending(path: "procedures/\(edit.procedure).json"),
            to: directory.appending(path: "procedures/\(edit.procedure).json"))
        var text = try String(
            contentsOf: Binary.root.appending(path: "sources/\(edit.sourceFile)"), encoding: .utf8)
        let original = text
        // One sentence changed.
        let sentence = try require(text.range(of: edit.sentence.0))
        text.replaceSubrange(sentence, with: edit.sentence.1)
        // One section removed.
        let from = try require(text.range(of: edit.removeFrom))
        let to = try require(text.range(of: edit.removeTo, range: from.upperBound..<text.endIndex))
        text.removeSubrange(from.lowerBound..<to.lowerBound)
        // One section added, with a Markdown heading.
        let added = "\(edit.heading)\n\nEn ny mening.\n\n"
        if let before = edit.before {
            let at = try require(text.range(of: before))
            text.insert(contentsOf: added, at: at.lowerBound)
        } else {
            text += "\n" + added
        }
        expectTrue(text != original)
        let source = directory.appending(path: "sources/\(edit.sourceFile)")
        try Data(text.utf8).write(to: source)
        return Copy(directory: directory, name: edit.procedure, source: source.path)
    }

    /// The changes `trace --source` lists, as "change id-or-heading", and the paths of the entries each cites.
    static func trace(_ copy: Copy) throws -> (exitCode: Int32, changes: [String], citedBy: [String: [String]]) {
        let r = try Binary.run([
            "trace", copy.name, "--procedures", copy.procedures, "--source", copy.source, "--format", "json",
        ])
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sections = try require(json["sections"] as? [[String: Any]], "\(r.stderr)")
        var changes: [String] = []
        var citedBy: [String: [String]] = [:]
        for section in sections {
            let name = (section["id"] as? String) ?? (section["title"] as? String) ?? "?"
            changes.append("\(section["change"] as? String ?? "?") \(name)")
            citedBy[name] = ((section["citedBy"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
        }
        return (r.exitCode, changes, citedBy)
    }

    /// The paths of the entries `trace` (without --source) lists under section `id` of the shipped procedure.
    static func citations(of id: String, in procedure: String) throws -> [String] {
        let r = try Binary.run(["trace", procedure, "--format", "json"])
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sections = try require(json["sections"] as? [[String: Any]])
        let section = try require(sections.first { $0["id"] as? String == id })
        return ((section["citedBy"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
    }

    /// The procedure file with the removed section's outline entry dropped and the added one declared (entries
    /// found by their braces, so that an entry written over several lines is handled as one).
    static func editOutline(_ copy: Copy, _ edit: Edit) throws {
        var bytes = Array(try String(contentsOfFile: copy.file, encoding: .utf8).utf8)
        let entries = try outlineEntries(bytes)
        let entry = Array(
            ("{ \"id\": \"\(edit.newId)\", \"title\": \"\(edit.newTitle)\", \"notCarried\": "
                + "{ \"\(edit.language)\": \"ny\", \"en\": \"new\" } }").utf8)
        // From the end of the file backwards, so that earlier offsets stay right.
        var edits: [(Range<Int>, [UInt8])] = []
        let removed = try require(entries.firstIndex { $0.id == edit.removed })
        // The entry and the comma after it (or, for the last one, the comma before it).
        let r = entries[removed].range
        if removed + 1 < entries.count {
            edits.append((r.lowerBound..<entries[removed + 1].range.lowerBound, []))
        } else {
            edits.append((entries[removed - 1].range.upperBound..<r.upperBound, []))
        }
        if let before = edit.outlineBefore {
            let at = try require(entries.first { $0.id == before }).range.lowerBound
            edits.append((at..<at, entry + Array(",\n      ".utf8)))
        } else {
            let last = try require(entries.last).range.upperBound
            edits.append((last..<last, Array(",\n      ".utf8) + entry))
        }
        for (range, replacement) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            bytes.replaceSubrange(range, with: replacement)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: copy.file))
    }

    /// Each entry of `document.outline`: its id and the bytes from its `{` to its `}`.
    static func outlineEntries(_ bytes: [UInt8]) throws -> [(id: String, range: Range<Int>)] {
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try require(text.range(of: "\"outline\": [")).upperBound
        var i = text.utf8.distance(from: text.utf8.startIndex, to: start)
        var depth = 1
        var inString = false
        var open = 0
        var entries: [(String, Range<Int>)] = []
        while depth > 0 {
            let byte = bytes[i]
            if inString {
                if byte == UInt8(ascii: "\\") { i += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                if depth == 1 { open = i }
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 1 {
                    let object = String(decoding: bytes[open...i], as: UTF8.self)
                    let id = try require(object.range(of: "\"id\": \""))
                    let value = object[id.upperBound...].prefix { $0 != "\"" }
                    entries.append((String(value), open..<(i + 1)))
                }
            }
            i += 1
        }
        return entries
    }

    func testTraceListsExactlyTheEditedSectionsAndReviewClearsThem() throws {
        forEachCase(Self.edits) { a0 in
            try Self.traceListsExactlyTheEditedSectionsAndReviewClearsThem(a0)
        }
    }

    static func traceListsExactlyTheEditedSectionsAndReviewClearsThem(_ edit: Edit) throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let copy = try Self.copy(edit, into: directory)

        let before = try Self.trace(copy)
        expectEqual(before.exitCode, 1)
        expectEqual(
            Set(before.changes),
            [
                "changed \(edit.changed)", "removed \(edit.removed)",
                "added \(edit.heading.drop { $0 == "#" || $0 == " " })",
            ])
        try expectEqual(before.citedBy[edit.changed], (try Self.citations(of: edit.changed, in: edit.procedure)))
        expectEqual(before.citedBy[edit.changed]?.isEmpty, false)
        expectEqual(before.citedBy[edit.removed], [])

        // validate finds the edited text as the procedure's sourceFile (../sources/) and warns of the changed one.
        let warned = try Binary.run(["validate", "--strict", copy.file, "--format", "json"])
        expectEqual(warned.exitCode, 65)
        expectTrue(warned.stdout.contains("\"suspect-citation\""))
        expectTrue(warned.stdout.contains("section '\(edit.changed)'"))

        try Self.editOutline(copy, edit)
        let reviewed = try Binary.run(["review", copy.file, "--source", copy.source])
        expectEqual(reviewed.exitCode, 0, "\(reviewed.stderr)")
        expectTrue(reviewed.stdout.contains("recorded 1 section in \(copy.file):\n  \(edit.changed)"))

        let after = try Self.trace(copy)
        expectEqual(after.exitCode, 0)
        expectEqual(after.changes, [])
        let clean = try Binary.run(["validate", "--strict", copy.file])
        expectEqual(clean.exitCode, 0, "\(clean.stdout)")
        // The file is still in the house layout.
        try expectEqual(try Binary.run(["fmt", "--check", copy.file]).exitCode, 0)
        // Reviewing again records nothing and leaves the file as it is.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy.file))
        let again = try Binary.run(["review", copy.file, "--source", copy.source])
        expectEqual(again.exitCode, 0)
        expectTrue(again.stdout.hasPrefix("nothing to record"))
        try expectEqual(try Data(contentsOf: URL(fileURLWithPath: copy.file)), bytes)
    }

    func testTheShippedSourceHasNothingToReview() throws {
        forEachCase(Self.edits) { a0 in
            try Self.theShippedSourceHasNothingToReview(a0)
        }
    }

    static func theShippedSourceHasNothingToReview(_ edit: Edit) throws {
        let r = try Binary.run(["trace", edit.procedure, "--source", "sources/\(edit.sourceFile)", "--lang", "en"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(
            r.stdout.hasSuffix("\nNothing to review: every cited section has the text it was reviewed against.\n"))
    }

    func testReviewingOneNamedSectionRecordsOnlyIt() throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let edit = Self.edits[2]
        let copy = try Self.copy(edit, into: directory)
        // A second change, in 6.4: reviewing 3.2 by its heading leaves 6.4 suspect.
        var text = try String(contentsOfFile: copy.source, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "VGR IT ansvarar för daglig drift", with: "VGR IT ansvarar för all daglig drift")
        try Data(text.utf8).write(to: URL(fileURLWithPath: copy.source))
        try Self.editOutline(copy, edit)
        let r = try Binary.run(["review", copy.file, "--source", copy.source, "Finansiering", "--format", "json"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("\"recorded\": [\"3.2\"]") || r.stdout.contains("\"3.2\""))
        expectTrue(!r.stdout.contains("6.4"))
        try expectEqual(try Self.trace(copy).changes, ["changed 6.4"])
    }

    func testACitedSectionTheNewTextLacksIsListedWithItsEntriesAndReviewRefusesIt() throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let copy = try Self.copy(Self.edits[3], into: directory)
        var text = try String(contentsOfFile: copy.source, encoding: .utf8)
        let from = try require(text.range(of: "### **Störningar i telefonin**"))
        let to = try require(text.range(of: "## 4 Relaterade dokument"))
        text.removeSubrange(from.lowerBound..<to.lowerBound)
        try Data(text.utf8).write(to: URL(fileURLWithPath: copy.source))
        let listed = try Self.trace(copy)
        expectTrue(listed.changes.contains("removed 3d"))
        try expectEqual(listed.citedBy["3d"], (try Self.citations(of: "3d", in: "skane-sesam-lmn-reservrutin")))
        let r = try Binary.run(["review", copy.file, "--source", copy.source])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("section '3d' (Störningar i telefonin) is not in"))
    }

    func testASourceThatCannotBeReadIsAnErrorThatSaysWhy() throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let missing = try Binary.run(["trace", "siv-cms", "--source", directory.appending(path: "nope.txt").path])
        expectEqual(missing.exitCode, 66)
        expectTrue(missing.stderr.contains("cannot read the source document"))
        expectTrue(missing.stderr.contains("it does not exist"))
        let latin1 = directory.appending(path: "latin1.txt")
        try Data([0x48, 0x45, 0x4E, 0x53, 0x49, 0x4B, 0x54, 0x0A, 0xE6, 0xF8, 0xE5, 0x0A]).write(to: latin1)
        let notUTF8 = try Binary.run(["trace", "siv-cms", "--source", latin1.path])
        expectEqual(notUTF8.exitCode, 65)
        expectTrue(notUTF8.stderr.contains("is not UTF-8 text"))
        let review = try Binary.run(["review", "procedures/siv-cms.json", "--source", latin1.path])
        expectEqual(review.exitCode, 65)
    }

    func testReviewRefusesAnUnknownSectionWithTheClosestOne() throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let copy = try Self.copy(Self.edits[2], into: directory)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy.file))
        let r = try Binary.run(["review", copy.file, "--source", copy.source, "Finansering"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("'Finansering' is not a section of the outline of vgr-websesam"))
        expectTrue(r.stderr.contains("did you mean 'Finansiering'?"))
        let uncited = try Binary.run(["review", copy.file, "--source", copy.source, "1.3"])
        expectEqual(uncited.exitCode, 64)
        expectTrue(uncited.stderr.contains("nothing cites section '1.3'"))
        try expectEqual(try Data(contentsOf: URL(fileURLWithPath: copy.file)), bytes)
    }

    func testReviewRefusesABuiltInProcedureAndSaysToCopyIt() throws {
        let directory = try TemporaryDirectory.make("suspect")
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(
            ["review", "siv-cms", "--source", Binary.root.appending(path: "sources/000_e4569ce07290829e.txt").path],
            directory: directory)
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("'siv-cms' is built into govctl, so review cannot change it"))
        expectTrue(r.stderr.contains("review the copy"))
    }

    func testReviewWithoutSourceIsAUsageError() throws {
        let r = try Binary.run(["review", "procedures/siv-cms.json"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("--source"))
    }

    /// The three faces of `trace --source`, on a revised copy of source 003 kept in Tests/Fixtures.
    func testTheFacesOfASuspectTraceMatchTheirGoldenFiles() throws {
        for (a0, a1) in [
            ("suspect-skane.txt", ["--lang", "sv"]), ("suspect-skane-en.md", ["--lang", "en", "--format", "markdown"]),
            ("suspect-skane.json", ["--format", "json"]),
        ] {
            try withCase("\(a0), \(a1)") { try theFacesOfASuspectTraceMatchTheirGoldenFiles(a0, a1) }
        }
    }

    func theFacesOfASuspectTraceMatchTheirGoldenFiles(_ golden: String, _ options: [String]) throws {
        let r = try Binary.run(
            [
                "trace", "skane-sesam-lmn-reservrutin", "--source",
                "Tests/Fixtures/revised-sources/003_f7781ad7ca30db49.txt",
            ]
                + options)
        expectEqual(r.exitCode, 1)
        let (expected, actual) = try Golden.compare(golden, r.stdout)
        expectTrue(expected != nil, "no golden file \(golden); record it with `make golden` and review it")
        expectEqual(actual, expected)
    }

    func testNothingToReviewHasAGoldenFileToo() throws {
        let r = try Binary.run(["trace", "D29653", "--source", "sources/001_18e7d92f635bc8a0.txt", "--lang", "en"])
        expectEqual(r.exitCode, 0)
        let (expected, actual) = try Golden.compare("suspect-d29653-none-en.txt", r.stdout)
        expectTrue(expected != nil, "no golden file; record it with `make golden` and review it")
        expectEqual(actual, expected)
    }
}
