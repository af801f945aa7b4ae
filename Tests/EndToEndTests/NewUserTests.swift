import Foundation
import TestSupport
import XCTest

/// Issue 29: small things a new user, an author and an admin trip over, each checked on the built binary.
final class NewUserTests: XCTestCase {
    // MARK: --format a command does not take

    /// `print`, `site`, `new`, `completion` and `man` take text only; `--format json` was refused with
    /// "'--format json' is not one of text".
    func testAFormatACommandDoesNotTakeIsRefusedNamingTheFormatsItTakes() throws {
        for a0 in [
            ["print", "sesam-lmn-reservrutin"], ["site", "/nonexistent/site"], ["new", "x", "--lang", "nb"],
            ["completion", "bash"], ["man"],
        ] {
            try withCase("\(a0)") { try aFormatACommandDoesNotTakeIsRefusedNamingTheFormatsItTakes(a0) }
        }
    }

    func aFormatACommandDoesNotTakeIsRefusedNamingTheFormatsItTakes(_ arguments: [String]) throws {
        let r = try Binary.run(arguments + ["--format", "json"])
        expectEqual(r.exitCode, 64)
        let command = "govctl " + arguments[0]
        let message = "'\(command)' takes only --format text, not --format json"
        let error = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let details = try require(error["error"] as? [String: Any])
        expectTrue(details["message"] as? String == message, "\(r.stdout)")
        expectTrue(details["hint"] as? String == "leave out --format: text is the default")
        expectTrue(!r.stdout.contains("is not one of"))
        // In text the same words, on stderr.
        let text = try Binary.run(arguments + ["--format", "csv"])
        expectEqual(text.exitCode, 64)
        expectTrue(text.stderr.contains("'\(command)' takes only --format text, not --format csv"), "\(text.stderr)")
    }

    // MARK: help lists the formats each command takes

    func testACommandWithSubcommandsListsTheFormatsTheyTakeNotAllSeven() throws {
        let outage = try Binary.run(["outage", "--help"])
        expectEqual(outage.exitCode, 0)
        let line = try require(outage.stdout.split(separator: "\n").first { $0.hasPrefix("  --format FORMAT") })
        expectTrue(line.contains("output format (text or json; default: text)"), "\(line)")
        for format in ["markdown", "email", "case", "csv", "nagios"] { expectTrue(!line.contains(format), "\(line)") }
        for sub in ["start", "list", "archive"] {
            let help = try Binary.run(["outage", sub, "--help"]).stdout
            expectTrue(help.contains("output format (text or json; default: text)"), "outage \(sub)")
        }
        // A command without subcommands lists its own; the program's help says that each takes some.
        try expectTrue(try Binary.run(["print", "--help"]).stdout.contains("output format (text; default: text)"))
        let global = try Binary.run(["--help"]).stdout
        expectTrue(global.contains("output format; each command takes some of these, as its help says (text, json,"))
    }

    // MARK: configuration in help and the man page

    func testHelpAndTheManPageNameTheConfigurationFilesInOrderBesideTheEnvironment() throws {
        let help = try Binary.run(["--help"]).stdout
        let environment = try require(help.range(of: "\nENVIRONMENT\n"))
        let files = try require(help.range(of: "\nFILES\n"))
        let section = String(help[environment.upperBound..<files.lowerBound])
        expectTrue(section.contains("GOVCTL_CONFIG"))
        expectTrue(section.contains("XDG_CONFIG_HOME"))
        expectTrue(section.contains("GOVCTL_PROCEDURES"))
        // The three files in the order Config reads them, then the keys.
        let order = ["/etc/govctl/govctl.json", "$XDG_CONFIG_HOME/govctl/govctl.json", "$GOVCTL_CONFIG", "Their keys:"]
        let places = order.compactMap { section.range(of: "\n  " + $0)?.lowerBound }
        expectEqual(places.count, order.count, "\(section)")
        expectEqual(places, places.sorted())
        for key in ["state", "group", "procedures", "mail"] { expectTrue(section.contains("\n  \(key) ")) }

        let man = try Binary.run(["man"]).stdout
        let manEnvironment = try require(man.range(of: ".SH ENVIRONMENT\n"))
        let manFiles = try require(man.range(of: ".SH FILES\n"))
        let manSection = String(man[manEnvironment.upperBound..<manFiles.lowerBound])
        expectTrue(manSection.contains(".B \"GOVCTL_CONFIG\"\n"))
        expectTrue(manSection.contains(".SS Configuration\n"))
        let manPlaces = ["/etc/govctl/govctl.json", "$XDG_CONFIG_HOME/govctl/govctl.json", "$GOVCTL_CONFIG"].compactMap
        {
            manSection.range(of: ".I \"\($0)\"\n")?.lowerBound
        }
        expectTrue(manPlaces.count == 3 && manPlaces == manPlaces.sorted(), "\(manSection)")
    }

    // MARK: the hint for a path that does not exist

