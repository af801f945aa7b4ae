import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Issue 18: numbers that trapped the engine, and rules that ran without end or took all memory.
final class LogicReliabilityTests: XCTestCase {
    func evaluate(_ rule: String, _ data: String = "null", limits: EvaluationLimits = .standard) throws -> JSONValue {
        let ruleValue = try JSONParser.parse(Array(rule.utf8)).root.value
        let dataValue = try JSONParser.parse(Array(data.utf8)).root.value
        return try Rule(ruleValue).evaluate(dataValue, limits: limits)
    }

    func failure(_ rule: String, _ data: String = "null", limits: EvaluationLimits = .standard) throws -> LogicError? {
        let ruleValue = try JSONParser.parse(Array(rule.utf8)).root.value
        let dataValue = try JSONParser.parse(Array(data.utf8)).root.value
        do throws(LogicError) {
            _ = try Rule(ruleValue).evaluate(dataValue, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    func testSubstrWithAHugeOrInfiniteStartIsEmptyAsInJavaScript() throws {
        try expectEqual(try evaluate(#"{"substr":["abc",1e300]}"#), "")
        try expectEqual(try evaluate(#"{"substr":["abc","Infinity"]}"#), "")
        try expectEqual(try evaluate(#"{"substr":["abc",-1e300]}"#), "abc")
        try expectEqual(try evaluate(#"{"substr":["abc","-Infinity",2]}"#), "ab")
    }

    func testSubstrWithAHugeLengthTakesTheRestAndAHugeNegativeLengthNothing() throws {
        try expectEqual(try evaluate(#"{"substr":["abcdef",1,1e300]}"#), "bcdef")
        try expectEqual(try evaluate(#"{"substr":["abcdef",1,-1e300]}"#), "")
        try expectEqual(try evaluate(#"{"substr":["abcdef",1,"Infinity"]}"#), "bcdef")
    }

    func testSubstrOnAFactWithAHugeNumberDoesNotTrap() throws {
        try expectEqual(try evaluate(#"{"substr":[{"var":"s"},{"var":"n"}]}"#, #"{"s":"abc","n":1e300}"#), "")
    }

    func testValScopeJumpsBeyondAnyIntegerReachTheRoot() throws {
        try expectEqual(try evaluate(#"{"val":[[1e300],"x"]}"#, #"{"x":1}"#), 1)
        try expectEqual(try evaluate(#"{"val":[[-9223372036854775808],"x"]}"#, #"{"x":2}"#), 2)
        try expectEqual(try evaluate(#"{"map":[[1],{"val":[[1e300],"x"]}]}"#, #"{"x":3}"#), [3])
    }

    func testANumberBecomesAnIntegerTheWayJavaScriptReadsIt() {
        expectEqual(Coercion.integer(.nan, clampedTo: 5), 0)
        expectEqual(Coercion.integer(2.9, clampedTo: 5), 2)
        expectEqual(Coercion.integer(-2.9, clampedTo: 5), -2)
        expectEqual(Coercion.integer(.infinity, clampedTo: 5), 5)
        expectEqual(Coercion.integer(-1e300, clampedTo: 5), -5)
        expectEqual(Coercion.integer(1e300, clampedTo: Int.max), Int.max)
    }

    func testReduceDoublingAStringStopsAtTheStringLimit() throws {
        let rule =
            #"{"reduce":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30],"#
            + #"{"cat":[{"var":"accumulator"},{"var":"accumulator"}]},"ab"]}"#
        let error = try require(try failure(rule))
        expectEqual(error.type, LogicErrorType.limitExceeded)
        expectEqual(error.detail?.contains("'cat'"), true)
        expectEqual(error.detail?.contains("stringLength"), true)
        expectEqual(error.rulePath, [.key("reduce"), .index(1)])
    }

    func testReduceDoublingAnArrayWithMergeStopsAtTheArrayLimit() throws {
        let rule =
            #"{"reduce":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30],"#
            + #"{"merge":[{"var":"accumulator"},{"var":"accumulator"}]},[1]]}"#
        let error = try require(try failure(rule))
        expectEqual(error.type, LogicErrorType.limitExceeded)
        expectEqual(error.detail?.contains("arrayLength"), true)
    }

    func testAValueHoldingItselfTwiceIsCountedWithItsContent() throws {
        let items = (1...64).map(String.init).joined(separator: ",")
        let rule = #"{"reduce":[["# + items + #"],[{"var":"accumulator"},{"var":"accumulator"}],1]}"#
        let error = try require(try failure(rule))
        expectEqual(error.type, LogicErrorType.limitExceeded)
        expectEqual(error.detail?.contains("allocation"), true)
    }

    func testNestingMapsInsideReduceCannotDoubleWithoutBeingCounted() throws {
        let items = (1...64).map(String.init).joined(separator: ",")
        let rule = #"{"reduce":[["# + items + #"],{"map":[[1,2],{"val":[[2],"accumulator"]}]},1]}"#
        let error = try require(try failure(rule))
        expectEqual(error.type, LogicErrorType.limitExceeded)
    }

    func testDeepNestingStopsAtTheDepthLimit() throws {
        let items = (1...300).map(String.init).joined(separator: ",")
        let rule = #"{"reduce":[["# + items + #"],[{"var":"accumulator"}],1]}"#
        let error = try require(try failure(rule))
        expectEqual(error.detail?.contains("depth"), true)
    }

    /// A billion comparisons, stopped by the step limit long before the end. (What bounds the time is the count of
    /// steps, so that is what is checked: a clock here failed on a loaded machine and passed on a quiet one.)
    func testNestedAllStopsAtTheStepLimitQuickly() throws {
        let data = #"{"a":["# + (0..<1000).map(String.init).joined(separator: ",") + "]}"
        let rule =
            #"{"all":[{"var":"a"},{"all":[{"val":[[2],"a"]},{"all":[{"val":[[4],"a"]},"#
            + #"{"<":[-1,{"var":""}]}]}]}]}"#
        let error = try require(try failure(rule, data))
        expectEqual(error.type, LogicErrorType.limitExceeded)
        expectEqual(error.detail?.contains("steps"), true)
        // The work follows the limit given, not the size of the data.
        let small = try require(try failure(rule, data, limits: EvaluationLimits(steps: 1_000)))
        expectEqual(small.type, LogicErrorType.limitExceeded)
        expectEqual(small.detail?.contains("steps"), true)
    }

    func testALimitErrorCannotBeCaughtIntoMoreWork() throws {
        let rule =
            #"{"try":[{"all":[{"var":"a"},{"all":[{"val":[[2],"a"]},{"<":[-1,{"var":""}]}]}]},"#
            + #"{"all":[{"var":"a"},{"all":[{"val":[[2],"a"]},{"<":[-1,{"var":""}]}]}]}]}"#
        let data = #"{"a":["# + (0..<2000).map(String.init).joined(separator: ",") + "]}"
        let error = try require(try failure(rule, data))
        expectEqual(error.type, LogicErrorType.limitExceeded)
    }

    func testSmallerLimitsCanBeGiven() throws {
        let limits = EvaluationLimits(steps: 3)
        try expectEqual(try failure(#"{"+":[1,2,3,4]}"#, limits: limits)?.type, LogicErrorType.limitExceeded)
        try expectEqual(try evaluate(#"{"+":[1,2]}"#, limits: limits), 3)
    }

    func testTheLimitsLeaveOrdinaryRulesAlone() throws {
        let data = #"{"items":["# + (0..<10_000).map(String.init).joined(separator: ",") + "]}"
        try expectEqual(
            try evaluate(#"{"reduce":[{"var":"items"},{"+":[{"var":"current"},{"var":"accumulator"}]},0]}"#, data),
            49_995_000)
        try expectEqual(try evaluate(#"{"cat":["a",{"substr":["bcd",1]}]}"#), "acd")
    }

    func testTheEvalCommandsErrorNamesThePath() throws {
        let rule =
            #"{"reduce":[[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25],"#
            + #"{"cat":[{"var":"accumulator"},{"var":"accumulator"}]},"ab"]}"#
        let error = try require(try failure(rule))
        expectTrue(ErrorRenderer.text(error).contains("'Limit Exceeded' at /reduce/1"))
    }

    func testSearchingALongArrayInALoopCountsEveryElementAsAStep() throws {
        let data = #"{"a":["# + (0..<5000).map(String.init).joined(separator: ",") + "]}"
        let rule = #"{"all":[{"var":"a"},{"!":{"in":[-1,{"val":[[2],"a"]}]}}]}"#
        let error = try require(try failure(rule, data))
        expectEqual(error.detail?.contains("'in'"), true)
        expectEqual(error.rulePath, [.key("all"), .index(1), .key("!")])
    }

    func testCuttingALongStringInALoopCountsItsBytes() throws {
        let data =
            #"{"s":""# + String(repeating: "a", count: 200_000) + #"","a":["#
            + (0..<100).map(String.init).joined(separator: ",") + "]}"
        let error = try require(try failure(#"{"all":[{"var":"a"},{"substr":[{"val":[[2],"s"]},1]}]}"#, data))
        expectEqual(error.detail?.contains("'substr'"), true)
        expectEqual(error.detail?.contains("allocation"), true)
    }

    func testComparingLongArraysStrictlyCountsTheirElements() throws {
        let data = #"{"a":["# + (0..<5000).map(String.init).joined(separator: ",") + "]}"
        let rule = #"{"all":[{"var":"a"},{"===":[{"val":[[2],"a"]},{"val":[[2],"a"]}]}]}"#
        let error = try require(try failure(rule, data))
        expectEqual(error.detail?.contains("'==='"), true)
    }
}
