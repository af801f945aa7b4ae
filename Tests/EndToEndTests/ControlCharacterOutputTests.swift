import Foundation
import TestSupport
import XCTest

/// Issue 18, "Control characters in data are escaped in text output": a procedure whose names, titles, labels,
/// steps and test names carry ESC [31m, a line break and U+0085 (and U+2028), and an outage note that carries the
/// same, run through every text, Markdown and Nagios renderer of the built binary. Nothing raw reaches the terminal,
/// and no value starts a line of its own.
final class ControlCharacterOutputTests: XCTestCase {
    /// What every hostile value ends with: a colour change, a line break that would forge a line, NEL and U+2028.
    static let payload = "\u{1B}[31m\nFORGED\u{85}\u{2028}"

    /// A directory with the Skåne procedure made hostile, and an outage log whose open outage has a hostile note.
    struct Hostile {
        let directory: URL
        var procedures: String { directory.appending(path: "procedures").path }
        var log: String { directory.appending(path: "state/outages.jsonl").path }
        var invalid: String { directory.appending(path: "invalid").path }

        /// Made in a new temporary directory, which the test removes (`defer { hostile.remove() }`).
        init() throws {
            directory = try TemporaryDirectory.make("control")
            do {
                try fill()
            } catch {
                remove()
                throw error
            }
        }

        func remove() { TemporaryDirectory.remove(directory) }

        private func fill() throws {
            let fm = FileManager.default
            try fm.createDirectory(at: directory.appending(path: "procedures"), withIntermediateDirectories: true)
            try fm.createDirectory(at: directory.appending(path: "invalid"), withIntermediateDirectories: true)
            let source = Binary.root.appending(path: "procedures/skane-sesam-lmn-reservrutin.json")
            var procedure = try require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
            Self.mutate(&procedure)
            try JSONSerialization.data(withJSONObject: procedure).write(
                to: directory.appending(path: "procedures/skane.json"))
            // A key with ESC and a line break: validate quotes it in its diagnostic.
            let key = "x\\u001b[31m\\nFORGED\\u0085\\u2028"
            try Data("{\"schemaVersion\": 1, \"\(key)\": 1, \"\(key)\": 2}\n".utf8).write(
                to: directory.appending(path: "invalid/bad.json"))
            let p = ["--procedures", procedures, "--state", log]
            try expectEqual(try Binary.run(["outage", "init", "--state", log]).exitCode, 0)
            let start = try Binary.run(
                [
                    "outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--now", "2026-11-21T08:05", "--note",
                    "ok" + payload,
                ] + p)
            expectEqual(start.exitCode, 0, "\(start.stderr)")
        }

        /// Appends the payload to the texts the renderers print.
        static func mutate(_ p: inout [String: Any]) {
            func hostile(_ text: Any?) -> Any? {
                guard var object = text as? [String: Any] else { return (text as? String).map { $0 + payload } }
                for (key, value) in object { object[key] = (value as? String).map { $0 + payload } ?? value }
                return object
            }
            var document = p["document"] as? [String: Any] ?? [:]
            document["title"] = hostile(document["title"])
            document["organisation"] = hostile(document["organisation"])
            p["document"] = document
            p["systems"] = (p["systems"] as? [[String: Any]] ?? []).map { system in
                var system = system
                system["name"] = hostile(system["name"])
                return system
            }
            p["roles"] = (p["roles"] as? [[String: Any]] ?? []).map { role in
                var role = role
                role["name"] = hostile(role["name"])
                role["holders"] = (role["holders"] as? [[String: Any]] ?? []).map { holder in
                    var holder = holder
                    holder["name"] = hostile(holder["name"])
                    return holder
                }
                return role
            }
            p["guides"] = (p["guides"] as? [[String: Any]] ?? []).map { guide in
                var guide = guide
                guide["title"] = hostile(guide["title"])
                guide["steps"] = (guide["steps"] as? [[String: Any]] ?? []).map { step in
                    var step = step
                    step["text"] = hostile(step["text"])
                    return step
                }
                guide["facts"] = (guide["facts"] as? [[String: Any]] ?? []).map { fact in
                    var fact = fact
                    fact["label"] = hostile(fact["label"])
                    fact["choices"] = (fact["choices"] as? [[String: Any]])?.map { choice in
                        var choice = choice
                        choice["label"] = hostile(choice["label"])
                        return choice
                    }
                    return fact
                }
                return guide
            }
            p["tests"] = (p["tests"] as? [[String: Any]] ?? []).map { test in
                var test = test
                test["name"] = hostile(test["name"])
                return test
            }
        }
    }

