import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// A name finds one system, one role, one guide, whatever the order the files are read in (issue 18,
/// "redirection"): names that collide are a validation error, and a catalog that still has an ambiguity refuses.
final class NameLookupTests: XCTestCase {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)

    /// A procedure file with `systems` and `guides` (JSON texts of their entries).
    static func file(_ id: String, systems: [String] = [], guides: [String] = [], roles: [String] = []) -> String {
        """
        {
          "schemaVersion": 1,
          "id": "\(id)",
          "document": {
            "title": { "nb": "T", "en": "T" }, "organisation": "Testsykehuset", "language": "nb",
            "sourceFile": "000.txt", "timeZone": "Europe/Oslo"
          },
          "systems": [\(systems.joined(separator: ", "))],
          "roles": [\(roles.joined(separator: ", "))],
          "guides": [\(guides.joined(separator: ", "))]
        }
        """
    }

    static func system(_ id: String, _ name: String, aliases: [String] = [], criticality: Int = 1) -> String {
        let list = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
        return #"{ "id": "\#(id)", "name": "\#(name)", "aliases": [\#(list)], "#
            + #""criticality": \#(criticality), "source": "1" }"#
    }

    /// A guide with `purpose` whose one step says `says`.
    static func guide(
        _ id: String, purpose: String = "report-urgent", systems: [String] = [], says: String = "Ring",
        appliesWhen: String? = nil
    ) -> String {
        let list = systems.map { "\"\($0)\"" }.joined(separator: ", ")
        let applies = appliesWhen.map { #", "appliesWhen": \#($0)"# } ?? ""
        return #"""
            { "id": "\#(id)", "title": { "nb": "G", "en": "G" }, "purpose": "\#(purpose)", "systems": [\#(list)]\#(applies),
              "steps": [{ "id": "s", "text": { "nb": "\#(says)", "en": "\#(says)" }, "source": "1" }], "source": "1" }
            """#
    }

    static func load(_ files: [(String, String)]) -> ProcedureSet {
        ProcedureLoader.load(files.map { ProcedureFile(path: $0.0, bytes: Array($0.1.utf8)) }, today: today)
    }

    // MARK: The one folding

    func testNameKeyFoldsCaseSpacesDashesUnderscoresAndCompatibilityForms() {
        for spelling in [
            "LVMS", "lvms", "L-VMS", "l vms", "L_VMS", "L‐VMS", "L–VMS", "ＬＶＭＳ", "L\u{200B}VMS", "L\u{AD}VMS",
        ] {
            expectEqual(NameKey.fold(spelling), "lvms", "\(spelling.debugDescription)")
        }
        expectEqual(NameKey.fold("Sesam LMN"), NameKey.fold("sesam-lmn"))
        expectTrue(NameKey.fold("Miclis") != NameKey.fold("LVMS"))
        expectTrue(NameKey.fold("Miclís") != NameKey.fold("Miclis"), "accents are part of a name")
    }

    func testChoicesRolesAndSystemsFoldAlike() {
        for spelling in ["teknisk–service", "TEKNISK_SERVICE", "ｔｅｋｎｉｓｋ service"] {
            expectEqual(ChoiceMatching.normalized(spelling), NameKey.fold(spelling))
            expectEqual(Ownership.normalized(spelling), NameKey.fold(spelling))
        }
    }

    // MARK: The check

    func testANameInAFileThatSortsFirstCollidesWithTheSameNameInAnother() throws {
        let set = Self.load([
            ("aaa.json", Self.file("aaa", systems: [Self.system("other", "LVMS")])),
            ("sshf.json", Self.file("sshf", systems: [Self.system("lvms", "LVMS", aliases: ["SymPathy"])])),
        ])
        let collisions = set.diagnostics.filter { $0.code == .nameCollision }
        expectEqual(collisions.count, 1)
        let d = try require(collisions.first)
        expectEqual(d.file, "sshf.json")
        expectEqual(d.position, SourcePosition(line: 8, column: 39))
        expectEqual(
            d.message,
            "name 'LVMS' of system 'lvms' is the same as name 'LVMS' of system 'other' (aaa.json:8:40), "
                + "so 'LVMS' could find either")
        expectEqual(d.hint?.contains("rename or remove one of them"), true)
    }

    func testAnAliasOrALookAlikeNameInTheSameFileCollides() {
        for (other, kind) in [
            (Self.system("miclis", "Miclis", aliases: ["LVMS"]), "alias 'LVMS'"),
            (Self.system("l-vms-copy", "L-VMS"), "name 'L-VMS'"),
            (Self.system("copy", "l vms"), "name 'l vms'"),
            (Self.system("copy", "Copy", aliases: ["ＬＶＭＳ"]), "alias 'ＬＶＭＳ'"),
        ] {
            let set = Self.load([("p.json", Self.file("p", systems: [Self.system("lvms", "LVMS"), other]))])
            let messages = set.diagnostics.filter { $0.code == .nameCollision }.map(\.message)
            expectEqual(messages.count, 1, "\(other)")
            expectEqual(messages.first?.hasPrefix(kind), true, "\(messages)")
            expectEqual(messages.first?.contains("of system 'lvms' (p.json:"), true, "\(messages)")
        }
    }

    func testASystemsOwnNamesMayFoldAlikeAndADuplicateIdIsLeftToDuplicateId() {
        let own = Self.load([
            (
                "p.json",
                Self.file("p", systems: [Self.system("sesam-lmn", "Sesam LMN", aliases: ["sesam-lmn", "SesamLMN"])])
            )
        ])
        expectTrue(own.diagnostics.isEmpty)
        let twice = Self.load([
            ("a.json", Self.file("a", systems: [Self.system("abc", "ABC")])),
            ("b.json", Self.file("b", systems: [Self.system("abc", "ABC")])),
        ])
        expectEqual(twice.diagnostics.map(\.code), [.duplicateId])
    }

    // MARK: Look-ups never depend on file order

    func testAnAmbiguousNameIsRefusedInEitherOrderNeverPickedFirst() throws {
        let hostile = ("aaa.json", Self.file("aaa", systems: [Self.system("other", "LVMS")]))
        let real = ("sshf.json", Self.file("sshf", systems: [Self.system("lvms", "LVMS")]))
        for files in [[hostile, real], [real, hostile]] {
            let catalog = Catalog(Self.load(files).procedures)
            expectThrows {
                _ = try catalog.system(named: "l-vms")
            } matching: { error in
                guard let error = error as? GovError else { return false }
                return error.kind == .dataError && error.message.contains("'l-vms' names 2 systems")
                    && error.message.contains("'lvms' (LVMS) in sshf.json")
                    && error.message.contains("'other' (LVMS) in aaa.json")
                    && error.hint?.contains("govctl validate") == true
            }
            try expectEqual(try catalog.system(named: "Other").0.id, "other")
        }
    }

    func testAnEmptyNameFindsNoSystem() {
        let catalog = Catalog(
            Self.load([("p.json", Self.file("p", systems: [Self.system("lvms", "LVMS")]))]).procedures)
        expectThrows(GovError.self) { _ = try catalog.system(named: " - ") }
    }

    func testTheGuideOfTheSystemsOwnProcedureComesBeforeAnotherFilesGuideThatNamesIt() throws {
        let hostile = ("aaa.json", Self.file("aaa", guides: [Self.guide("aaa-urgent", systems: ["lvms"], says: "99")]))
        let real = (
            "sshf.json",
            Self.file(
                "sshf", systems: [Self.system("lvms", "LVMS")],
                guides: [Self.guide("sshf-urgent", appliesWhen: #"{ "===": [{ "var": "system.criticality" }, 1] }"#)])
        )
        for files in [[hostile, real], [real, hostile]] {
            let set = Self.load(files)
            expectTrue(set.errors.isEmpty, "\(set.errors)")
            let catalog = Catalog(set.procedures)
            let (system, _) = try catalog.system(named: "LVMS")
            try expectEqual(try catalog.guide(purpose: "report-urgent", for: system)?.0.id, "sshf-urgent")
        }
    }

    func testTwoGuidesAtTheSameLevelAreRefusedNotTakenInFileOrder() throws {
        let a = ("a.json", Self.file("a", guides: [Self.guide("a-urgent")]))
        let b = ("b.json", Self.file("b", guides: [Self.guide("b-urgent")]))
        let system = ("s.json", Self.file("s", systems: [Self.system("abc", "ABC")]))
        let set = Self.load([a, b, system])
        let catalog = Catalog(set.procedures)
        let (abc, _) = try catalog.system(named: "abc")
        expectThrows {
            _ = try catalog.guide(purpose: "report-urgent", for: abc)
        } matching: { error in
            let message = (error as? GovError)?.message ?? ""
            return message.contains("2 'report-urgent' guides apply to ABC")
                && message.contains("'a-urgent' in a.json") && message.contains("'b-urgent' in b.json")
        }
        // One guide in the system's own file settles it.
        let own = ("s.json", Self.file("s", systems: [Self.system("abc", "ABC")], guides: [Self.guide("s-urgent")]))
        let settledSet = Self.load([a, b, own])
        let settled = Catalog(settledSet.procedures)
        try expectEqual(try settled.guide(purpose: "report-urgent", for: abc)?.0.id, "s-urgent")
        expectTrue(settledSet.errors.isEmpty, "\(settledSet.errors)")
        // What the look-up refuses, validate reports, at the later guide and naming the other.
        expectEqual(set.errors.map(\.code), [.ambiguousGuide])
        expectEqual(set.errors.first?.file, "b.json")
        expectEqual(set.errors.first?.message.contains("'b-urgent' and 'a-urgent' (a.json:"), true)
    }

    func testValidateRunsAppliesWhenForEachDeclaredSystemAsTheLookUpDoes() throws {
        let guides = [
            Self.guide("critical", appliesWhen: #"{ "===": [{ "var": "system.criticality" }, 1] }"#),
            Self.guide("any", appliesWhen: #"{ "<=": [{ "var": "system.criticality" }, 2] }"#),
        ]
        let systems = [Self.system("abc", "ABC", criticality: 1), Self.system("def", "DEF", criticality: 2)]
        let set = Self.load([("p.json", Self.file("p", systems: systems, guides: guides))])
        let catalog = Catalog(set.procedures)
        let (def, _) = try catalog.system(named: "DEF")
        try expectEqual(try catalog.guide(purpose: "report-urgent", for: def)?.0.id, "any")
        let (abc, _) = try catalog.system(named: "ABC")
        expectThrows(GovError.self) { _ = try catalog.guide(purpose: "report-urgent", for: abc) }
        expectEqual(set.errors.map(\.code), [.ambiguousGuide])
        let message = set.errors.first?.message ?? ""
        expectTrue(message.contains("system 'abc' (ABC)") && !message.contains("DEF"), "\(message)")
    }

    func testARoleNameThatFindsTwoRolesIsRefused() throws {
        let role = { (id: String) in
            #"{ "id": "\#(id)", "systems": ["abc"], "name": { "nb": "Systemeier", "en": "System owner" }, "holders": [{ "name": "Kari", "kind": "person" }], "source": "1" }"#
        }
        let set = Self.load([
            ("a.json", Self.file("a", roles: [role("eier-a")])),
            ("s.json", Self.file("s", systems: [Self.system("abc", "ABC")], roles: [role("eier-s")])),
        ])
        let catalog = Catalog(set.procedures)
        let (abc, _) = try catalog.system(named: "abc")
        expectThrows {
            _ = try Ownership(catalog).role("system-eier", for: abc)
        } matching: { error in
            let message = (error as? GovError)?.message ?? ""
            return message.contains("names 2 roles for ABC") && message.contains("'eier-a' in a.json")
        }
        try expectEqual(try Ownership(catalog).role("eier-s", for: abc).role.id, "eier-s")
        // What the look-up refuses, validate reports, at the later role and naming the other.
        expectEqual(set.errors.map(\.code), [.nameCollision])
        let message = set.errors.first?.message ?? ""
        expectTrue(message.contains("of role 'eier-s' is the same as") && message.contains("of role 'eier-a' (a.json:"))
    }

    func testRolesOfDifferentSystemsMayShareANameAndValidateSaysNothing() {
        let role = { (id: String, system: String) in
            #"{ "id": "\#(id)", "systems": ["\#(system)"], "name": { "nb": "Systemeier", "en": "System owner" }, "holders": [{ "name": "Kari", "kind": "person" }], "source": "1" }"#
        }
        let set = Self.load([
            (
                "s.json",
                Self.file(
                    "s", systems: [Self.system("abc", "ABC"), Self.system("def", "DEF")],
                    roles: [role("eier-abc", "abc"), role("eier-def", "def")])
            )
        ])
        expectTrue(set.errors.isEmpty, "\(set.errors)")
    }

    func testADocumentIdSharedByTwoProceduresIsRefused() throws {
        let withDocument = { (id: String) in
            Self.file(id).replacingOccurrences(
                of: #""language": "nb","#, with: #""language": "nb", "documentId": "D1","#)
        }
        let catalog = Catalog(Self.load([("a.json", withDocument("a")), ("b.json", withDocument("b"))]).procedures)
        try expectEqual(try catalog.procedure(id: "a").id, "a")
        expectThrows {
            _ = try catalog.procedure(id: "d1")
        } matching: { error in
            ((error as? GovError)?.message ?? "").contains("'d1' names 2 procedures")
        }
    }
}
