import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// A rule that throws while a guide runs (steps, derived values, texts, `appliesWhen`, a monitor's state) is an
/// error that names the procedure file and the rule's place in it, so the author can find it.
final class RuleErrorLocationTests: XCTestCase {
    static let now = Date(timeIntervalSince1970: 1_795_766_400)

    /// A procedure with system `abc` and one guide: `guide` is the guide's JSON text.
    static func catalog(guide: String) throws -> Catalog {
        let text = """
            {
              "schemaVersion": 1, "id": "p",
              "document": {
                "title": { "nb": "T", "en": "T" }, "organisation": "Testsykehuset", "language": "nb",
                "sourceFile": "000.txt", "timeZone": "Europe/Oslo"
              },
              "systems": [{ "id": "abc", "name": "ABC", "criticality": 1, "source": "1" }],
              "guides": [
                { "id": "first", "title": { "nb": "F", "en": "F" }, "steps": [{ "id": "s", "text": { "nb": "S", "en": "S" }, "source": "1" }], "source": "1" },
                \(guide)
              ]
            }
            """
        let set = ProcedureLoader.load(
            [ProcedureFile(path: "procedures/p.json", bytes: Array(text.utf8))],
            today: CalendarDate(year: 2026, month: 11, day: 21))
        expectTrue(set.errors.isEmpty, "\(set.errors.map(\.headline))")
        return Catalog(set.procedures)
    }

    /// The message of the `GovError` `body` throws, or `nil`.
    static func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as GovError {
            expectEqual(error.kind, .dataError)
            expectEqual(error.hint?.contains("govctl test"), true)
            return error.message
        } catch {
            return nil
        }
    }

    func testAStepsRuleThatThrowsNamesTheFileAndTheStepsWhen() throws {
        let catalog = try Self.catalog(
            guide: #"""
                { "id": "g", "title": { "nb": "G", "en": "G" },
                  "steps": [
                    { "id": "ok", "text": { "nb": "A", "en": "A" }, "source": "1" },
                    { "id": "notify", "when": { "throw": "boom" }, "text": { "nb": "B", "en": "B" }, "source": "1" }
                  ], "source": "1" }
                """#)
        let (guide, procedure) = try catalog.guide(id: "g")
        let message = Self.message {
            _ = try GuideEvaluator.evaluate(guide, in: procedure, request: .init(now: Self.now))
        }
        expectEqual(
            message, "procedures/p.json: guides[1].steps[1].when: the rule threw 'boom' (step 'notify' of guide 'g')")
    }

    func testADerivedValueOverItsBudgetNamesTheFileTheValueAndTheOperator() throws {
        let catalog = try Self.catalog(
            guide: #"""
                { "id": "g", "title": { "nb": "G", "en": "G" },
                  "derived": [{ "id": "big", "logic": { "reduce": [[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25], { "cat": [{ "var": "accumulator" }, { "var": "accumulator" }] }, "ab"] }, "source": "1" }],
                  "steps": [{ "id": "s", "text": { "nb": "S", "en": "S" }, "source": "1" }], "source": "1" }
                """#)
        let (guide, procedure) = try catalog.guide(id: "g")
        let message = Self.message {
            _ = try GuideEvaluator.evaluate(guide, in: procedure, request: .init(now: Self.now))
        }
        expectEqual(
            message?.hasPrefix(
                "procedures/p.json: guides[1].derived[0].logic: the rule threw 'Limit Exceeded' at /reduce/1: "), true,
            "\(message ?? "")")
        expectEqual(message?.hasSuffix("(derived value 'big' of guide 'g')"), true)
    }

    func testATextsRuleThatThrowsNamesTheTextsWhen() throws {
        let catalog = try Self.catalog(
            guide: #"""
                { "id": "g", "title": { "nb": "G", "en": "G" },
                  "steps": [{ "id": "s", "text": { "nb": "S", "en": "S" }, "source": "1" }],
                  "texts": [{ "id": "subject", "label": { "nb": "Emne", "en": "Subject" }, "when": { "throw": "NaN" }, "text": { "nb": "T", "en": "T" }, "source": "1" }],
                  "source": "1" }
                """#)
        let (guide, procedure) = try catalog.guide(id: "g")
        let message = Self.message {
            _ = try GuideEvaluator.evaluate(guide, in: procedure, request: .init(now: Self.now))
        }
        expectEqual(
            message, "procedures/p.json: guides[1].texts[0].when: the rule threw 'NaN' (text 'subject' of guide 'g')")
    }

    func testAnAppliesWhenThatThrowsIsAnErrorNotAGuideThatQuietlyDoesNotApply() throws {
        let catalog = try Self.catalog(
            guide: #"""
                { "id": "g", "title": { "nb": "G", "en": "G" }, "purpose": "report-urgent",
                  "appliesWhen": { "throw": "boom" },
                  "steps": [{ "id": "s", "text": { "nb": "S", "en": "S" }, "source": "1" }], "source": "1" }
                """#)
        let (system, _) = try catalog.system(named: "ABC")
        let message = Self.message { _ = try catalog.guide(purpose: "report-urgent", for: system) }
        expectEqual(message, "procedures/p.json: guides[1].appliesWhen: the rule threw 'boom' (guide 'g')")
    }

    func testAMonitorsStateRuleThatThrowsNamesTheFileAndTheDerivedValue() throws {
        let catalog = try Self.catalog(
            guide: #"""
                { "id": "g", "title": { "nb": "G", "en": "G" }, "purpose": "reserve-status", "systems": ["abc"],
                  "facts": [{ "id": "since", "type": "time", "label": { "nb": "Siden", "en": "Since" } }],
                  "derived": [{ "id": "state", "logic": { "if": [{ "var": "since" }, { "throw": "boom" }, "ok"] }, "source": "1" }],
                  "steps": [{ "id": "s", "text": { "nb": "S", "en": "S" }, "source": "1" }],
                  "monitor": { "state": "state", "levels": { "ok": "ok" }, "labels": { "ok": { "nb": "OK", "en": "OK" } }, "since": "since", "source": "1" },
                  "source": "1" }
                """#)
        let query = ReserveStatusQuery(
            system: "abc", since: .instant(Self.now.addingTimeInterval(-3600)), now: .instant(Self.now))
        let message = Self.message { _ = try query.answer(in: catalog) }
        expectEqual(
            message,
            "procedures/p.json: guides[1].derived[0].logic: the rule threw 'boom' (derived value 'state' of guide 'g')"
        )
    }
}
