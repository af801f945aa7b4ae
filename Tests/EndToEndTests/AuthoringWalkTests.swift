import Foundation
import GovKit
import TestSupport
import XCTest

/// Issue 17: the walk in docs/procedure-format.md ("Walk: a new reserve routine from nothing") is run as written, so
/// the document cannot drift from what govctl does. Every `console` block's `$ ` lines run in one shell in an empty
/// home directory, with the built govctl first on PATH, and what they print must be what the block shows (`…` stands
/// for lines, or part of a line, left out; `/home/kari` for the home directory). A block after
/// `<!-- walk: file PATH -->` is written to PATH (relative to the home directory) when the walk reaches it.
final class AuthoringWalkTests: XCTestCase {
    static let document = Binary.root.appending(path: "docs/procedure-format.md")
    static let heading = "## Walk: a new reserve routine from nothing"
    static let shownHome = "/home/kari"

    enum Step {
        case write(path: String, text: String)
        case run([(command: String, output: [String])])
    }

    /// The walk's steps, in the document's order; a fenced block that is neither kind is an error.
    static func steps() throws -> [Step] {
        let text = String(decoding: try Data(contentsOf: document), as: UTF8.self)
        guard let start = text.range(of: "\n\(heading)\n") else {
            reportFailure("docs/procedure-format.md has no section '\(heading)'")
            return []
        }
        var lines = text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let next = lines.firstIndex(where: { $0.hasPrefix("## ") }) { lines = Array(lines[..<next]) }
        var steps: [Step] = []
        var pendingFile: String?
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.hasPrefix("<!-- walk: file "), line.hasSuffix(" -->") {
                pendingFile = String(line.dropFirst("<!-- walk: file ".count).dropLast(" -->".count))
            } else if line.hasPrefix("```") {
                let language = String(line.dropFirst(3))
                guard let end = lines[(i + 1)...].firstIndex(of: "```") else {
                    reportFailure("an unclosed code block at line \(i) of the walk")
                    return steps
                }
                let block = Array(lines[(i + 1)..<end])
                if let path = pendingFile {
                    steps.append(.write(path: path, text: block.joined(separator: "\n") + "\n"))
                    pendingFile = nil
                } else if language == "console" {
                    steps.append(.run(try commands(block)))
                } else {
                    reportFailure(
                        "a '\(language)' block in the walk that is neither run nor written: \(block.first ?? "")")
                }
                i = end
            }
            i += 1
        }
        return steps
    }

    /// The `$ ` lines of a console block, each with the lines it shows as output.
    static func commands(_ block: [String]) throws -> [(command: String, output: [String])] {
        var commands: [(command: String, output: [String])] = []
        for line in block {
            if line.hasPrefix("$ ") {
                commands.append((String(line.dropFirst(2)), []))
            } else if commands.isEmpty {
                reportFailure("a console block starts with output, not a command: \(line)")
            } else {
                commands[commands.count - 1].output.append(line)
            }
        }
        return commands
    }

    /// Whether `actual` is what `expected` shows: a line `…` stands for any lines, a `…` inside a line for any text.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "…" {
            return actual.indices.map { actual[$0...] }.contains { matches(expected.dropFirst(), $0) }
                || matches(expected.dropFirst(), actual[actual.endIndex...])
        }
        guard let line = actual.first, matches(line: first, line) else { return false }
        return matches(expected.dropFirst(), actual.dropFirst())
    }

    static func matches(line expected: String, _ actual: String) -> Bool {
        let pieces = expected.components(separatedBy: "…")
        guard pieces.count > 1 else { return expected == actual }
        guard let head = pieces.first, let tail = pieces.last, actual.hasPrefix(head), actual.hasSuffix(tail),
            actual.count >= head.count + tail.count
        else { return false }
        var rest = actual.dropFirst(head.count).dropLast(tail.count)
        for piece in pieces.dropFirst().dropLast() {
            guard let found = rest.range(of: piece) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// Runs the commands in one `sh` in `home`, and returns each one's output (stdout and stderr as they came).
    static func run(_ commands: [String], home: URL, bin: URL) throws -> [[String]] {
        let separator = "\u{1E}"
        var script = "exec 2>&1\nprintf '\(separator)\\n'\n"
        for command in commands {
            // Keeps the command's status for a following `echo $?`.
            script += "\(command)\n__status=$?; printf '\(separator)\\n'; (exit $__status)\n"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = [
            "PATH": "\(bin.path):/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8", "TZ": "Europe/Stockholm",
        ]
        if let profile = Binary.profileFile { environment["LLVM_PROFILE_FILE"] = profile }
        process.environment = environment
        process.currentDirectoryURL = home
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: home.path, with: shownHome)
        // Before the first separator nothing, after the last one nothing: between them, each command's output.
        let chunks = text.components(separatedBy: separator + "\n").dropFirst().dropLast()
        return chunks.map { chunk in
            var lines = chunk.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    func testTheWalkRunsAsWrittenAndEndsWithTheRoutineInReserveStatusAndTheSite() throws {
        let steps = try Self.steps()
        let root = try TemporaryDirectory.make("walk")
        defer { TemporaryDirectory.remove(root) }
        let home = root.appending(path: "home"), bin = root.appending(path: "bin")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: bin.appending(path: "govctl"), withDestinationURL: URL(fileURLWithPath: Binary.path))

        var ran: [String] = []
        for step in steps {
            switch step {
            case .write(let path, let text):
                let relative = path.hasPrefix("~/") ? String(path.dropFirst(2)) : path
                let url = home.appending(path: relative)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            case .run(let commands):
                let outputs = try Self.run(commands.map(\.command), home: home, bin: bin)
                expectEqual(outputs.count, commands.count, "the shell stopped early: \(outputs)")
                for (command, actual) in zip(commands, outputs) {
                    expectTrue(
                        Self.matches(command.output[...], actual[...]),
                        """
                        $ \(command.command)
                        the walk shows:
                        \(command.output.joined(separator: "\n"))
                        govctl printed:
                        \(actual.joined(separator: "\n"))
                        """)
                    ran.append(command.command)
                }
            }
        }
        // The walk goes from nothing to the routine in monitoring and on the site, using govctl's commands.
        let expected = [
            "govctl new exempel-reservrutin --lang sv", "govctl validate --strict", "govctl fmt --check", "govctl test",
            "cp exempel-reservrutin.json ~/.config/govctl/procedures/", "govctl list", "govctl reserve-status",
            "govctl site",
        ]
        var position = ran.startIndex
        for prefix in expected {
            guard let found = ran[position...].firstIndex(where: { $0.hasPrefix(prefix) }) else {
                reportFailure("the walk does not run '\(prefix)…' after the steps before it: \(ran)")
                break
            }
            position = found + 1
        }
        let checklist = home.appending(path: "site/checklist-exempeljournalen-reservrutin.html")
        let page = String(decoding: (try? Data(contentsOf: checklist)) ?? Data(), as: UTF8.self)
        expectTrue(page.contains("070-174 06 05"), "the site's checklist has the routine's phone number")
    }

    /// The routine is the one the walk describes: 3 roles, 2 scenarios, 2 hours without a prognosis, one phone number;
    /// and it is an example, which never goes into procedures/.
    func testTheWalksRoutineIsTheOneItDescribesAndOnlyAnExample() throws {
        let written = try Self.steps().compactMap { step -> String? in
            if case .write(let path, let text) = step, path == "exempel-reservrutin.json" { return text }
            return nil
        }
        let text = try require(written.first, "the walk writes exempel-reservrutin.json")
        let file = try JSONParser.parse(text).root.value
        expectEqual(file["roles"]?.arrayValue?.count, 3)
        let guide = try require(file["guides"]?.arrayValue?.first)
        expectEqual(guide["purpose"], "reserve-status")
        let facts = guide["facts"]?.arrayValue ?? []
        expectEqual(facts.first { $0["type"] == "choice" }?["choices"]?.arrayValue?.count, 2)
        expectTrue(facts.contains { $0["id"] == "reserveAfterMinutes" && $0["value"] == .number(120) })
        expectEqual(guide["monitor"]?["prognosis"], "prognosis")
        let contacts = (file["roles"]?.arrayValue ?? []).flatMap { $0["contacts"]?.arrayValue ?? [] }
        expectTrue(contacts.count == 1 && contacts.first?["kind"] == "phone")
        expectEqual(file["document"]?["title"]?["sv"]?.stringValue?.contains("(exempel)"), true)

        let procedures = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: procedures.path) {
            let bundled = String(decoding: try Data(contentsOf: procedures.appending(path: name)), as: UTF8.self)
            expectTrue(!bundled.contains("Exempeljournalen"), "\(name): the walk's example is not a procedure")
        }
    }

    func testTheEllipsisStandsForLinesOrPartOfALine() throws {
        for (a0, a1, a2) in [
            (["a", "…", "d"], ["a", "b", "c", "d"], true), (["a", "…"], ["a"], true), (["…", "c"], ["a", "b"], false),
            (["x … z"], ["x y z"], true), (["x … z"], ["x y"], false), (["a"], ["a", "b"], false),
            (["ab…ba"], ["aba"], false),
        ] {
            withCase("\(a0), \(a1), \(a2)") {
                theEllipsisStandsForLinesOrPartOfALine(expected: a0, actual: a1, same: a2)
            }
        }
    }

    func theEllipsisStandsForLinesOrPartOfALine(expected: [String], actual: [String], same: Bool) {
        expectEqual(Self.matches(expected[...], actual[...]), same)
    }
}
