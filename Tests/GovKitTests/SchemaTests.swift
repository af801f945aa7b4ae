import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The bundled procedures must validate against schema/procedure.schema.json, so editors that use the schema
/// agree with govctl. The checker covers the keywords the schema uses (a subset of draft 2020-12).
final class SchemaTests: XCTestCase {
    /// The schema, or `nil` when it cannot be read (the tests that use it then fail; a `.null` stand-in would let
    /// every document pass).
    static let loaded: JSONValue? = try? JSONParser.parse(Repository.bytes("schema/procedure.schema.json")).root.value

    static func schema() throws -> JSONValue {
        try require(loaded, "schema/procedure.schema.json cannot be read")
    }

    static func procedureFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.url("procedures").path)
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    func testTheSchemaIsDraft2020AndEveryDefinitionIsReachable() throws {
        let schema = try Self.schema()
        expectEqual(schema["$schema"], .string("https://json-schema.org/draft/2020-12/schema"))
        guard case .object(let defs)? = schema["$defs"] else {
            reportFailure("no $defs")
            return
        }
        let text = JSONWriter.compact(schema)
        for name in defs.keys { expectTrue(text.contains("\"#/$defs/\(name)\""), "\(name) is never referenced") }
    }

    func testEveryBundledProcedureValidatesAgainstTheSchema() throws {
        for a0 in try Self.procedureFiles() {
            try withCase("\(a0)") { try everyBundledProcedureValidatesAgainstTheSchema(file: a0) }
        }
    }

    func everyBundledProcedureValidatesAgainstTheSchema(file: String) throws {
        let schema = try Self.schema()
        let value = try JSONParser.parse(Repository.bytes("procedures/" + file)).root.value
        var problems: [String] = []
        SchemaChecker(root: schema).check(value, against: schema, at: "", into: &problems)
        expectTrue(problems.isEmpty, "\(file): \(problems.prefix(5).joined(separator: "; "))")
        expectEqual(value["$schema"], .string("../schema/procedure.schema.json"))
    }

    func testTheSchemaNamesEveryOperatorTheEngineHasAndNoOther() throws {
        let schema = try Self.schema()
        let names = schema["$defs"]?["rule"]?["propertyNames"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        expectEqual(names.map(Set.init), Set(Rule.operators))
        expectEqual(names?.count, Rule.operators.count)
    }

    func testTheSchemaNamesEveryGuidePurposeGovctlKnowsAndNoOther() throws {
        let names = try Self.schema()["$defs"]?["guide"]?["properties"]?["purpose"]?["enum"]?.arrayValue?.compactMap(
            \.stringValue)
        expectEqual(names, GuidePurpose.allCases.map(\.rawValue))
    }

    /// Mistakes the schema must see; the whole comparison with govctl is SchemaComparisonTests.
    func testTheCheckerFindsWhatTheSchemaSays() throws {
        for (a0, a1, a2) in [
            ("/guides/1/purpose", JSONValue.string("reserve_status"), "not in enum"),
            ("/guides/1/derived/0/logic", .object(JSONObject([("=>", [1, 2])])), "(the key): not in enum"),
            ("/guides/1/facts/4/value", "4 timmar", "matches 0 of oneOf"),
            ("/systems/0/name", "  ", "does not match"),
            ("/tests/1/now", "i morgen", "does not match"),
        ] as [(String, JSONValue, String)] {
            try withCase("\(a0), \(a1), \(a2)") {
                try theCheckerFindsWhatTheSchemaSays(pointer: a0, value: a1, problem: a2)
            }
        }
    }

    func theCheckerFindsWhatTheSchemaSays(pointer: String, value: JSONValue, problem: String) throws {
        let schema = try Self.schema()
        let file = try JSONParser.parse(Repository.bytes("procedures/skane-sesam-lmn-reservrutin.json")).root.value
        let changed = try require(
            Self.replacing(pointer.split(separator: "/").map(String.init), in: file, with: value))
        var problems: [String] = []
        SchemaChecker(root: schema).check(changed, against: schema, at: "", into: &problems)
        expectTrue(problems.contains { $0.hasPrefix(pointer) && $0.contains(problem) }, "\(problems)")
    }

    static func replacing(_ keys: [String], in value: JSONValue, with new: JSONValue) -> JSONValue? {
        guard let key = keys.first else { return new }
        switch value {
        case .object(var object):
            guard let inner = object[key], let changed = replacing(Array(keys.dropFirst()), in: inner, with: new)
            else { return nil }
            object[key] = changed
            return .object(object)
        case .array(var items):
            guard let i = Int(key), items.indices.contains(i),
                let changed = replacing(Array(keys.dropFirst()), in: items[i], with: new)
            else { return nil }
            items[i] = changed
            return .array(items)
        default: return nil
        }
    }

    func testTheCheckerRejectsAnUnknownKey() throws {
        let schema = try Self.schema()
        var value = try JSONParser.parse(Repository.bytes("procedures/siv-cms.json")).root.value
        guard case .object(var object) = value else {
            reportFailure("siv-cms.json is not an object")
            return
        }
        object["colour"] = "red"
        value = .object(object)
        var problems: [String] = []
        SchemaChecker(root: schema).check(value, against: schema, at: "", into: &problems)
        expectEqual(problems, ["/colour: not allowed"])
    }
}

