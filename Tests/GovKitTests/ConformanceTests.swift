import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Every case of the JSON Logic compatibility suites (42 files, 992 cases).
final class ConformanceTests: XCTestCase {
    static let suiteDirectory = "Tests/GovKitTests/Fixtures/jsonlogic/suites/"

    static func suiteFiles() throws -> [String] {
        let index = try JSONParser.parse(Repository.bytes(suiteDirectory + "index.json")).root.value
        return (index.arrayValue ?? []).compactMap(\.stringValue)
    }

    /// An evaluation outcome: a value, or an error type.
    enum Outcome: Equatable, CustomStringConvertible {
        case value(JSONValue)
        case error(String)
        var description: String {
            switch self {
            case .value(let v): return JSONWriter.compact(v)
            case .error(let t): return "error \(t)"
            }
        }
    }

    struct Case {
        let description: String
        let rule: JSONValue
        let data: JSONValue
        let expected: Outcome
    }

    static func cases(in file: String) throws -> [Case] {
        let suite = try JSONParser.parse(Repository.bytes(suiteDirectory + file)).root.value
        return (suite.arrayValue ?? []).compactMap { entry in
            guard case .object(let object) = entry, let rule = object["rule"] else { return nil }
            let expected: Outcome
            if let error = object["error"] {
                expected = .error(error["type"]?.stringValue ?? "")
            } else {
                expected = .value(object["result"] ?? .null)
            }
            return Case(
                description: object["description"]?.stringValue ?? JSONWriter.compact(rule),
                rule: rule, data: object["data"] ?? .null, expected: expected)
        }
    }

    static func run(_ c: Case) -> Outcome {
        do throws(LogicError) {
            return .value(try Rule(c.rule).evaluate(c.data))
        } catch {
            return .error(error.type)
        }
    }

    func testTheSuitesHoldAllNineHundredNinetyTwoCases() throws {
        let total = try Self.suiteFiles().reduce(0) { $0 + (try Self.cases(in: $1).count) }
        expectEqual(total, 992)
    }

    func testEveryCaseOfTheSuitePasses() throws {
        for a0 in try Self.suiteFiles() {
            try withCase("\(a0)") { try everyCaseOfTheSuitePasses(file: a0) }
        }
    }

    func everyCaseOfTheSuitePasses(file: String) throws {
        for c in try Self.cases(in: file) {
            let actual = Self.run(c)
            expectEqual(
                actual, c.expected,
                "\(file): \(c.description): rule \(JSONWriter.compact(c.rule)) data \(JSONWriter.compact(c.data)) expected \(c.expected) got \(actual)"
            )
        }
    }
}
