import Foundation
import TestSupport
import XCTest

/// Issue 17, "lint what breaks at run time": each mistake an author made in the Swedish reserve routine passed
/// `validate` and `test` and broke monitoring at run time, or got a message that pointed at the wrong cause. Each is
/// made here in a copy of the shipped file; `govctl validate --strict` must fail on it at the line of the mistake,
/// with the message that names it, while the shipped file stays green.
final class RunTimeMistakeTests: XCTestCase {
    static let shipped = "procedures/skane-sesam-lmn-reservrutin.json"

    struct Mistake: CustomStringConvertible, Sendable {
        let name: String
        /// The text of the shipped file that the mistake replaces (its first occurrence).
        let find: String
        let replace: String
        let code: String
        /// What the message must say.
        let says: String
        var description: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            name: "a state missing from monitor.levels",
            find: #""levels": { "no-outage": "ok", "outage": "warning", "reserve-active": "critical" }"#,
            replace: #""levels": { "no-outage": "ok", "outage": "warning" }"#, code: "uncovered-state",
            says: "state 'reserve-active', which the rule of 'state' can give, has no level in 'monitor.levels'"),
        Mistake(
            name: "a misspelt purpose", find: #""purpose": "reserve-status""#,
            replace: #""purpose": "reserve-staus""#, code: "unknown-purpose",
            says: "unknown purpose 'reserve-staus'"),
        Mistake(
            name: "text in a number fact", find: #""value": 240,"#, replace: #""value": "2 timmar","#,
            code: "wrong-fact-type",
            says: "the value of fact 'reserveAfterMinutes' is \"2 timmar\", which is not a number"),
        Mistake(
            name: "== on text", find: #""logic": { "===": [{ "var": "scenario" }, "server-unreachable"] }"#,
            replace: #""logic": { "==": [{ "var": "scenario" }, "server-unreachable"] }"#, code: "loose-equality",
            says: "'==' compares with text ('scenario' holds text): use '===' instead"),
        Mistake(
            name: "a derived value read above where it is derived", find: #""logic": { "!!": [{ "var": "since" }] }"#,
            replace: #""logic": { "!!": [{ "var": "elapsedMinutes" }] }"#, code: "derived-out-of-order",
            says: "derived value 'outage' reads 'elapsedMinutes', which is derived further down the list: out of order"
        ),
        Mistake(
            name: "Word-style quotes", find: #""id": "sesam-lmn-reservrutin","#,
            replace: #"“id”: "sesam-lmn-reservrutin","#, code: "json-syntax",
            says: "use a straight quote (\") instead of “ (a typographic quote)"),
        Mistake(
            name: "an empty role name", find: #""name": { "sv": "Region Skånes IT-avdelning","#,
            replace: #""name": { "sv": "","#, code: "empty-value", says: "the 'sv' text of 'name' is empty"),
    ]

    /// The 1-based line of the first occurrence of `text` in `file`.
    static func line(of text: String, in file: String) -> Int? {
        guard let range = file.range(of: text) else { return nil }
        return file[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    func testValidateStrictFailsAtTheMistakeWithTheMessageThatNamesIt() throws {
        forEachCase(Self.mistakes) { a0 in
            try Self.validateStrictFailsAtTheMistakeWithTheMessageThatNamesIt(a0)
        }
    }

    static func validateStrictFailsAtTheMistakeWithTheMessageThatNamesIt(_ mistake: Mistake) throws {
        let original = String(
            decoding: try Data(contentsOf: Binary.root.appending(path: Self.shipped)), as: UTF8.self)
        let line = try require(Self.line(of: mistake.find, in: original), "the shipped file changed")
        let broken = original.replacingOccurrences(
            of: mistake.find, with: mistake.replace, range: original.range(of: mistake.find))
        let directory = try TemporaryDirectory.make("mistake")
        defer { TemporaryDirectory.remove(directory) }
        try Data(broken.utf8).write(to: directory.appending(path: "skane.json"))

        let text = try Binary.run(["validate", "--strict", "skane.json"], directory: directory)
        expectEqual(text.exitCode, 65, "\(text.stdout)")
        let reported = text.stdout.split(separator: "\n").filter { $0.hasPrefix("skane.json:\(line):") }
        expectTrue(reported.contains { $0.contains(mistake.says) }, "\(text.stdout)")
        // It is the only problem, so nothing points at a wrong cause (such as "declare the role").
        expectEqual(
            text.stdout.split(separator: "\n").filter { $0.hasPrefix("skane.json:") }.count, 1, "\(text.stdout)")

        let json = try Binary.run(["validate", "--strict", "--format", "json", "skane.json"], directory: directory)
        expectTrue(json.stdout.contains("\"code\": \"\(mistake.code)\""), "\(json.stdout)")
    }

    func testTheShippedProceduresAreGreenUnderStrict() throws {
        let r = try Binary.run(
            ["validate", "--strict", "procedures", "--now", "2026-11-21T03:00"], directory: Binary.root)
        expectEqual(r.exitCode, 0, "\(r.stdout)")
        expectTrue(r.stdout.contains("5 files, 0 errors, 0 warnings"))
    }

    func testLooseEqualityIsAWarningThatOnlyStrictFailsOn() throws {
        let original = String(
            decoding: try Data(contentsOf: Binary.root.appending(path: Self.shipped)), as: UTF8.self)
        let loose = try require(Self.mistakes.first { $0.code == "loose-equality" })
        let directory = try TemporaryDirectory.make("mistake")
        defer { TemporaryDirectory.remove(directory) }
        let broken = original.replacingOccurrences(
            of: loose.find, with: loose.replace, range: original.range(of: loose.find))
        try Data(broken.utf8).write(to: directory.appending(path: "skane.json"))
        let plain = try Binary.run(["validate", "skane.json", "--now", "2026-11-21T03:00"], directory: directory)
        expectEqual(plain.exitCode, 0, "\(plain.stdout)")
        expectTrue(plain.stdout.contains("1 file, 0 errors, 1 warning"))
        let ignored = try Binary.run(
            ["validate", "--strict", "--ignore", "loose-equality", "skane.json"], directory: directory)
        expectEqual(ignored.exitCode, 0, "\(ignored.stdout)")
    }
}
