import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// What a monitor's state rule can give, read from the rule as written (RuleOutputs), on which `uncovered-state`
/// rests.
final class RuleOutputsTests: XCTestCase {
    /// A guide with a choice fact `scenario`, a number fact and the derived values given as JSON rules, in order.
    func guide(_ rules: [(String, String)], defaultScenario: Bool = false) throws -> Guide {
        let label = LocalizedText([.en: "x"])
        let scenario = FactDefinition(
            offset: 0, id: "scenario", kind: .choice, label: label, required: false,
            choices: [Choice(id: "a", label: label), Choice(id: "b", label: label)], value: nil,
            defaultValue: defaultScenario ? .string("a") : nil, source: nil)
        let minutes = FactDefinition(
            offset: 0, id: "minutes", kind: .number, label: label, required: false, choices: [], value: .number(240),
            defaultValue: nil, source: "3")
        let derived = try rules.map { id, rule in
            DerivedValue(
                offset: 0, id: id, label: nil,
                logic: LogicField(rule: try Rule(JSONParser.parse(rule).root.value), offset: 0), source: "3")
        }
        return Guide(
            offset: 0, id: "g", title: label, purpose: nil, systems: [], appliesWhen: nil, facts: [scenario, minutes],
            derived: derived, steps: [], texts: [], monitor: nil, source: "3")
    }

    func testAnIfGivesEachBranchAndNullWithoutALastOne() throws {
        let g = try guide([("state", #"{"if": [{"var": "x"}, "outage", {"var": "y"}, "reserve-active"]}"#)])
        let outputs = RuleOutputs.of(derived: 0, in: g)
        expectEqual(outputs, RuleOutputs(texts: ["outage", "reserve-active"], others: [.null]))
    }

    func testADerivedValueAboveAndAChoiceFactGiveWhatTheyCanGive() throws {
        let g = try guide([
            ("level", #"{"or": [{"var": "scenario"}, "none"]}"#),
            ("state", #"{"if": [{"var": "flag"}, {"var": "level"}, "ok"]}"#),
        ])
        // The choice fact has no default, so it is null when not given.
        expectEqual(RuleOutputs.of(derived: 1, in: g), RuleOutputs(texts: ["a", "b", "none", "ok"], others: [.null]))
        let withDefault = try guide(
            [("state", #"{"var": "scenario"}"#)], defaultScenario: true)
        expectEqual(RuleOutputs.of(derived: 0, in: withDefault), RuleOutputs(texts: ["a", "b"]))
    }

    func testComparisonsGiveTrueOrFalseAndArithmeticCannotBeListed() throws {
        let g = try guide([
            ("compare", #"{">=": [{"var": "minutes"}, 240]}"#),
            ("sum", #"{"if": [{"var": "x"}, {"+": [1, {"var": "minutes"}]}, "ok"]}"#),
        ])
        expectEqual(RuleOutputs.of(derived: 0, in: g), RuleOutputs(others: [.bool(true), .bool(false)]))
        expectEqual(RuleOutputs.of(derived: 1, in: g), RuleOutputs(texts: ["ok"], open: true))
    }

    func testADerivedValueFurtherDownIsNotFollowed() throws {
        let g = try guide([("state", #"{"var": "later"}"#), ("later", #""x""#)])
        expectEqual(RuleOutputs.of(derived: 0, in: g), RuleOutputs(open: true))
    }
}