    func testAMissingPathIsNotBlamedOnAProceduresOptionThatWasNotGiven() throws {
        let r = try Binary.run(["validate", "nosuchdir"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("nosuchdir"))
        expectTrue(!r.stderr.contains("--procedures"), "\(r.stderr)")
        expectTrue(r.stderr.hasSuffix("; check the path\n"), "\(r.stderr)")
        // Where the directory came from --procedures or GOVCTL_PROCEDURES, the hint says how to drop it.
        let option = try Binary.run(["validate", "--procedures", "nosuchdir"])
        expectEqual(option.exitCode, 66)
        expectTrue(option.stderr.contains("leave out --procedures"), "\(option.stderr)")
        let variable = try Binary.run(["list"], environment: ["GOVCTL_PROCEDURES": "nosuchdir"])
        expectEqual(variable.exitCode, 66)
        expectTrue(variable.stderr.contains("unset GOVCTL_PROCEDURES"), "\(variable.stderr)")
        expectTrue(!variable.stderr.contains("--procedures"), "\(variable.stderr)")
    }

    // MARK: --version

    /// The commit HEAD names, as git says (nil without git or outside a checkout).
    static func headCommit() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", Binary.root.path, "rev-parse", "HEAD"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitForExit()
        return process.terminationStatus == 0 ? text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    func testVersionSaysTheCommitAndTheProcedureSetWithTheDocumentsVersions() throws {
        let r = try Binary.run(["--version"])
        expectEqual(r.exitCode, 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        expectEqual(lines.first, "govctl 0.1.0")
        if let commit = Self.headCommit() {
            expectEqual(lines.dropFirst().first, "commit \(commit)")
        } else {
            expectEqual(lines.dropFirst().first?.hasPrefix("commit unknown: built without git"), true)
        }
        // Which outage stores the build has: a build without libpq-dev reads a postgresql:// state as unsupported,
        // and says so here before anyone tries (a region's admin must be able to tell).
        let postgreSQL = FileManager.default.fileExists(atPath: "/usr/include/postgresql/libpq-fe.h")
        expectEqual(
            lines.dropFirst(3).first,
            postgreSQL
                ? "outage state: a file, or a PostgreSQL database (libpq)"
                : "outage state: a file only (built without libpq-dev: no PostgreSQL)")
        // One line per bundled procedure: its id, the document's number and version as the file states them.
        let directory = Binary.root.appending(path: "procedures")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        expectTrue(!names.isEmpty)
        for name in names {
            let object = try require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appending(path: name)))
                    as? [String: Any])
            let id = try require(object["id"] as? String)
            let document = try require(object["document"] as? [String: Any])
            let line = try require(lines.first { $0.hasPrefix("  \(id) ") }, "no line for \(id): \(r.stdout)")
            if let version = document["version"] as? String {
                expectTrue(line.hasSuffix("version \(version)"), "\(line)")
            } else {
                expectTrue(line.hasSuffix("version not stated in the document"), "\(line)")
            }
            if let number = document["documentId"] as? String { expectTrue(line.contains(" \(number) "), "\(line)") }
        }
        try expectEqual(try Binary.run(["-V"]).stdout, r.stdout)
    }

    /// EmbedTool writes the commit HEAD names (a branch's in packed-refs too, a detached one) and nil without git.
    func testTheBuildEmbedsTheCommitOrSaysThereWasNone() throws {
        // Beside the binary under test, else in the debug build (make test runs the release binary in bin/).
        let candidates = [
            URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appending(path: "EmbedTool"),
            Binary.root.appending(path: ".build/debug/EmbedTool"),
        ]
        let tool = try require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "no EmbedTool in \(candidates.map(\.path))")
        let scratch = FileManager.default.temporaryDirectory.appending(path: "govctl-embed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let git = scratch.appending(path: "git")
        try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
        let commit = String(repeating: "0123456789", count: 4).replacingOccurrences(of: "0", with: "a")

        func embed(_ extra: [String]) throws -> String {
            let output = scratch.appending(path: "EmbeddedFiles.swift")
            try? FileManager.default.removeItem(at: output)
            let process = Process()
            process.executableURL = tool
            process.arguments =
                [
                    output.path, Binary.root.appending(path: "schema/procedure.schema.json").path,
                    Binary.root.appending(path: "procedures").path,
                ] + extra
            try process.run()
            process.waitForExit()
            expectEqual(process.terminationStatus, 0)
            return try String(contentsOf: output, encoding: .utf8)
        }

        try expectTrue(try embed([]).contains("static let commit: String? = nil\n"))
        try "ref: refs/heads/main\n".write(to: git.appending(path: "HEAD"), atomically: true, encoding: .utf8)
        try "# pack-refs with: peeled\n\(commit) refs/heads/main\n".write(
            to: git.appending(path: "packed-refs"), atomically: true, encoding: .utf8)
        try expectTrue(try embed([git.path, git.path]).contains("static let commit: String? = \"\(commit)\"\n"))
        try "\(commit.uppercased())\n".write(to: git.appending(path: "HEAD"), atomically: true, encoding: .utf8)
        try expectTrue(try embed([git.path, git.path]).contains("static let commit: String? = nil\n"))
        try "\(commit)\n".write(to: git.appending(path: "HEAD"), atomically: true, encoding: .utf8)
        try expectTrue(try embed([git.path, git.path]).contains("static let commit: String? = \"\(commit)\"\n"))
    }

    // MARK: completion of a fixed set

    func testCompleteOffersTheChoicesOfAChoiceFactFromTheProcedures() throws {
        let r = try Binary.run(["__complete", "choice:competence"])
        expectEqual(r.exitCode, 0)
        // The ids of the choices of every fact called competence in the bundled files.
        var expected: [String] = []
        let directory = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        where name.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appending(path: name)))
            for guide in (object as? [String: Any])?["guides"] as? [[String: Any]] ?? [] {
                for fact in guide["facts"] as? [[String: Any]] ?? [] where fact["id"] as? String == "competence" {
                    expected += (fact["choices"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                }
            }
        }
        expectTrue(!expected.isEmpty)
        expectEqual(r.stdout.split(separator: "\n").map(String.init), expected)
        let script = try Binary.run(["completion", "bash"]).stdout
        expectTrue(script.contains(#""report-urgent|--competence") _govctl_offer dynamic "choice:competence" ;;"#))
    }
}
