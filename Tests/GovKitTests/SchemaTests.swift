import Foundation
import Testing

@testable import GovKit

/// The bundled procedures must validate against schema/procedure.schema.json, so editors that use the schema
/// agree with govctl. The checker covers the keywords the schema uses (a subset of draft 2020-12).
@Suite struct SchemaTests {
    static let schema: JSONValue =
        (try? JSONParser.parse(Repository.bytes("schema/procedure.schema.json")).root.value) ?? .null

    static func procedureFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.url("procedures").path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func theSchemaIsDraft2020AndEveryDefinitionIsReachable() {
        #expect(Self.schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        guard case .object(let defs)? = Self.schema["$defs"] else {
            Issue.record("no $defs")
            return
        }
        let text = JSONWriter.compact(Self.schema)
        for name in defs.keys { #expect(text.contains("\"#/$defs/\(name)\""), "\(name) is never referenced") }
    }

    @Test(arguments: procedureFiles())
    func everyBundledProcedureValidatesAgainstTheSchema(file: String) throws {
        let value = try JSONParser.parse(Repository.bytes("procedures/" + file)).root.value
        var problems: [String] = []
        SchemaChecker(root: Self.schema).check(value, against: Self.schema, at: "", into: &problems)
        #expect(problems.isEmpty, "\(file): \(problems.prefix(5).joined(separator: "; "))")
        #expect(value["$schema"] == .string("../schema/procedure.schema.json"))
    }

    @Test func theCheckerRejectsAnUnknownKey() throws {
        var value = try JSONParser.parse(Repository.bytes("procedures/siv-cms.json")).root.value
        guard case .object(var object) = value else { return }
        object["colour"] = "red"
        value = .object(object)
        var problems: [String] = []
        SchemaChecker(root: Self.schema).check(value, against: Self.schema, at: "", into: &problems)
        #expect(problems == ["/colour: not allowed"])
    }
}

/// Checks `type`, `const`, `enum`, `pattern`, `minLength`, `properties`, `required`, `additionalProperties: false`,
/// `minProperties`, `items`, `oneOf` and local `$ref`.
struct SchemaChecker {
    let root: JSONValue

    func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
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
            let passing = options.filter { option in
                var scratch: [String] = []
                check(value, against: option, at: path, into: &scratch)
                return scratch.isEmpty
            }
            if passing.count != 1 { problems.append("\(path): matches \(passing.count) of oneOf") }
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
                if let sub = properties?[key] {
                    check(object[key] ?? .null, against: sub, at: "\(path)/\(key)", into: &problems)
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(path)/\(key): not allowed")
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
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() {
                check(item, against: itemSchema, at: "\(path)/\(i)", into: &problems)
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
