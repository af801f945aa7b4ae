import Foundation
import TestSupport
import XCTest

/// Issue 17: procedure authors edit, check and ship procedures without a Swift toolchain.
final class AuthoringTests: XCTestCase {
    static let now = ["--now", "2026-11-21T03:00"]

    /// A fresh directory with no configuration, for one test (which removes it).
    static func scratch() throws -> URL { try TemporaryDirectory.make("authoring") }

    /// An environment whose only configuration is `config` (written into `directory`), never the user's.
    static func environment(_ directory: URL, config: String? = nil) throws -> [String: String] {
        var environment = ["HOME": directory.path, "XDG_CONFIG_HOME": directory.appending(path: "xdg").path]
        if let config {
            let file = directory.appending(path: "govctl.json")
            try Data(config.utf8).write(to: file)
            environment["GOVCTL_CONFIG"] = file.path
        }
        return environment
    }

    static func bundled(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: Binary.root.appending(path: "procedures/\(name)")), as: UTF8.self)
    }

    /// siv-cms with a corrected phone number: what a site copies into /etc/govctl/procedures.
    static func correctedSivCms(_ phone: String = "99 99 99 99") throws -> String {
        let text = try bundled("siv-cms.json")
        let old = "\"32 23 53 30\""
        expectTrue(text.contains(old))
        return text.replacingOccurrences(of: old, with: "\"\(phone)\"")
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    // MARK: Procedures outside the binary

    func testAFileInAConfiguredDirectoryReplacesTheBuiltInProcedureWithItsIdAndSaysSoOnce() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let site = dir.appending(path: "site")
        try Self.write(try Self.correctedSivCms(), to: site.appending(path: "siv-cms.json"))
        let env = try Self.environment(dir, config: #"{ "procedures": ["site"] }"#)

        let list = try Binary.run(["list", "--format", "json"] + Self.now, environment: env)
        expectEqual(list.exitCode, 0, "\(list.stderr)")
        let items = try require(try Self.json(list.stdout) as? [[String: Any]])
        expectEqual(items.count, 5)
        let origins = Dictionary(
            uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0["origin"] as? String) })
        expectEqual(origins["siv-cms"], site.appending(path: "siv-cms.json").path)
        expectEqual(origins["sshf-hastesaker"], "built-in")
        let note = "govctl: note: \(site.path)/siv-cms.json replaces the built-in siv-cms\n"
        expectEqual(list.stderr, note)

        // The corrected number reaches the commands; a command that loads the procedures twice notes it once.
        let routes = try Binary.run(["who-owns", "CMS", "--task", "tilgang"] + Self.now, environment: env)
        expectTrue(routes.stdout.contains("telefon: 99 99 99 99"), "\(routes.stdout)")
        expectTrue(!routes.stdout.contains("telefon: 32 23 53 30"))
        expectEqual(routes.stderr.components(separatedBy: "replaces the built-in").count, 2)

        let text = try Binary.run(["list"] + Self.now, environment: env)
        expectTrue(text.stdout.hasPrefix("ID "))
        expectTrue(text.stdout.contains("ORIGIN"))
        expectTrue(text.stdout.contains("\(site.path)/siv-cms.json\n"))
        expectTrue(text.stdout.contains("built-in\n"))
    }

    func testALaterConfiguredDirectoryReplacesAnEarlierOneAndANewIdIsAdded() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let first = dir.appending(path: "first/siv-cms.json"), second = dir.appending(path: "second/siv-cms.json")
        try Self.write(try Self.correctedSivCms("11 11 11 11"), to: first)
        try Self.write(try Self.correctedSivCms("22 22 22 22"), to: second)
        let added = try Binary.run(["new", "site-extra", "--lang", "nb"])
        try Self.write(added.stdout, to: dir.appending(path: "second/site-extra.json"))
        let env = try Self.environment(dir, config: #"{ "procedures": ["first", "second"] }"#)

        let list = try Binary.run(["list", "--format", "json"] + Self.now, environment: env)
        let items = try require(try Self.json(list.stdout) as? [[String: Any]])
        expectEqual(
            items.map { $0["id"] as? String },
            [
                "gits-samsa-samvy", "siv-cms", "skane-sesam-lmn-reservrutin", "sshf-hastesaker", "vgr-websesam",
                "site-extra",
            ])
        expectTrue(items[1]["origin"] as? String == second.path)
        expectTrue(list.stderr.contains("note: \(first.path) replaces the built-in siv-cms"))
        expectTrue(list.stderr.contains("note: \(second.path) replaces \(first.path)"))
        let routes = try Binary.run(["who-owns", "CMS", "--task", "tilgang"] + Self.now, environment: env)
        expectTrue(routes.stdout.contains("telefon: 22 22 22 22"))
        // Completion offers the configured procedures too.
        let completions = try Binary.run(["__complete", "procedure"], environment: env)
        expectTrue(completions.stdout.contains("site-extra\n"), "\(completions.stdout)")
    }

    func testAConfiguredDirectoryThatDoesNotExistIsAnErrorNamingTheConfigFile() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let env = try Self.environment(dir, config: "{\n  \"procedures\": [\"/nonexistent/procedures\"]\n}\n")
        let r = try Binary.run(["list"], environment: env)
        expectEqual(r.exitCode, 66)
        expectTrue(
            r.stderr.contains(
                "\(dir.path)/govctl.json:2:18: the procedure directory '/nonexistent/procedures' does not exist"),
            "\(r.stderr)")
        expectTrue(r.stderr.contains("remove it from \"procedures\" in \(dir.path)/govctl.json"))
    }

    func testThePackagesDefaultDirectoryMayBeMissing() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let env = try Self.environment(dir, config: #"{ "procedures": ["/etc/govctl/procedures"] }"#)
        let r = try Binary.run(["list"] + Self.now, environment: env)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
    }

    func testProceduresDirReadsOnlyThatDirectoryAndItsHelpSaysSo() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        try Self.write(try Self.correctedSivCms(), to: dir.appending(path: "site/siv-cms.json"))
        let only = dir.appending(path: "only")
        try Self.write(try Binary.run(["new", "only-one", "--lang", "sv"]).stdout, to: only.appending(path: "x.json"))
        let env = try Self.environment(dir, config: #"{ "procedures": ["site"] }"#)
        for arguments in [["--procedures", only.path], []] {
            var environment = env
            if arguments.isEmpty { environment["GOVCTL_PROCEDURES"] = only.path }
            let r = try Binary.run(["list", "--format", "json"] + arguments + Self.now, environment: environment)
            let items = try require(try Self.json(r.stdout) as? [[String: Any]])
            expectEqual(items.map { $0["id"] as? String }, ["only-one"])
            expectTrue(items.first?["origin"] as? String == only.appending(path: "x.json").path)
            expectTrue(r.stderr.isEmpty)
        }
        let help = try Binary.run(["--help"]).stdout
        expectTrue(help.contains("read procedures ONLY from DIR: not the built-in ones, not the configured\n"))
        expectTrue(help.contains("GOVCTL_PROCEDURES  the only procedure directory, as --procedures"))
    }

    // MARK: validate and test check the files at hand

    func testValidateAndTestWithNoPathCheckProceduresHereAndSaySo() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let broken = try Self.bundled("siv-cms.json").replacingOccurrences(
            of: "\"organisation\"", with: "\"organization\"")
        try Self.write(broken, to: dir.appending(path: "procedures/siv-cms.json"))

        let validate = try Binary.run(["validate"], environment: try Self.environment(dir), directory: dir)
        expectEqual(validate.exitCode, 65)
        expectTrue(validate.stderr.hasPrefix("checking procedures/ (1 file)\n"))
        expectTrue(
            validate.stdout.contains("procedures/siv-cms.json:11:5: error: unknown key 'organization' in 'document'"))
        expectTrue(validate.stdout.hasSuffix("1 file, 3 errors, 0 warnings\n"))

        let test = try Binary.run(["test"] + Self.now, environment: try Self.environment(dir), directory: dir)
        expectEqual(test.exitCode, 65)
        expectTrue(test.stderr.hasPrefix("checking procedures/ (1 file)\n"))
        expectTrue(test.stderr.contains("'govctl validate procedures/' lists them all"))

        // The error from 'govctl test procedures' points to the same files.
        let named = try Binary.run(
            ["test", "procedures"] + Self.now, environment: try Self.environment(dir), directory: dir)
        expectTrue(
            named.stderr.contains(
                "govctl: error: procedures: 3 errors; fix them; 'govctl validate procedures' lists them all"),
            "\(named.stderr)")

        let json = try Binary.run(
            ["validate", "--format", "json"], environment: try Self.environment(dir), directory: dir)
        let object = try require(try Self.json(json.stdout) as? [String: Any])
        expectTrue(object["checked"] as? String == "procedures/")
        expectTrue(object["valid"] as? Bool == false)
        expectTrue(json.stderr.isEmpty)

        // --installed checks what the other commands run with.
        let installed = try Binary.run(
            ["validate", "--installed"], environment: try Self.environment(dir), directory: dir)
        expectEqual(installed.exitCode, 0)
        expectTrue(installed.stderr.hasPrefix("checking the built-in procedures (5 files)\n"))
    }

    func testOutsideADirectoryWithProceduresTheyCheckTheBuiltInOnesAndTheConfiguredDirectories() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let plain = try Binary.run(["validate"], environment: try Self.environment(dir), directory: dir)
        expectEqual(plain.exitCode, 0)
        expectTrue(plain.stderr.hasPrefix("checking the built-in procedures (5 files)\n"))

        try Self.write(
            try Binary.run(["new", "site-extra", "--lang", "nb"]).stdout,
            to: dir.appending(path: "site/site-extra.json"))
        let env = try Self.environment(dir, config: #"{ "procedures": ["site"] }"#)
        let configured = try Binary.run(["test"] + Self.now, environment: env, directory: dir)
        expectEqual(configured.exitCode, 0, "\(configured.stderr)")
        expectTrue(configured.stderr.hasPrefix("checking the built-in procedures and \(dir.path)/site (6 files)\n"))
    }

    func testABrokenConfiguredFileStopsACommandWithAHintToValidateInstalled() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        try Self.write("{ \"schemaVersion\": 1, \"id\": \"x\" }\n", to: dir.appending(path: "site/x.json"))
        let env = try Self.environment(dir, config: #"{ "procedures": ["site"] }"#)
        let r = try Binary.run(["list"], environment: env, directory: dir)
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("'govctl validate --installed' lists them all"))
    }

    // MARK: --strict and --ignore

    func testIgnoreLeavesOutACodeSoThatStrictCanRunInCI() throws {
        // A role with no holders that does not say the source names none is a warning, which --strict fails on.
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let original = try String(
            contentsOf: Binary.root.appending(path: "procedures/skane-sesam-lmn-reservrutin.json"), encoding: .utf8)
        let unstated = original.replacingOccurrences(of: "      \"holderNotNamed\": true,\n", with: "")
        expectTrue(unstated != original)
        try Self.write(unstated, to: dir.appending(path: "procedures/skane.json"))
        let strict = try Binary.run(["validate", "--strict", "procedures"] + Self.now, directory: dir)
        expectEqual(strict.exitCode, 65)
        let ignored = try Binary.run(
            ["validate", "--strict", "procedures", "--ignore", "no-holder", "--ignore", "expired"] + Self.now,
            directory: dir)
        expectEqual(ignored.exitCode, 0, "\(ignored.stdout)")
        expectTrue(ignored.stdout.hasSuffix("1 file, 0 errors, 0 warnings\n"))
    }

    func testAnUnknownCodeForIgnoreIsAUsageErrorWithASuggestion() throws {
        let r = try Binary.run(["validate", "--ignore", "no-holders"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("'--ignore no-holders' is not a diagnostic code; did you mean 'no-holder'?"))
    }

    // MARK: new

    func testANewProcedureHasNoErrorsPassesItsTestsAndIsInTheCanonicalLayout() throws {
        forEachCase(["nb", "sv"]) { a0 in
            try Self.aNewProcedureHasNoErrorsPassesItsTestsAndIsInTheCanonicalLayout(language: a0)
        }
    }

    static func aNewProcedureHasNoErrorsPassesItsTestsAndIsInTheCanonicalLayout(language: String) throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let file = dir.appending(path: "demo.json").path
        let new = try Binary.run(["new", "demo-\(language)", "--lang", language, "--output", file])
        expectEqual(new.exitCode, 0, "\(new.stderr)")
        expectTrue(new.stderr.contains("wrote \(file)"))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        expectTrue(text.contains("\"$schema\": \"../schema/procedure.schema.json\""))
        expectTrue(text.contains("\"language\": \"\(language)\""))
        for part in ["document", "systems", "roles", "routes", "guides", "facts", "derived", "steps", "tests"] {
            expectTrue(text.contains("\"\(part)\": "), "no \(part)")
        }
        let validate = try Binary.run(["validate", file])
        expectEqual(validate.exitCode, 0, "\(validate.stdout)")
        let test = try Binary.run(["test", file])
        expectEqual(test.exitCode, 0, "\(test.stdout)")
        expectTrue(test.stdout.hasSuffix("2 passed, 0 failed\n"))
        try expectEqual(try Binary.run(["fmt", "--check", file]).exitCode, 0)
        // Beside the bundled procedures it adds no conflict.
        let together = try Binary.run(["validate", file, Binary.root.appending(path: "procedures").path])
        expectEqual(together.exitCode, 0, "\(together.stdout)")
    }

    /// Issue 29: a skeleton with its TODOs passed `validate --strict`, so an unfinished procedure could ship. Each
    /// TODO left in a value is a warning at that value (file:line:col), and `--strict` fails on them.
    func testEachTodoLeftFromTheSkeletonIsAWarningAtItsPlaceAndStrictFails() throws {
        forEachCase(["nb", "sv"]) { a0 in
            try Self.eachTodoLeftFromTheSkeletonIsAWarningAtItsPlaceAndStrictFails(language: a0)
        }
    }

    static func eachTodoLeftFromTheSkeletonIsAWarningAtItsPlaceAndStrictFails(language: String) throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let file = dir.appending(path: "demo.json").path
        try expectEqual(try Binary.run(["new", "demo-\(language)", "--lang", language, "--output", file]).exitCode, 0)
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            .components(separatedBy: "\n")
        let todos = lines.joined(separator: "\n").components(separatedBy: "TODO").count - 1
        expectTrue(todos > 19)

        let validate = try Binary.run(["validate", file])
        expectEqual(validate.exitCode, 0, "\(validate.stdout)")
        expectTrue(validate.stdout.hasSuffix("1 file, 0 errors, \(todos) warnings\n"), "\(validate.stdout)")
        let warnings = validate.stdout.split(separator: "\n").filter { $0.contains(": warning: a TODO is left in ") }
        expectEqual(warnings.count, todos)
        for warning in warnings {
            // file:line:col points at the opening quote of a value that holds the TODO.
            let place = warning.dropFirst(file.count + 1).split(separator: ":").prefix(2).compactMap { Int($0) }
            try require(place.count == 2, "\(warning)")
            let line = Array(lines[place[0] - 1].unicodeScalars)
            let rest = String(String.UnicodeScalarView(line[(place[1] - 1)...]))
            expectTrue(
                rest.hasPrefix("\"") && rest.dropFirst().prefix(while: { $0 != "\"" }).contains("TODO"), "\(warning)")
        }
        expectTrue(validate.stdout.contains("a TODO is left in 'organisation': \"TODO: who issued the document\""))
        expectTrue(validate.stdout.contains("hint: write what the source says in its place"))

        let strict = try Binary.run(["validate", "--strict", file])
        expectEqual(strict.exitCode, 65)
        let json = try Binary.run(["validate", "--strict", "--format", "json", file])
        let object = try require(try Self.json(json.stdout) as? [String: Any])
        let codes = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        expectTrue(Set(codes) == ["leftover-todo"] && codes.count == todos)
        expectTrue(object["valid"] as? Bool == false)
    }

    func testNewRefusesAnExistingFileABadIdAndAMissingLanguage() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let file = dir.appending(path: "x.json").path
        try Self.write("{}", to: URL(fileURLWithPath: file))
        let exists = try Binary.run(["new", "x", "--lang", "nb", "--output", file])
        expectEqual(exists.exitCode, 64)
        expectTrue(exists.stderr.contains("'\(file)' exists already"))
        try expectEqual(try Binary.run(["new", "Bad_Id", "--lang", "nb"]).exitCode, 64)
        let noLanguage = try Binary.run(["new", "x"])
        expectEqual(noLanguage.exitCode, 64)
        expectTrue(noLanguage.stderr.contains("add --lang nb or --lang sv"))
    }

    // MARK: fmt

    func testTheBundledProceduresAreInTheCanonicalLayout() throws {
        let r = try Binary.run(["fmt", "--check", "procedures/"])
        expectEqual(r.exitCode, 0, "not in the canonical layout (run 'govctl fmt procedures/'):\n\(r.stdout)")
        expectEqual(r.stdout, "5 files, 0 not in the canonical layout\n")
    }

    func testFmtRewritesAMessyFileAndCheckNamesIt() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let messy = dir.appending(path: "procedures/messy.json")
        try Self.write(
            "{\"id\":\"x\",\"document\":{\"title\":{\"nb\":\"Sk\\u00f8 ø\",\"en\":\"x\"},\n\"notes\":[ ]},\"n\":[1.50,2e3,\n  {\"a\":true}, null]}",
            to: messy)
        let check = try Binary.run(["fmt", "--check"], directory: dir)
        expectEqual(check.exitCode, 1)
        expectTrue(check.stdout.hasPrefix("procedures/messy.json: not in the canonical layout\n"))
        try expectTrue(String(decoding: try Data(contentsOf: messy), as: UTF8.self).hasPrefix("{\"id\""))

        let fmt = try Binary.run(["fmt"], directory: dir)
        expectEqual(fmt.exitCode, 0)
        expectEqual(fmt.stdout, "procedures/messy.json: reformatted\n1 file, 1 reformatted\n")
        let expected = """
            {
              "id": "x",
              "document": {
                "title": { "nb": "Sk\\u00f8 ø", "en": "x" },
                "notes": []
              },
              "n": [
                1.50,
                2e3,
                { "a": true },
                null
              ]
            }

            """
        try expectEqual(String(decoding: try Data(contentsOf: messy), as: UTF8.self), expected)
        try expectEqual(try Binary.run(["fmt", "--check"], directory: dir).exitCode, 0)
    }

    func testFmtLeavesAFileThatIsNotJSONAloneWithItsPosition() throws {
        let dir = try Self.scratch()
        defer { TemporaryDirectory.remove(dir) }
        let bad = dir.appending(path: "bad.json")
        try Self.write("{\n  \"a\": 1,\n}\n", to: bad)
        let r = try Binary.run(["fmt", bad.path])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stderr.contains("\(bad.path):3:1: error:"), "\(r.stderr)")
        try expectEqual(String(decoding: try Data(contentsOf: bad), as: UTF8.self), "{\n  \"a\": 1,\n}\n")
    }
}