/// Checks `type`, `const`, `enum`, `pattern`, `minLength`, `minimum`, `properties`, `required`,
/// `additionalProperties`, `minProperties`, `maxProperties`, `propertyNames`, `dependentRequired`, `dependentSchemas`,
/// `items`, `maxItems`, `oneOf`, `anyOf`, `allOf`, `not`, `if`/`then`/`else`, boolean schemas and local `$ref`: every
/// keyword the schema uses. (SchemaComparisonTests checks the same files with a complete validator, where one is
/// installed.)
struct SchemaChecker {
    let root: JSONValue

    func passes(_ value: JSONValue, _ schema: JSONValue) -> Bool {
        var scratch: [String] = []
        check(value, against: schema, at: "", into: &scratch)
        return scratch.isEmpty
    }

    func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { problems.append("\(path): not allowed") }
            return
        }
        if case .string(let ref)? = schema["$ref"] {
            let name = String(ref.dropFirst("#/$defs/".count))
            if let target = root["$defs"]?[name] {
                check(value, against: target, at: path, into: &problems)
            } else {
                problems.append("\(path): unresolved \(ref)")
            }
            return
        }
        if case .array(let options)? = schema["oneOf"] {
            let passing = options.filter { passes(value, $0) }
            if passing.count != 1 { problems.append("\(path): matches \(passing.count) of oneOf") }
        }
        if case .array(let options)? = schema["anyOf"], !options.contains(where: { passes(value, $0) }) {
            problems.append("\(path): matches none of anyOf")
        }
        if case .array(let all)? = schema["allOf"] {
            for sub in all { check(value, against: sub, at: path, into: &problems) }
        }
        if let negated = schema["not"], passes(value, negated) { problems.append("\(path): matches 'not'") }
        if let condition = schema["if"] {
            if let branch = passes(value, condition) ? schema["then"] : schema["else"] {
                check(value, against: branch, at: path, into: &problems)
            }
        }
        if let type = schema["type"], !matches(value, type) {
            problems.append("\(path): expected \(JSONWriter.compact(type))")
            return
        }
        if let constant = schema["const"], value != constant {
            problems.append("\(path): expected \(JSONWriter.compact(constant))")
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            problems.append("\(path): not in enum")
        }
        if case .number(let n) = value, case .number(let min)? = schema["minimum"], n < min {
            problems.append("\(path): below \(min)")
        }
        if case .string(let s) = value {
            if case .number(let min)? = schema["minLength"], Double(s.count) < min {
                problems.append("\(path): too short")
            }
            if case .string(let pattern)? = schema["pattern"], s.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): '\(s)' does not match \(pattern)")
            }
        }
        if case .object(let object) = value {
            let properties = schema["properties"]
            for key in object.keys {
                if let names = schema["propertyNames"] {
                    check(.string(key), against: names, at: "\(path)/\(key) (the key)", into: &problems)
                }
                if let sub = properties?[key] ?? schema["additionalProperties"] {
                    check(object[key] ?? .null, against: sub, at: "\(path)/\(key)", into: &problems)
                }
                if case .array(let needed)? = schema["dependentRequired"]?[key] {
                    for case .string(let other) in needed where object[other] == nil {
                        problems.append("\(path): '\(key)' needs '\(other)'")
                    }
                }
                if let dependent = schema["dependentSchemas"]?[key] {
                    check(value, against: dependent, at: path, into: &problems)
                }
            }
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where object[key] == nil {
                    problems.append("\(path): missing \(key)")
                }
            }
            if case .number(let min)? = schema["minProperties"], Double(object.count) < min {
                problems.append("\(path): too few properties")
            }
            if case .number(let max)? = schema["maxProperties"], Double(object.count) > max {
                problems.append("\(path): too many properties")
            }
        }
        if case .array(let items) = value {
            if let itemSchema = schema["items"] {
                for (i, item) in items.enumerated() {
                    check(item, against: itemSchema, at: "\(path)/\(i)", into: &problems)
                }
            }
            if case .number(let max)? = schema["maxItems"], Double(items.count) > max {
                problems.append("\(path): too many items")
            }
        }
    }

    func matches(_ value: JSONValue, _ type: JSONValue) -> Bool {
        if case .array(let types) = type { return types.contains { matches(value, $0) } }
        guard case .string(let name) = type else { return true }
        switch (name, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("number", .number):
            return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }
}
