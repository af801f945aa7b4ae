import Foundation
import TestSupport
import XCTest

/// Issue 27, "the configuration is read loosely": a key written twice (the first won, silently, so an override
/// added at the end was ignored), control characters in a value, and messages that named the wrong thing.
final class StrictConfigTests: XCTestCase {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        /// What the message must say (after "FILE").
        let says: String
        var description: String { text.debugDescription }
    }

    static let cases: [Case] = [
        Case(text: "{ \"group\": \"a\",\n  \"group\": \"b\" }", says: ":2:3: duplicate key 'group'"),
        Case(text: "{ \"mail\": { \"to\": [\"a@b.c\"], \"to\": [\"d@e.f\"] } }", says: ":1:30: duplicate key 'to'"),
        Case(text: "{ \"group\": \"gov\\u0000ctl\" }", says: ":1:12: 'group' holds a control character (U+0000)"),
        Case(text: "{ \"group\": \"gov\\nctl\" }", says: ":1:12: 'group' holds a control character (U+000A)"),
        Case(text: "{ \"procedures\": [\"\"] }", says: ":1:18: an entry of 'procedures' is empty"),
        Case(
            text: "{ \"procedures\": [1] }",
            says: ":1:18: each entry of 'procedures' must be a text in double quotes, found number"),
        Case(text: "", says: " is empty"),
        Case(text: " \n", says: " is empty"),
        Case(text: "SECRET_TOKEN=hunter2\n", says: ":1:1: the configuration is not a JSON object"),
    ]

    func testALooseConfigurationIsRefusedAtItsPlace() throws {
        forEachCase(Self.cases) { a0 in
            try Self.aLooseConfigurationIsRefusedAtItsPlace(a0)
        }
    }

    static func aLooseConfigurationIsRefusedAtItsPlace(_ c: Case) throws {
        let directory = try TemporaryDirectory.make("config")
        defer { TemporaryDirectory.remove(directory) }
        let file = directory.appending(path: "govctl.json")
        try Data(c.text.utf8).write(to: file)
        let r = try Binary.run(["list"], environment: ["GOVCTL_CONFIG": file.path])
        expectEqual(r.exitCode, 65, "\(r.stderr)")
        expectTrue(r.stderr.contains(file.path + c.says), "\(r.stderr)")
        expectTrue(!r.stderr.contains("procedure file"), "\(r.stderr)")
        expectTrue(
            !r.stderr.contains("SECRET") && !r.stderr.contains("'S'"), "the file's bytes were echoed: \(r.stderr)")
    }
}