    /// One renderer: the command line after `govctl` (`{p}` for the procedures, `{log}`, `{invalid}`).
    static let renderers: [[String]] = [
        ["report-urgent", "sesam-lmn", "--no-input", "{p}"],
        ["report-urgent", "sesam-lmn", "--no-input", "--format", "markdown", "{p}"],
        ["reserve-status", "sesam-lmn", "--now", "2026-11-21T10:00", "{p}", "--state", "{log}"],
        ["reserve-status", "sesam-lmn", "--now", "2026-11-21T10:00", "--format", "nagios", "{p}", "--state", "{log}"],
        [
            "reserve-status", "sesam-lmn", "--now", "2026-11-21T10:00", "--format", "markdown", "{p}", "--state",
            "{log}",
        ],
        ["outage", "list", "{p}", "--state", "{log}"],
        ["outage", "show", "sesam-lmn", "{p}", "--state", "{log}"],
        ["who-owns", "sesam-lmn", "{p}"],
        ["who-owns", "sesam-lmn", "--format", "markdown", "{p}"],
        ["list", "{p}"],
        ["show", "skane-sesam-lmn-reservrutin", "{p}"],
        ["show", "skane-sesam-lmn-reservrutin", "--format", "markdown", "{p}"],
        ["trace", "skane-sesam-lmn-reservrutin", "{p}"],
        ["test", "{procedures}"],
        ["validate", "{invalid}"],
    ]

    func testDataIsShownEscapedAndCannotForgeALine() throws {
        forEachCase(Self.renderers) { a0 in
            try Self.dataIsShownEscapedAndCannotForgeALine(a0)
        }
    }

    static func dataIsShownEscapedAndCannotForgeALine(_ template: [String]) throws {
        let hostile = try Hostile()
        defer { hostile.remove() }
        let arguments = template.flatMap { word -> [String] in
            switch word {
            case "{p}": return ["--procedures", hostile.procedures]
            case "{procedures}": return [hostile.procedures]
            case "{log}": return [hostile.log]
            case "{invalid}": return [hostile.invalid]
            default: return [word]
            }
        }
        let result = try Binary.run(arguments)
        let output = result.stdout + result.stderr
        expectTrue(!result.stdout.isEmpty, "\(template): \(result.stderr)")
        for raw in ["\u{1B}", "\u{85}", "\u{2028}"] {
            expectTrue(
                !output.unicodeScalars.contains(raw.unicodeScalars.first ?? " "),
                "\(template) printed \(raw.debugDescription) raw")
        }
        expectTrue(
            !output.split(separator: "\n").contains {
                $0.drop { $0 == " " || $0 == "|" || $0 == "#" }.hasPrefix("FORGED")
            },
            "\(template): a value started a line")
        // Markdown escapes the escapes' backslash and the bracket once more.
        let shown = output.replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\\[", with: "[")
        expectTrue(shown.lowercased().contains("\\e[31m\\nforged\\u{85}\\u{2028}"), "\(template): \(output)")
        if template.contains("nagios") {
            expectEqual(result.stdout.split(separator: "\n").count, 1, "nagios: \(result.stdout)")
        }
    }

    func testAnEmailBodyAndSubjectCarryNoControlCharacter() throws {
        let hostile = try Hostile()
        defer { hostile.remove() }
        let r = try Binary.run(
            [
                "reserve-status", "sesam-lmn", "--now", "2026-11-21T10:00", "--format", "email", "--to",
                "a@example.org", "--from", "vakt@example.org",
                "--procedures", hostile.procedures, "--state", hostile.log,
            ])
        expectEqual(r.exitCode, 1, "\(r.stderr)")
        // Quoted-printable would show ESC as =1B, NEL as =C2=85 and U+2028 as =E2=80=A8.
        for encoded in ["=1B", "=C2=85", "=E2=80=A8"] { expectTrue(!r.stdout.contains(encoded)) }
        expectTrue(r.stdout.contains("\\e[31m\\nFORGED"))
        let headers = try require(r.stdout.components(separatedBy: "\n\n").first).replacingOccurrences(
            of: "\n ", with: " ")
        let subject = try require(headers.split(separator: "\n").first { $0.hasPrefix("Subject: ") })
        let words = subject.dropFirst("Subject: ".count).split(separator: " ")
        let decoded = words.compactMap { word -> String? in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return nil }
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return Data(base64Encoded: String(base64)).map { String(decoding: $0, as: UTF8.self) }
        }.joined()
        expectTrue(decoded.contains("\\e[31m"))
        expectTrue(!decoded.unicodeScalars.contains { $0.value < 0x20 })
    }
}
