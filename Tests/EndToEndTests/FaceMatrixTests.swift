import Foundation
import TestSupport
import XCTest

/// Issue 23's matrix: every command × every format it declares, run on the bundled procedures with the built binary.
/// Each face's output is read back into the facts it shares with the others (the contact on each step, the times,
/// the verdicts, the missing list, the citations, the readings), and the faces must agree. The declared formats are
/// read from the binary's own help, so a command or format added without an entry here fails the first test.
final class FaceMatrixTests: XCTestCase {
    // MARK: The matrix

    /// Every command path (`outage list`) with the formats it declares, from `govctl help`.
    static func declared() throws -> [String: [String]] {
        let help = try Binary.run(["--help"]).stdout
        var commands: [String] = []
        var inCommands = false
        for line in help.components(separatedBy: "\n") {
            if line == "COMMANDS" {
                inCommands = true
                continue
            }
            if inCommands && line.isEmpty { break }
            if inCommands, line.hasPrefix("  "), !line.hasPrefix("    "),
                let name = line.split(separator: " ").first.map(String.init), name != "help"
            {
                commands.append(name)
            }
        }
        var paths: [String] = []
        for command in commands {
            let text = try Binary.run([command, "--help"]).stdout
            let subcommands = section("SUBCOMMANDS", of: text).compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("    ") else { return nil }
                return line.split(separator: " ").first.map { "\(command) \($0)" }
            }
            paths += subcommands.isEmpty ? [command] : subcommands
        }
        var formats: [String: [String]] = [:]
        for path in paths {
            let text = try Binary.run(path.split(separator: " ").map(String.init) + ["--help"]).stdout
            guard let line = text.components(separatedBy: "\n").first(where: { $0.contains("--format FORMAT") }),
                let open = line.range(of: "output format ("), let close = line.range(of: "; default")
            else {
                formats[path] = ["text"]
                continue
            }
            formats[path] = line[open.upperBound..<close.lowerBound].replacingOccurrences(of: " or ", with: ", ")
                .components(separatedBy: ", ")
        }
        return formats
    }

    static func section(_ heading: String, of text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    static let now = ["--now", "2026-11-21T03:00"]
    static let mail = ["--to", "ikt@example.org", "--from", "vakt@example.org"]

    /// How each command is run in the matrix (formats are added by the test). `{state}` and `{dir}` are replaced by
    /// a fresh outage log and directory.
    static let invocations: [String: [String]] = [
        "report-urgent": ["report-urgent", "LVMS", "--description", "LVMS svarer ikke", "--contact", "Kari"] + now,
        "reserve-status": ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T09:00"],
        "outage init": ["outage", "init", "--state", "{state}"],
        "outage start": ["outage", "start", "sesam-lmn", "--state", "{state}", "--at", "2026-11-21T08:00"]
            + ["--now", "2026-11-21T09:00"],
        "outage prognosis": ["outage", "prognosis", "sesam-lmn", "--state", "{state}", "--eta", "2026-11-21T14:00"]
            + ["--now", "2026-11-21T09:00"],
        "outage end": ["outage", "end", "sesam-lmn", "--state", "{state}", "--at", "2026-11-21T10:00"]
            + ["--now", "2026-11-21T10:00"],
        "outage amend": ["outage", "amend", "sesam-lmn", "--state", "{state}", "--note", "rättelse"] + now,
        "outage cancel": ["outage", "cancel", "sesam-lmn", "--state", "{state}", "--note", "fel system"] + now,
        "outage list": ["outage", "list", "--state", "{state}"],
        "outage show": ["outage", "show", "sesam-lmn", "--state", "{state}"],
        "outage watch": ["outage", "watch", "sesam-lmn", "--state", "{state}", "--probe", "true"] + now,
        "outage repair": ["outage", "repair", "--state", "{state}"],
        "outage archive": ["outage", "archive", "--state", "{state}", "--before", "2026-01-01"],
        "outage export": ["outage", "export", "--state", "{state}"],
        "outage import": ["outage", "import", "/dev/null", "--state", "{state}"],
        "who-owns": ["who-owns", "CMS"] + now,
        "budget": ["budget", "websesam"] + now,
        "list": ["list"] + now,
        "show": ["show", "siv-cms"] + now,
        "guide": ["guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable"] + now,
        "trace": ["trace", "siv-cms"],
        // Against the shipped text: nothing to record, so nothing is written.
        "review": ["review", "procedures/siv-cms.json", "--source", "sources/000_e4569ce07290829e.txt"],
        "print": ["print", "sesam-lmn-reservrutin"] + now,
        "site": ["site", "{dir}/site"] + now,
        "validate": ["validate", "procedures"],
        "test": ["test"],
        "fmt": ["fmt", "--check", "procedures"],
        "new": ["new", "x-y", "--lang", "nb"],
        "eval": ["eval", #"{"+": [1, 2]}"#],
        "schema": ["schema"],
        "completion": ["completion", "bash"],
        "man": ["man"],
    ]

    /// What a (command, format) pair needs besides its invocation, and the exit codes it may give.
    static func extra(_ command: String, _ format: String) -> [String] {
        switch (command, format) {
        case ("report-urgent", "case"), ("guide", "case"): return ["--allow-missing"]
        case ("report-urgent", "email"), ("guide", "email"): return ["--allow-missing"] + mail
        case ("reserve-status", "email"): return mail
        default: return []
        }
    }

    static func allowed(_ command: String) -> Set<Int32> {
        switch command {
        case "reserve-status": return [1]
        case "outage watch": return [0]
        default: return [0]
        }
    }

    func testEveryDeclaredFormatOfEveryCommandRunsOnTheBundledProcedures() throws {
        let declared = try Self.declared()
        expectTrue(declared.count >= 28, "\(declared.keys.sorted())")
        for (command, formats) in declared.sorted(by: { $0.key < $1.key }) {
            let invocation = try require(Self.invocations[command], "no matrix entry for '\(command)'")
            for format in formats {
                let directory = try OneAnswerTests.temporaryDirectory("matrix")
                defer { try? FileManager.default.removeItem(at: directory) }
                let state = directory.appending(path: "outages.jsonl").path
                func fill(_ words: [String]) -> [String] {
                    words.map {
                        $0.replacingOccurrences(of: "{state}", with: state).replacingOccurrences(
                            of: "{dir}", with: directory.path)
                    }
                }
                // The outage log's actions need a log, and most an outage in it.
                if command.hasPrefix("outage "), command != "outage init" {
                    _ = try Binary.run(fill(Self.invocations["outage init"] ?? []))
                    if !["outage start", "outage watch", "outage repair", "outage import"].contains(command) {
                        _ = try Binary.run(fill(Self.invocations["outage start"] ?? []))
                    }
                }
                let arguments = fill(invocation) + ["--format", format] + Self.extra(command, format)
                let r = try Binary.run(arguments)
                expectTrue(
                    Self.allowed(command).contains(r.exitCode),
                    "\(command) --format \(format): exit \(r.exitCode): \(r.stderr)")
                expectTrue(!r.stdout.isEmpty || command == "outage watch", "\(command) --format \(format): no output")
                expectTrue(!r.stderr.contains("internal"), "\(command) --format \(format): \(r.stderr)")
                if format == "json" && command != "eval" {
                    expectTrue(
                        (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil,
                        "\(command) --format json is not JSON")
                }
            }
        }
    }

    // MARK: Guides: report-urgent and guide, in every face

    /// The guides and answers the faces are compared on: partly filled, complete, not urgent, another language,
    /// a route of its own, a monitored guide, a time of day.
    static let guideCases: [[String]] = [
        ["report-urgent", "LVMS", "--description", "LVMS svarer ikke", "--contact", "Kari"] + now,
        ["report-urgent", "LVMS"] + GoldenOutputTests.completeCase + now,
        ["report-urgent", "LVMS", "--fact", "affectsOperations=nei"] + now,
        ["report-urgent", "DIPS", "--lang", "en", "--competence", "teknisk-service"] + now,
        ["report-urgent", "CMS", "--now", "2026-11-23T10:30"],
        ["report-urgent", "Sesam LMN"] + now,
        [
            "guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable", "--fact",
            "since=2026-11-21T08:00",
            "--now", "2026-11-21T13:00",
        ],
        ["guide", "sesam-lmn-reservrutin", "--fact", "scenario=customer-service-lost-contact", "--lang", "en"] + now,
        ["guide", "cms-hastesak", "--now", "2026-11-22T10:30"],
        ["guide", "cms-endringsonske", "--lang", "en"] + now,
        ["guide", "websesam-anpassning", "--fact", "adaptation=25000", "--fact", "scope=shared"] + now,
        ["guide", "samsa-samvy-samexistens"] + now,
    ]

    func testTheGuidesFacesAgree() throws {
        forEachCase(Self.guideCases) { a0 in
            try Self.theGuidesFacesAgree(a0)
        }
    }

    static func theGuidesFacesAgree(_ arguments: [String]) throws {
        let json = try Binary.run(arguments + ["--format", "json"])
        expectEqual(json.exitCode, 0, "\(json.stderr)")
        let answer = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let expected = try GuideFacts.json(json.stdout)
        let text = try Binary.run(arguments)
        expectTrue(
            GuideFacts.text(text.stdout).differences(from: expected).isEmpty,
            "text: \(GuideFacts.text(text.stdout).differences(from: expected))")
        let markdown = try Binary.run(arguments + ["--format", "markdown"])
        expectTrue(
            GuideFacts.markdown(markdown.stdout).differences(from: expected).isEmpty,
            "markdown: \(GuideFacts.markdown(markdown.stdout).differences(from: expected))")
        try CaseFaces.check(arguments, answer: answer)
        // The printed checklist gives each step the same contact and citation.
        let guide = try require(answer["guide"] as? String)
        var print = ["print", guide]
        if let system = (answer["system"] as? [String: Any])?["name"] as? String { print += ["--system", system] }
        if let lang = arguments.firstIndex(of: "--lang") { print += ["--lang", arguments[lang + 1]] }
        if let at = arguments.firstIndex(of: "--now") { print += ["--now", arguments[at + 1]] }
        let page = try Binary.run(print)
        expectEqual(page.exitCode, 0, "\(page.stderr)")
        let rows = GuideFacts.printed(page.stdout)
        for (id, fact) in zip(expected.ids, expected.steps) {
            expectEqual(rows[id], fact, "print, step \(id): \(rows[id].map { "\($0)" } ?? "missing") ≠ \(fact)")
        }
        // ...and the time: a step whose text gives the clock ("Klokken er 10:30") gives it in the procedure's zone
        // on paper too.
        if let now = expected.now {
            let clock = String(now.suffix(5))
            for step in answer["steps"] as? [[String: Any]] ?? [] {
                guard let text = step["text"] as? String, text.contains(clock), let id = step["id"] as? String else {
                    continue
                }
                let row = page.stdout.components(separatedBy: "id=\"check-\(id)\"").dropFirst().first?.components(
                    separatedBy: "</tr>"
                ).first
                expectEqual(row?.contains(clock), true, "print, step \(id): the time \(clock): \(row ?? "missing")")
            }
        }
    }

    /// The site's guide pages list every step with the same role, contact and citation as text and JSON give it.
    func testTheSitesGuidePagesGiveEachStepTheSameContactAndSource() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-guides")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + Self.now).exitCode, 0)
        var compared = 0
        for arguments in Self.guideCases where !arguments.contains("--lang") {
            let json = try Binary.run(arguments + ["--format", "json"])
            let answer = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let expected = try GuideFacts.json(json.stdout)
            let guide = try require(answer["guide"] as? String)
            let page = try String(contentsOf: site.appending(path: "guide-\(guide).html"), encoding: .utf8)
            let problems = Self.stepProblems(page, expected)
            expectTrue(problems.isEmpty, "\(guide): \(problems)")
            compared += expected.steps.count
        }
        expectTrue(compared > 20)
    }

    /// Where a guide page's steps differ from the answer's: each step's meta ("roll: … (kontakt: …); källa: …"), read
    /// back as text's is.
    static func stepProblems(_ page: String, _ expected: GuideFacts) -> [String] {
        zip(expected.ids, expected.steps).compactMap { id, step in
            let item = page.components(separatedBy: "<li id=\"step-\(id)\">").dropFirst().first ?? ""
            let meta = item.components(separatedBy: "<span class=\"meta\">(").dropFirst().first?.components(
                separatedBy: ")</span>"
            ).first
            let unescaped = meta.map {
                $0.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&")
            }
            return unescaped.map(GuideFacts.step(meta:)) == step ? nil : "step \(id): \(meta ?? "no meta") ≠ \(step)"
        }
    }

    // MARK: reserve-status, in every face

    static let statusCases: [[String]] = [
        ["--since", "2026-11-21T08:00", "--now", "2026-11-21T09:00"],
        ["--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00"],
        ["--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00", "--prognosis", "2026-11-21T15:00"],
        ["--since", "2026-10-25T00:30", "--now", "2026-10-25T04:15", "--lang", "en"],
        ["--since", "2026-11-21T08:00", "--now", "2026-11-21T20:00", "--scenario", "telephony-disruption"],
        // A prognosis whose time has passed: "(passerad)" and govctl's reading in the status.
        ["--since", "2026-11-21T08:00", "--now", "2026-11-21T13:00", "--prognosis", "2026-11-21T12:30"],
        // No outage: the status alone, no steps.
        ["--now", "2026-11-21T13:00"],
    ]

    /// The status part of reserve-status's text face (also the mail's body): each line after the heading, up to
    /// the blank line before the guide, as "Label: value", a statement, or "(reading)".
    static func statusLines(text: String) -> [String] {
        text.components(separatedBy: "\n").dropFirst().prefix { !$0.isEmpty }.map { String($0.dropFirst(2)) }
    }

    /// The same from the Markdown face: "- **Label:** value", "- statement", "_reading_", up to the guide's heading.
    static func statusLines(markdown: String) -> [String] {
        markdown.components(separatedBy: "\n").dropFirst().prefix { !$0.hasPrefix("#") }.filter { !$0.isEmpty }.map {
            line in
            let plain = Markdown.unescape(line)
            if plain.hasPrefix("- **"), let colon = plain.range(of: ":** ") {
                return String(plain[plain.index(plain.startIndex, offsetBy: 4)..<colon.lowerBound]) + ": "
                    + plain[colon.upperBound...]
            }
            if plain.hasPrefix("- ") { return String(plain.dropFirst(2)) }
            if plain.hasPrefix("_"), plain.hasSuffix("_") { return "(" + plain.dropFirst().dropLast() + ")" }
            return "?" + plain
        }
    }

    func testReserveStatusFacesAgree() throws {
        forEachCase(Self.statusCases) { a0 in
            try Self.reserveStatusFacesAgree(a0)
        }
    }

    static func reserveStatusFacesAgree(_ extra: [String]) throws {
        // Without --since the log is read: an empty one, so there is no outage.
        let directory = try OneAnswerTests.temporaryDirectory("matrix-status")
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appending(path: "outages.jsonl").path
        if !extra.contains("--since") {
            try expectEqual(try Binary.run(["outage", "init", "--state", log]).exitCode, 0)
        }
        let base = ["reserve-status", "sesam-lmn", "--state", log] + extra
        let json = try Binary.run(base + ["--format", "json"])
        let status = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let label = try require(status["label"] as? String)
        let level = try require(status["level"] as? String).uppercased()
        let since = (status["since"] as? String).map(GuideFacts.local)
        let elapsed = (status["elapsedMinutes"] as? Int).map {
            $0 >= 60 ? "\($0 / 60) h \(String(format: "%02d", $0 % 60)) min" : "\($0) min"
        }
        let deadline = status["deadlineClock"] as? String
        let guide = try GuideFacts.json(json.stdout, under: "guide")
        var codes: Set<Int32> = [json.exitCode]

        let text = try Binary.run(base)
        codes.insert(text.exitCode)
        expectTrue(text.stdout.hasPrefix("Sesam LMN: \(label)\n"))
        let markdown = try Binary.run(base + ["--format", "markdown"])
        codes.insert(markdown.exitCode)
        expectTrue(markdown.stdout.hasPrefix("# Sesam LMN: \(label)\n"))
        let nagios = try Binary.run(base + ["--format", "nagios"])
        codes.insert(nagios.exitCode)
        expectTrue(nagios.stdout.hasPrefix("SESAM LMN \(level) - \(label)"), "\(nagios.stdout)")
        let email = try Binary.run(base + ["--format", "email"] + Self.mail)
        codes.insert(email.exitCode)
        expectEqual(CaseFaces.subject(email.stdout), "Sesam LMN: \(label)")
        let body = CaseInOneGoTests.body(email.stdout)
        expectEqual(codes.count, 1, "exit codes differ across faces: \(codes)")
        // The status's facts, line for line the same in text, Markdown and the mail (one document, three writers),
        // and govctl's readings the JSON's.
        let lines = Self.statusLines(text: text.stdout)
        expectEqual(Self.statusLines(markdown: markdown.stdout), lines, "markdown: \(markdown.stdout)")
        expectEqual(Self.statusLines(text: body), lines, "email: \(body)")
        let readings = (status["interpretations"] as? [String] ?? []).map { "(\($0))" }
        expectEqual(lines.filter { $0.hasPrefix("(") }, readings, "readings: \(lines)")
        if let eta = (status["prognosis"] as? [String: Any])?["eta"] as? String {
            expectTrue(lines.contains { $0.contains(String(GuideFacts.local(eta).suffix(5))) }, "the prognosis's time")
        }
        if level == "OK" {
            expectTrue(
                !text.stdout.contains("\n\n") && !markdown.stdout.contains("\n## "), "no steps without an outage")
        }
        for (face, out) in [("text", text.stdout), ("markdown", markdown.stdout), ("email", body)] {
            if let since, let elapsed { expectTrue(out.contains("\(since) (\(elapsed))"), "\(face): since") }
            if let deadline { expectTrue(out.contains(deadline), "\(face): deadline") }
        }
        if let deadline { expectTrue(nagios.stdout.contains(deadline)) }
        if let elapsed { expectTrue(nagios.stdout.contains("(\(elapsed))")) }
        // While an outage is under way the steps follow, in each face with the same contacts and citations.
        if level != "OK" {
            for (face, facts) in [
                ("text", GuideFacts.text(text.stdout)), ("markdown", GuideFacts.markdown(markdown.stdout)),
                ("email", GuideFacts.text(body)),
            ] {
                expectTrue(facts.differences(from: guide).isEmpty, "\(face): \(facts.differences(from: guide))")
            }
        }
    }

    // MARK: who-owns, budget, list, show, trace, validate, test, outage

    /// The source's silence about a contact, in each language.
    static let silences = ["ikke oppgitt i kilden", "anges inte i källan", "not stated in the source"]

    func testWhoOwnsFacesAgree() throws {
        forEachCase(["CMS", "Sesam LMN", "LVMS", "websesam"]) { a0 in
            try Self.whoOwnsFacesAgree(a0)
        }
    }

    static func whoOwnsFacesAgree(_ system: String) throws {
        let json = try Binary.run(["who-owns", system, "--format", "json"] + Self.now)
        let answer = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let roles = try require(answer["roles"] as? [[String: Any]])
        let text = try Binary.run(["who-owns", system] + Self.now).stdout
        let markdown = try Binary.run(["who-owns", system, "--format", "markdown"] + Self.now).stdout
        let universe = try Universe.contacts()
        let textBlocks = text.components(separatedBy: "\n\n").dropFirst()
        let markdownBlocks = markdown.components(separatedBy: "\n## ").dropFirst()
        expectEqual(textBlocks.count, roles.count)
        expectEqual(markdownBlocks.count, roles.count)
        for (role, (textBlock, markdownBlock)) in zip(roles, zip(textBlocks, markdownBlocks)) {
            let name = try require(role["name"] as? String)
            let contacts = (role["contacts"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }.sorted()
            let source = try require(role["source"] as? String)
            expectTrue(textBlock.hasPrefix(name + ":") || textBlock.hasPrefix(name + " "), "\(name): \(textBlock)")
            expectTrue(markdownBlock.hasPrefix(name + ":"), "\(name): \(markdownBlock)")
            // The contact lines: indented by two in text, labelled values ("- **Label:** value") in Markdown (duties,
            // which may quote numbers, are neither).
            let textContacts = textBlock.components(separatedBy: "\n").filter {
                $0.hasPrefix("  ") && !$0.hasPrefix("  - ") && !$0.hasPrefix("   ")
            }.joined(separator: "\n")
            let markdownContacts = markdownBlock.components(separatedBy: "\n").filter { $0.hasPrefix("- **") }
                .joined(separator: "\n")
            expectEqual(universe.found(in: textContacts), contacts, "text, \(name)")
            expectEqual(universe.found(in: Markdown.unescape(markdownContacts)), contacts, "markdown, \(name)")
            // A role the source gives no contact says so in every face: `contactStated` false in JSON, the source's
            // silence ("kontakt: anges inte i källan") in text and Markdown, never another role's contact.
            let stated = try require(role["contactStated"] as? Bool, "json, \(name)")
            expectEqual(stated, !contacts.isEmpty, "json, \(name)")
            expectEqual(Self.silences.contains { textContacts.contains($0) }, !stated, "text, \(name)")
            expectEqual(Self.silences.contains { markdownContacts.contains($0) }, !stated, "markdown, \(name)")
            expectTrue(textBlock.contains("[\(source)]"), "text, \(name): \(source)")
            expectTrue(
                markdownBlock.contains("_kilde: \(source)_") || markdownBlock.contains(source), "markdown, \(name)")
            for holder in (role["holders"] as? [[String: Any]] ?? []).compactMap({ $0["name"] as? String }) {
                expectTrue(textBlock.contains(holder) && markdownBlock.contains(holder), "\(name): \(holder)")
            }
        }
    }

    /// The site's ownership page gives each role of a system the contacts `who-owns` gives, or the source's silence
    /// where its JSON says `contactStated: false`, never another role's.
    func testTheSitesOwnershipPageGivesEachRoleTheContactsWhoOwnsGives() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-ownership")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + Self.now).exitCode, 0)
        let page = try String(contentsOf: site.appending(path: "ownership.html"), encoding: .utf8)
        let universe = try Universe.contacts()
        var compared = 0
        for system in ["CMS", "Sesam LMN", "LVMS", "websesam"] {
            let json = try Binary.run(["who-owns", system, "--format", "json"] + Self.now)
            let answer = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let id = try require((answer["system"] as? [String: Any])?["id"] as? String)
            let part =
                page.components(separatedBy: "<h3 id=\"system-\(id)\">").dropFirst().first?.components(
                    separatedBy: "<h3"
                ).first ?? ""
            for role in try require(answer["roles"] as? [[String: Any]]) {
                let anchor = String(
                    try require(role["id"] as? String).lowercased().map {
                        $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-"
                    })
                let row =
                    part.components(separatedBy: "#role-\(anchor)\"").dropFirst().first?.components(
                        separatedBy: "</tr>"
                    ).first ?? ""
                let cells = row.components(separatedBy: "<td")
                expectEqual(cells.count, 4, "\(system), \(anchor): \(row)")
                let cell = cells.count > 2 ? cells[2].replacingOccurrences(of: "&amp;", with: "&") : ""
                let contacts = (role["contacts"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
                expectEqual(universe.found(in: cell), contacts.sorted(), "\(system), \(anchor): \(cell)")
                let stated = try require(role["contactStated"] as? Bool)
                expectEqual(Self.silences.contains { cell.contains($0) }, !stated, "\(system), \(anchor): \(cell)")
                compared += 1
            }
        }
        expectTrue(compared > 20)
    }

    func testBudgetFacesAgree() throws {
        let base = ["budget", "websesam"] + Self.now
        let json = try Binary.run(base + ["--format", "json"])
        let budget = try require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try require(budget["lines"] as? [[String: Any]])
        let total = try require(budget["total"] as? Int)
        let text = try Binary.run(base).stdout
        let csv = try Binary.run(base + ["--format", "csv"]).stdout
        let markdown = try Binary.run(base + ["--format", "markdown"]).stdout
        /// `1 115 000`, as the sources group digits.
        func grouped(_ n: Int) -> String {
            var digits = String(n)
            var groups: [String] = []
            while digits.count > 3 {
                groups.insert(String(digits.suffix(3)), at: 0)
                digits.removeLast(3)
            }
            return ([digits] + groups).joined(separator: " ")
        }
        for line in lines {
            let amount = try require(line["amount"] as? Int)
            let label = try require(line["label"] as? String)
            let source = try require(line["source"] as? String)
            let textLine = text.components(separatedBy: "\n").first { $0.contains(label) } ?? ""
            expectTrue(textLine.contains("\(grouped(amount)) kr") && textLine.contains("[\(source)]"), "text: \(label)")
            let row = csv.components(separatedBy: "\n").first { $0.contains(label) } ?? ""
            expectTrue(row.contains(",\(amount),") && row.hasSuffix(",\(source)"), "csv: \(label)")
            let cells = markdown.components(separatedBy: "\n").first { $0.contains(label) } ?? ""
            expectTrue(cells.contains("| \(grouped(amount)) kr | \(source) |"), "markdown: \(label)")
        }
        expectTrue(text.contains("\(grouped(total)) kr"))
        expectTrue(markdown.contains("**\(grouped(total)) kr**"))
        expectEqual(csv.components(separatedBy: "\n").filter { $0.hasPrefix("2021,") }.count, lines.count)
        // The site's procedure page: the same lines, amounts and sources, and the total.
        let directory = try OneAnswerTests.temporaryDirectory("matrix-budget")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + Self.now).exitCode, 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).filter {
            $0.hasPrefix("procedure-") && $0.hasSuffix(".html")
        }
        let page = try require(
            try pages.map { try String(contentsOf: site.appending(path: $0), encoding: .utf8) }.first { page in
                lines.allSatisfy {
                    page.contains((($0["label"] as? String) ?? "?").replacingOccurrences(of: "'", with: "&#39;"))
                }
            }, "no page of the site shows every budget line")
        for line in lines {
            let amount = try require(line["amount"] as? Int)
            let source = try require(line["source"] as? String)
            let label = try require(line["label"] as? String).replacingOccurrences(of: "'", with: "&#39;")
            let row = page.components(separatedBy: "<tr>").first { $0.contains(label) } ?? ""
            expectTrue(row.contains("\(grouped(amount)) kr") && row.contains(": \(source)]"), "site: \(label): \(row)")
        }
        expectTrue(page.contains("<strong>\(grouped(total)) kr</strong>"))
    }

    func testListShowAndTraceFacesAgree() throws {
        let list = try Binary.run(["list", "--format", "json"] + Self.now)
        let procedures = try require(
            try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let table = try Binary.run(["list"] + Self.now).stdout.components(separatedBy: "\n")
        for procedure in procedures {
            let id = try require(procedure["id"] as? String)
            let status = try require(procedure["status"] as? String)
            let row = table.first { $0.hasPrefix(id + " ") } ?? ""
            expectTrue(row.contains("  \(status)  "), "list \(id): \(row)")
            // show: the same validity, and the same guides, in every face.
            let show = try Binary.run(["show", id, "--format", "json"] + Self.now)
            let shown = try require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
            expectTrue((shown["document"] as? [String: Any])?["status"] as? String == status, "show \(id)")
            let guides = (shown["guides"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let text = try Binary.run(["show", id] + Self.now).stdout
            let markdown = try Binary.run(["show", id, "--format", "markdown"] + Self.now).stdout
            for guide in guides {
                expectTrue(text.contains(guide) && markdown.contains(guide), "show \(id): \(guide)")
            }
            // ...and each role with the section it comes from, and the same count of govctl's readings.
            for role in shown["roles"] as? [[String: Any]] ?? [] {
                let source = try require(role["source"] as? String)
                expectTrue(text.contains("  [\(source)]"), "show \(id), text: \(source)")
                expectTrue(Markdown.unescape(markdown).contains(": \(source))_"), "show \(id), markdown: \(source)")
            }
            func count(_ output: String, _ start: String) -> Int {
                output.components(separatedBy: "\n").filter {
                    $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- _", with: "_").hasPrefix(start)
                }.count
            }
            expectEqual(count(markdown, "_govctl"), count(text, "(govctl"), "show \(id): readings")
            // trace: each section cited by the same entries in every face.
            let trace = try Binary.run(["trace", id, "--format", "json"])
            let traced = try require(try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [String: Any])
            let traceText = try Binary.run(["trace", id]).stdout
            let traceMarkdown = try Binary.run(["trace", id, "--format", "markdown"]).stdout
            var paths: [String] = []
            // The declared paragraphs (with their first words), as "¶2.3 carried|notCarried|neither".
            var paragraphs: [String] = []
            for section in traced["sections"] as? [[String: Any]] ?? [] {
                paths += (section["citedBy"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
                for p in section["paragraphs"] as? [[String: Any]] ?? [] where p["opens"] is String {
                    paragraphs.append("\(p["id"] as? String ?? "?") \(p["status"] as? String ?? "?")")
                }
            }
            let lines = traceText.components(separatedBy: "\n")
            let inText = lines.filter { $0.hasPrefix("  - ") && !$0.hasPrefix("  - ¶") }.compactMap {
                $0.dropFirst(4).components(separatedBy: " — ").first
            }
            let inMarkdown = traceMarkdown.components(separatedBy: "\n").filter { $0.hasPrefix("- `") }.compactMap {
                $0.dropFirst(3).components(separatedBy: "`").first
            }
            expectEqual(inText, paths, "trace \(id), text")
            expectEqual(inMarkdown, paths, "trace \(id), markdown")
            // ...and each declared paragraph with the same status (the Norwegian and Swedish words of the faces).
            func paragraphStatus(_ line: String) -> String {
                let after = line.components(separatedBy: "» — ").last ?? line
                if after.hasPrefix("tatt med:") || after.hasPrefix("medtagna:") { return "carried" }
                if after.hasPrefix("ikke tatt med:") || after.hasPrefix("inte medtaget:") { return "notCarried" }
                return "neither"
            }
            func paragraphLines(_ lines: [String], _ prefix: String) -> [String] {
                lines.filter { $0.hasPrefix(prefix) }.map { line in
                    let id = line.dropFirst(prefix.count - 1).components(separatedBy: " ").first ?? ""
                    return "\(id) \(paragraphStatus(line))"
                }
            }
            expectEqual(paragraphLines(lines, "  - ¶"), paragraphs, "trace \(id), text paragraphs")
            expectEqual(
                paragraphLines(traceMarkdown.components(separatedBy: "\n"), "- ¶"), paragraphs,
                "trace \(id), markdown paragraphs")
        }
    }

    /// Every bundled procedure's page gives each role the contacts `who-owns --format json` gives it, or the
    /// source's silence where that says `contactStated: false`; and each route the role `who-owns --task` names (with
    /// that role's own contacts or silence, never the route's) and the route's own contacts.
    func testTheSitesProcedurePagesGiveEachRoleAndRouteTheContactsWhoOwnsGives() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-procedure-pages")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, procedures) = try Self.siteAndProcedures(in: directory)
        let universe = try Universe.contacts()
        var roles = 0
        var routes = 0
        for procedure in procedures {
            let id = try require(procedure["id"] as? String)
            let answer = try ProcedureAnswers.of(id, now: Self.now)
            let page = try String(
                contentsOf: site.appending(path: "procedure-\(Self.anchor(id)).html"), encoding: .utf8)
            let problems = ProcedureAnswers.problems(page, answer, universe)
            expectTrue(problems.isEmpty, "\(id): \(problems)")
            roles += answer.roles.count
            routes += answer.routes.count
        }
        expectTrue(roles > 30 && routes > 10, "\(roles) roles, \(routes) routes")
    }

    /// The site's procedure page lists the trace: every section of the outline in order, each with a link to every
    /// entry that cites it (roles, routes, systems, budgets, a guide's steps) or the reason nothing does.
    func testTheSitesCitationsAreTheTrace() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-citations")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (site, procedures) = try Self.siteAndProcedures(in: directory)
        expectTrue(!procedures.isEmpty)
        for procedure in procedures {
            let id = try require(procedure["id"] as? String)
            let trace = try Binary.run(["trace", id, "--format", "json"])
            let traced = try require(try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [String: Any])
            let page = try String(
                contentsOf: site.appending(path: "procedure-\(Self.anchor(id)).html"), encoding: .utf8)
            let problems = Self.citationProblems(page, traced)
            expectTrue(problems.isEmpty, "\(id): \(problems)")
        }
    }

    /// A fragment id as the site makes it from a data id.
    /// The site govctl writes into `directory`/site, and the bundled procedures as `list --format json` gives them.
    static func siteAndProcedures(in directory: URL) throws -> (site: URL, procedures: [[String: Any]]) {
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + now).exitCode, 0)
        let list = try Binary.run(["list", "--format", "json"] + now)
        let procedures = try require(
            try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        return (site, procedures)
    }

    static func anchor(_ id: String) -> String { String(id.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }) }

    /// Where a procedure page's citations differ from `trace --format json`: a section missing or out of order, a
    /// citing entry without its link, a reason for citing nothing not given.
    static func citationProblems(_ page: String, _ traced: [String: Any]) -> [String] {
        let part = page.components(separatedBy: "<h2 id=\"sources\">").last ?? ""
        let rows = part.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map {
            $0.components(separatedBy: "</td></tr>").first ?? $0
        }
        let sections = traced["sections"] as? [[String: Any]] ?? []
        var problems: [String] = []
        if rows.count != sections.count { problems.append("\(rows.count) rows, \(sections.count) sections") }
        for (row, section) in zip(rows, sections) {
            let sid = section["id"] as? String ?? "?"
            if !row.hasPrefix(HTMLText.escape(sid)) { problems.append("\(row) is not section \(sid)") }
            let cited = section["citedBy"] as? [[String: Any]] ?? []
            if cited.isEmpty {
                let reason = section["notCarried"] as? String
                if !(reason.map { row.contains(HTMLText.escape($0)) } ?? row.contains("<em>")) {
                    problems.append("\(sid): no reason")
                }
                if row.contains("<a ") { problems.append("\(sid): nothing cites it, yet it links") }
            }
            for path in cited.compactMap({ $0["path"] as? String }) {
                let first = path.components(separatedBy: ".")[0]
                guard let open = first.firstIndex(of: "[") else { continue }
                let key = String(first[..<open])
                let fragment = anchor(String(first[first.index(after: open)...].dropLast()))
                let link: String
                switch key {
                case "roles": link = "#role-\(fragment)\""
                case "routes": link = "#route-\(fragment)\""
                case "systems": link = "#system-\(fragment)\""
                case "budgets": link = "#budget-\(fragment)\""
                case "guides": link = "guide-\(fragment)"
                default: link = "<a "
                }
                if !row.contains(link) { problems.append("\(sid): \(path) has no link \(link)") }
            }
        }
        return problems
    }

    func testValidateTestAndOutageFacesAgree() throws {
        let validate =
            try JSONSerialization.jsonObject(
                with: Data(try Binary.run(["validate", "procedures", "--format", "json"]).stdout.utf8))
            as? [String: Any]
        let validateText = try Binary.run(["validate", "procedures"]).stdout
        let files = validate?["files"] as? Int ?? -1
        let errors = validate?["errors"] as? Int ?? -1
        expectTrue(validateText.contains("\(files) files, \(errors) errors"), "\(validateText)")
        let tests =
            try JSONSerialization.jsonObject(
                with: Data(try Binary.run(["test", "--format", "json"]).stdout.utf8)) as? [String: Any]
        let testText = try Binary.run(["test"]).stdout
        expectTrue(
            testText.contains("\(tests?["passed"] as? Int ?? -1) passed, \(tests?["failed"] as? Int ?? -1) failed"))

        let directory = try OneAnswerTests.temporaryDirectory("matrix-outage")
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = ["--state", directory.appending(path: "outages.jsonl").path]
        _ = try Binary.run(["outage", "init"] + state)
        let start = try Binary.run(
            [
                "outage", "start", "sesam-lmn", "--at", "2026-11-21T08:00", "--format", "json", "--now",
                "2026-11-21T09:00",
            ]
                + state)
        let started = try JSONSerialization.jsonObject(with: Data(start.stdout.utf8)) as? [String: Any]
        let outage = try require(started?["outage"] as? String)
        for action in ["list", "show"] {
            let json = try Binary.run(
                ["outage", action] + (action == "show" ? ["sesam-lmn"] : []) + state + ["--format", "json"])
            let text = try Binary.run(["outage", action] + (action == "show" ? ["sesam-lmn"] : []) + state)
            expectTrue(json.stdout.contains(outage) && text.stdout.contains(outage), "outage \(action)")
            // The start, in the system's zone, in both faces.
            expectTrue(json.stdout.contains("\"2026-11-21T08:00:00+01:00\""), "outage \(action), json")
            expectTrue(text.stdout.contains("\t2026-11-21T08:00:00+01:00\t"), "outage \(action), text: \(text.stdout)")
        }
    }

    // MARK: The comparison has teeth

    /// The site's faces compared with the answers: a step's contact lent on a guide page, a citing entry dropped
    /// from a procedure page's citations, a section left out, are each caught.
    func testASitePageThatDiffersIsCaught() throws {
        let directory = try OneAnswerTests.temporaryDirectory("matrix-site-teeth")
        defer { try? FileManager.default.removeItem(at: directory) }
        let site = directory.appending(path: "site")
        try expectEqual(try Binary.run(["site", site.path] + Self.now).exitCode, 0)
        let arguments = ["guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable"] + Self.now
        let expected = try GuideFacts.json(try Binary.run(arguments + ["--format", "json"]).stdout)
        let guide = try String(contentsOf: site.appending(path: "guide-sesam-lmn-reservrutin.html"), encoding: .utf8)
        expectTrue(Self.stepProblems(guide, expected).isEmpty)
        let lent = guide.replacingOccurrences(
            of: "(roll: Kundservice (kontakt: anges inte i källan);", with: "(roll: Kundservice (telefon: 30 000);")
        expectTrue(lent != guide)
        expectTrue(!Self.stepProblems(lent, expected).isEmpty, "a contact lent on the guide page was not caught")

        let trace = try Binary.run(["trace", "skane-sesam-lmn-reservrutin", "--format", "json"])
        let traced = try require(try JSONSerialization.jsonObject(with: Data(trace.stdout.utf8)) as? [String: Any])
        let page = try String(
            contentsOf: site.appending(path: "procedure-skane-sesam-lmn-reservrutin.html"), encoding: .utf8)
        expectTrue(Self.citationProblems(page, traced).isEmpty)
        let sources = page.components(separatedBy: "<h2 id=\"sources\">")
        let dropped =
            sources[0] + "<h2 id=\"sources\">"
            + sources[1].replacingOccurrences(of: "<a href=\"#role-kundservice\">Kundservice</a>, ", with: "")
        expectTrue(dropped != page)
        expectTrue(!Self.citationProblems(dropped, traced).isEmpty, "a citing entry dropped was not caught")
        // The service desk's number shown as Kundservice's own on the procedure page: in its part, under the route.
        let answer = try ProcedureAnswers.of("skane-sesam-lmn-reservrutin", now: Self.now)
        let universe = try Universe.contacts()
        expectTrue(ProcedureAnswers.problems(page, answer, universe).isEmpty)
        for (from, to) in [
            ("<h3 id=\"role-kundservice\">", "<dt>kontakt</dt><dd>anges inte i källan</dd>"),
            ("<a href=\"#role-kundservice\">", "<dt>kontakt</dt><dd>anges inte i källan</dd>"),
        ] {
            // The first `to` after the first `from`: in the role's own part, in the route's part.
            let start = try require(page.range(of: from)).upperBound
            let at = try require(page.range(of: to, range: start..<page.endIndex))
            let lent = page.replacingCharacters(in: at, with: "<dt>telefon</dt><dd>30 000 (Servicedesk)</dd>")
            expectTrue(lent != page, "\(from)")
            expectTrue(
                !ProcedureAnswers.problems(lent, answer, universe).isEmpty,
                "a contact lent after \(from) was not caught")
        }
        let rows = sources[1].components(separatedBy: "<tr><th scope=\"row\">")
        let shortened = sources[0] + "<h2 id=\"sources\">" + rows.dropLast().joined(separator: "<tr><th scope=\"row\">")
        expectTrue(!Self.citationProblems(shortened, traced).isEmpty, "a section left out was not caught")
    }

    /// reserve-status's faces compared line by line: a status line changed in one face is caught.
    func testAStatusFaceThatDiffersIsCaught() throws {
        let base = ["reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T11:59"]
        let text = try Binary.run(base).stdout
        let markdown = try Binary.run(base + ["--format", "markdown"]).stdout
        expectEqual(Self.statusLines(markdown: markdown), Self.statusLines(text: text))
        for (from, to) in [("08:00 (3 h 59 min)", "08:00 (3 h 58 min)"), ("kl. 12:00", "kl. 13:00")] {
            expectTrue(markdown.contains(from))
            let changed = markdown.replacingOccurrences(of: from, with: to)
            expectTrue(Self.statusLines(markdown: changed) != Self.statusLines(text: text), "\(from) → \(to)")
        }
        let noted = text.replacingOccurrences(of: "\n  Scenario:", with: "\n  Anteckning: x\n  Scenario:")
        expectTrue(noted != text)
        expectTrue(Self.statusLines(markdown: markdown) != Self.statusLines(text: noted))
    }

    /// A face changed to differ from the others is caught: a contact lent to another step, a citation changed, a
    /// missing fact dropped, the time moved, a verdict turned.
    func testAFaceThatDiffersIsCaught() throws {
        let arguments = ["guide", "sesam-lmn-reservrutin", "--fact", "scenario=server-unreachable"] + Self.now
        let expected = try GuideFacts.json(try Binary.run(arguments + ["--format", "json"]).stdout)
        let text = try Binary.run(arguments).stdout
        expectTrue(GuideFacts.text(text).differences(from: expected).isEmpty)
        let mutations: [(String, String, String)] = [
            (
                "a contact lent to Kundservice",
                "(kontakt: anges inte i källan); källa: 3 Genomförande, Sesam LMN-server blir oåtkomlig för samtliga användare "
                    + "¶1; 1 Syfte och omfattning ¶2]\n  5.",
                "(telefon: 30 000); källa: 3 Genomförande, Sesam LMN-server blir oåtkomlig för samtliga användare "
                    + "¶1; 1 Syfte och omfattning ¶2]\n  5."
            ),
            (
                "a citation changed", "källa: 3 Genomförande, Sesam LMN-server",
                "källa: 2 Genomförande, Sesam LMN-server"
            ),
            ("the time moved", "Tidpunkt: 2026-11-21 03:00", "Tidpunkt: 2026-11-21 02:00"),
            ("a verdict turned", "Driftstörning pågår: nej", "Driftstörning pågår: ja"),
        ]
        for (what, from, to) in mutations {
            expectTrue(text.contains(from), "\(what): the output has changed; update the mutation")
            let changed = text.replacingOccurrences(of: from, with: to)
            expectTrue(!GuideFacts.text(changed).differences(from: expected).isEmpty, "\(what) was not caught")
        }
        // A missing fact dropped from one face.
        let lvms = ["report-urgent", "LVMS", "--department", "Blodbanken"] + Self.now
        let partial = try GuideFacts.json(try Binary.run(lvms + ["--format", "json"]).stdout)
        let lvmsText = try Binary.run(lvms).stdout
        expectTrue(GuideFacts.text(lvmsText).differences(from: partial).isEmpty)
        expectTrue(lvmsText.contains("  - Brukere (--users)\n"))
        expectTrue(
            !GuideFacts.text(lvmsText.replacingOccurrences(of: "  - Brukere (--users)\n", with: "")).differences(
                from: partial
            ).isEmpty, "a missing fact dropped was not caught")
        let page = try Binary.run(["print", "sesam-lmn-reservrutin"] + Self.now).stdout
        let lent = page.replacingOccurrences(
            of: "Roll: Kundservice (Kundservice)<ul>\n<li>kontakt: anges inte i källan</li>\n</ul>",
            with: "Roll: Kundservice (Kundservice)<ul>\n<li>telefon: 30 000 (Servicedesk)</li>\n</ul>")
        expectTrue(lent != page)
        expectTrue(
            GuideFacts.printed(lent)["kundservice-informerar"] != GuideFacts.printed(page)["kundservice-informerar"])
    }
}

// MARK: Reading the faces back

/// Every contact value in the bundled procedures (roles and routes): what a face may show as someone's contact.
struct Universe {
    let values: [String]

    static func contacts() throws -> Universe {
        let directory = Binary.root.appending(path: "procedures")
        var values: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: directory.appending(path: name))
            let procedure = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for key in ["roles", "routes"] {
                for entry in procedure[key] as? [[String: Any]] ?? [] {
                    for contact in entry["contacts"] as? [[String: Any]] ?? [] {
                        if let value = contact["value"] as? String { values.insert(value) }
                    }
                }
            }
        }
        // Longest first: a value inside another (a number inside a longer one) is not counted twice.
        return Universe(values: values.sorted { $0.count > $1.count })
    }

    /// The contact values `text` shows, sorted.
    func found(in text: String) -> [String] {
        var rest = text
        var found: [String] = []
        for value in values where rest.contains(value) {
            found.append(value)
            rest = rest.replacingOccurrences(of: value, with: "")
        }
        return found.sorted()
    }
}

enum Markdown {
    /// Markdown's backslash escapes undone.
    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for c in text {
            if !escaped && c == "\\" {
                escaped = true
                continue
            }
            escaped = false
            out.append(c)
        }
        return out
    }
}

/// The facts a guide's answer shows, as one face shows them.
struct GuideFacts: CustomStringConvertible {
    /// Who a step sends the reader to.
    enum Contact: Equatable, CustomStringConvertible {
        /// The step names no role.
        case noRole
        /// The role's contacts (their values); empty: the face says the source gives none.
        case values([String])
        /// The face shows a role but neither a contact nor the source's silence.
        case unclear(String)

        var description: String {
            switch self {
            case .noRole: return "no role"
            case .values(let v): return v.isEmpty ? "source gives none" : v.joined(separator: ", ")
            case .unclear(let s): return "unclear: \(s)"
            }
        }
    }

    struct Step: Equatable, CustomStringConvertible {
        var source: String
        var contact: Contact
        var description: String { "[\(source)] \(contact)" }
    }

    var now: String?
    var verdicts: [String] = []
    var steps: [Step] = []
    /// The step ids, where the face shows them (JSON).
    var ids: [String] = []
    var missing: [String] = []
    var readings = 0

    var description: String {
        "now \(now ?? "-"), verdicts \(verdicts), steps \(steps), missing \(missing), readings \(readings)"
    }

    /// What differs from `expected`, in words; empty when the faces agree.
    func differences(from expected: GuideFacts) -> [String] {
        var out: [String] = []
        if now != expected.now { out.append("now \(now ?? "-") ≠ \(expected.now ?? "-")") }
        if verdicts != expected.verdicts { out.append("verdicts \(verdicts) ≠ \(expected.verdicts)") }
        if steps.count != expected.steps.count { out.append("\(steps.count) steps ≠ \(expected.steps.count)") }
        for (i, (a, b)) in zip(steps, expected.steps).enumerated() where a != b {
            out.append("step \(i + 1): \(a) ≠ \(b)")
        }
        if missing != expected.missing { out.append("missing \(missing) ≠ \(expected.missing)") }
        if readings != expected.readings { out.append("\(readings) readings ≠ \(expected.readings)") }
        return out
    }

    static let readingMarkers = ["lesning, ikke kildens", "tolkning, inte källans", "reading, not the source's"]
    static let notStated = ["ikke oppgitt i kilden", "anges inte i källan", "not stated in the source"]

    static func readings(_ text: String) -> Int {
        readingMarkers.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +)
    }

    /// `2026-11-21T03:00:00+01:00` → `2026-11-21 03:00`.
    static func local(_ iso: String) -> String {
        String(iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// A JSON value with its kind kept (JSONSerialization gives a boolean as a number).
    enum Value: Decodable {
        case bool(Bool), number(Double), string(String), null, other

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let b = try? container.decode(Bool.self) {
                self = .bool(b)
            } else if let n = try? container.decode(Double.self) {
                self = .number(n)
            } else if let s = try? container.decode(String.self) {
                self = .string(s)
            } else {
                self = .other
            }
        }

        /// As the text faces write it.
        func word(_ lang: String) -> String {
            switch self {
            case .null: return "–"
            case .bool(let b):
                return b
                    ? (["nb": "ja", "sv": "ja", "en": "yes"][lang] ?? "yes")
                    : (["nb": "nei", "sv": "nej", "en": "no"][lang] ?? "no")
            case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
            case .string(let s): return s
            case .other: return "?"
            }
        }
    }

    /// The derived values of a guide's JSON answer (the document itself, or under `key`).
    static func derived(_ text: String, under key: String?) throws -> [String: Value] {
        struct Answer: Decodable { let derived: [String: Value] }
        struct Status: Decodable { let guide: Answer }
        let data = Data(text.utf8)
        if key != nil { return try JSONDecoder().decode(Status.self, from: data).guide.derived }
        return try JSONDecoder().decode(Answer.self, from: data).derived
    }

    /// The labelled derived values of a guide, in order, from the procedure files (what the text faces list).
    static func labelledDerived(_ guide: String) throws -> [String] {
        let directory = Binary.root.appending(path: "procedures")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: directory.appending(path: name))
            let procedure = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            for g in procedure["guides"] as? [[String: Any]] ?? [] where g["id"] as? String == guide {
                return (g["derived"] as? [[String: Any]] ?? []).filter { $0["label"] != nil }.compactMap {
                    $0["id"] as? String
                }
            }
        }
        return []
    }

    /// The JSON face: the reference the others are compared with. `text` is the whole JSON output; `key` names
    /// the guide's answer within it (reserve-status's `guide`).
    static func json(_ text: String, under key: String? = nil) throws -> GuideFacts {
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
        let answer = key.map { document[$0] as? [String: Any] ?? [:] } ?? document
        var facts = GuideFacts()
        let lang = answer["language"] as? String ?? "en"
        facts.now = (answer["now"] as? String).map(local)
        let derived = try Self.derived(text, under: key)
        facts.verdicts = try labelledDerived(answer["guide"] as? String ?? "").map { (derived[$0] ?? .null).word(lang) }
        for step in answer["steps"] as? [[String: Any]] ?? [] {
            let contact: Contact
            if let contacts = step["contacts"] as? [[String: Any]] {
                contact = .values(contacts.compactMap { $0["value"] as? String }.sorted())
            } else {
                contact = .noRole
            }
            facts.steps.append(Step(source: step["source"] as? String ?? "", contact: contact))
            facts.ids.append(step["id"] as? String ?? "")
            if !(step["interpretation"] is NSNull) && step["interpretation"] != nil { facts.readings += 1 }
        }
        facts.readings += (answer["interpretations"] as? [String: Any])?.count ?? 0
        facts.missing = (answer["missing"] as? [[String: Any]] ?? []).compactMap { $0["flag"] as? String }
        // A fact's reading stands under it in the missing list.
        facts.readings += (answer["missing"] as? [[String: Any]] ?? []).filter { $0["interpretation"] is String }.count
        return facts
    }

    /// The contact part of a step, read against every contact the procedures hold.
    static func contact(_ part: String?) -> Contact {
        guard let part else { return .noRole }
        let found = (try? Universe.contacts())?.found(in: part) ?? []
        if !found.isEmpty { return .values(found) }
        return notStated.contains { part.contains($0) } ? .values([]) : .unclear(part)
    }

    /// The text face (also a reserve-status notification's body).
    static func text(_ out: String) -> GuideFacts {
        var facts = GuideFacts()
        let lines = out.components(separatedBy: "\n")
        // The guide's part starts at its title; reserve-status puts the status before it.
        facts.now = lines.first { ["Tidspunkt: ", "Tidpunkt: ", "Time: "].contains(where: $0.hasPrefix) }.map {
            String($0.drop { $0 != " " }.dropFirst().prefix(16))
        }
        var section = ""
        for line in lines {
            if !line.hasPrefix(" ") {
                section = line
                continue
            }
            switch section {
            case "Vurdering", "Bedömning", "Assessment":
                if line.hasPrefix("  "), !line.hasPrefix("   "), let colon = line.range(of: ": ", options: .backwards) {
                    facts.verdicts.append(String(line[colon.upperBound...]))
                }
            case "Steg", "Steps":
                if line.hasPrefix("     ["), line.hasSuffix("]") {
                    facts.steps.append(step(meta: String(line.dropFirst(6).dropLast())))
                }
            case "Mangler fortsatt", "Saknas fortfarande", "Still missing":
                if line.hasPrefix("  - "), line.hasSuffix(")"), let open = line.range(of: " (", options: .backwards) {
                    facts.missing.append(String(line[open.upperBound...].dropLast()))
                }
            default: break
            }
        }
        facts.readings = readings(
            lines.drop { !["Tidspunkt: ", "Tidpunkt: ", "Time: "].contains(where: $0.hasPrefix) }.joined(
                separator: "\n"))
        return facts
    }

    /// The Markdown face.
    /// A step's "role: name (contacts); source: section" (or "source: section" alone), as text and Markdown
    /// write it.
    static func step(meta: String) -> Step {
        var role: String?
        var source = meta
        for word in ["kilde: ", "källa: ", "source: "] {
            guard let at = meta.range(of: "; " + word) ?? (meta.hasPrefix(word) ? meta.range(of: word) : nil)
            else { continue }
            source = String(meta[at.upperBound...])
            if at.lowerBound != meta.startIndex { role = String(meta[..<at.lowerBound]) }
        }
        return Step(source: source, contact: contact(role))
    }

    static func markdown(_ out: String) -> GuideFacts {
        var facts = GuideFacts()
        let lines = out.components(separatedBy: "\n")
        let nowWords = ["Tidspunkt", "Tidpunkt", "Time"].map { "- **\($0):** " }
        guard let at = lines.firstIndex(where: { line in nowWords.contains(where: line.hasPrefix) }) else {
            return facts
        }
        facts.now = nowWords.first(where: lines[at].hasPrefix).map { String(lines[at].dropFirst($0.count).prefix(16)) }
        var section = ""
        for line in lines[at...] {
            if line.hasPrefix("#") {
                section = line.drop { $0 == "#" || $0 == " " }.description
                continue
            }
            switch section {
            case "Vurdering", "Bedömning", "Assessment":
                if line.hasPrefix("- **"), let value = line.range(of: ":** ") {
                    facts.verdicts.append(String(line[value.upperBound...]))
                }
            case "Steg", "Steps":
                // "1. text _(role: name (contacts); source: section)_": the same meta as the text's line.
                if let first = line.first, first.isNumber, line.hasSuffix(")_"),
                    let open = line.range(of: " _(", options: .backwards)
                {
                    facts.steps.append(step(meta: Markdown.unescape(String(line[open.upperBound...].dropLast(2)))))
                }
            case "Mangler fortsatt", "Saknas fortfarande", "Still missing":
                if line.hasPrefix("- "), line.hasSuffix("`)"), let open = line.range(of: " (`", options: .backwards) {
                    facts.missing.append(String(line[open.upperBound...].dropLast(2)))
                }
            default: break
            }
        }
        facts.readings = readings(lines[at...].joined(separator: "\n"))
        return facts
    }

    /// The printed checklist: each step's citation and contact, by step id.
    static func printed(_ html: String) -> [String: Step] {
        var steps: [String: Step] = [:]
        let noRole = ["kilden knytter ingen rolle", "källan knyter ingen roll", "the source names no role"]
        // The source's silence, in the words every face uses (`ContactDocument.silence`).
        let noContact = notStated
        for row in html.components(separatedBy: "<tr><td class=\"tick\">").dropFirst() {
            guard
                let id = row.components(separatedBy: "id=\"check-").dropFirst().first?.components(separatedBy: "\"")
                    .first,
                let source = row.components(separatedBy: "<span class=\"source\">[").dropFirst().first?.components(
                    separatedBy: "]</span>"
                ).first,
                let who = row.components(separatedBy: "<td class=\"who\">").last?.components(separatedBy: "</td></tr>")
                    .first
            else { continue }
            let cited = source.drop { $0 != ":" }.dropFirst(2)
            let unescaped = who.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            let contact: Contact
            if noRole.contains(where: unescaped.contains) {
                contact = .noRole
            } else {
                let found = (try? Universe.contacts())?.found(in: unescaped) ?? []
                contact =
                    !found.isEmpty
                    ? .values(found) : noContact.contains(where: unescaped.contains) ? .values([]) : .unclear(who)
            }
            steps[id] = Step(source: String(cited).replacingOccurrences(of: "&amp;", with: "&"), contact: contact)
        }
        return steps
    }
}

/// The case and the mail, against the JSON face: the same missing list (refused without --allow-missing), and the
/// same texts where the case is complete.
enum CaseFaces {
    static func subject(_ message: String) -> String? {
        guard let header = CaseInOneGoTests.header("Subject", message.replacingOccurrences(of: "\n ", with: " "))
        else { return nil }
        return header.split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            return Data(base64Encoded: String(base64)).map { String(decoding: $0, as: UTF8.self) } ?? String(word)
        }.joined(separator: word(header))
    }

    /// Encoded words are joined without the space between them; plain ones keep it.
    static func word(_ header: String) -> String { header.contains("=?UTF-8?B?") ? "" : " " }

    static func check(_ arguments: [String], answer: [String: Any]) throws {
        let missing = (answer["missing"] as? [[String: Any]] ?? []).compactMap { $0["flag"] as? String }
        let texts = answer["texts"] as? [String: Any] ?? [:]
        let mail = FaceMatrixTests.mail
        let caseFace = try Binary.run(arguments + ["--format", "case"])
        let email = try Binary.run(arguments + ["--format", "email"] + mail)
        let hasCase = texts["subject"] != nil
        guard hasCase else {
            // No case to write: the case is refused, the mail carries the text face.
            expectEqual(caseFace.exitCode, 65, "\(caseFace.stderr)")
            return
        }
        if !missing.isEmpty {
            for (face, r) in [("case", caseFace), ("email", email)] {
                expectEqual(r.exitCode, 65, "\(face): \(r.stdout)")
                let named =
                    r.stderr.components(separatedBy: "give ").dropFirst().first?.components(separatedBy: ";")
                    .first?.components(separatedBy: ", ") ?? []
                expectEqual(named, missing, "\(face) names \(named), the answer misses \(missing)")
            }
            return
        }
        expectEqual(caseFace.exitCode, 0, "\(caseFace.stderr)")
        expectEqual(email.exitCode, 0, "\(email.stderr)")
        let body = CaseInOneGoTests.body(email.stdout)
        for (id, value) in texts {
            guard let text = value as? String else {
                reportFailure("text \(id) is null in a complete case")
                continue
            }
            let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
            if id == "subject" {
                expectTrue(caseFace.stdout.hasPrefix(trimmed + "\n"), "case: subject")
                expectEqual(subject(email.stdout), trimmed, "email: subject")
            } else if id == "follow-up" {
                expectTrue(caseFace.stderr.contains(trimmed), "case: the follow-up call on stderr")
                expectTrue(body.contains(trimmed), "email: the follow-up call")
            } else {
                expectTrue(caseFace.stdout.contains(trimmed), "case: \(id)")
                expectTrue(body.contains(trimmed), "email: \(id)")
            }
        }
    }
}

/// Text as the site's pages escape it, to find it in a page.
/// What `who-owns --format json` says of a procedure's roles (by the systems `show` gives it) and routes (by the
/// look-up `show` gives each), and where a procedure page says otherwise.
struct ProcedureAnswers {
    /// A role's contact values, and whether the source states any.
    struct Contacts {
        let values: [String]
        let stated: Bool
    }

    let roles: [String: Contacts]
    /// A route's role (its id and contacts, if it names one) and the route's own contact values.
    let routes: [String: (role: (id: String, contacts: Contacts)?, contacts: [String])]

    static func contacts(_ role: [String: Any]) -> Contacts {
        Contacts(
            values: (role["contacts"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }.sorted(),
            stated: role["contactStated"] as? Bool ?? true)
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try Binary.run(arguments + ["--format", "json"])
        return try require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// A look-up as `show` prints it ("govctl who-owns 'Sesam LMN' --task drift") as arguments.
    static func arguments(_ lookup: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        for c in lookup.dropFirst("govctl ".count) {
            if c == "'" {
                quoted.toggle()
            } else if c == " " && !quoted {
                words.append(word)
                word = ""
            } else {
                word.append(c)
            }
        }
        return words + [word]
    }

    static func of(_ id: String, now: [String]) throws -> ProcedureAnswers {
        let show = try json(["show", id] + now)
        let ids = Set((show["roles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        var roles: [String: Contacts] = [:]
        for system in (show["systems"] as? [[String: Any]] ?? []).compactMap({ $0["name"] as? String }) {
            for role in try json(["who-owns", system] + now)["roles"] as? [[String: Any]] ?? [] {
                guard let rid = role["id"] as? String, ids.contains(rid) else { continue }
                roles[rid] = contacts(role)
            }
        }
        try require(roles.count == ids.count, "\(id): who-owns gives \(roles.keys.sorted()) of \(ids.sorted())")
        var routes: [String: (role: (id: String, contacts: Contacts)?, contacts: [String])] = [:]
        for route in show["routes"] as? [[String: Any]] ?? [] {
            let rid = try require(route["id"] as? String)
            let lookup = try require(route["lookup"] as? String, "\(id): route \(rid) has no look-up")
            let found = try json(arguments(lookup) + now)["routes"] as? [[String: Any]] ?? []
            let entry = try require(found.first { $0["id"] as? String == rid }, "\(lookup) gives no \(rid)")
            let role = (entry["role"] as? [String: Any]).flatMap { r in (r["id"] as? String).map { ($0, contacts(r)) } }
            routes[rid] = (role, contacts(entry).values)
        }
        return ProcedureAnswers(roles: roles, routes: routes)
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The part of `page` from `start` to the end of its section.
    static func part(_ page: String, from start: String) -> String? {
        page.components(separatedBy: start).dropFirst().first?.components(separatedBy: "</section>").first
    }

    /// Where the page differs: a role's labelled values (its contacts, or the source's silence) other than
    /// who-owns's; a route whose role, the role's contacts under it, or the route's own contacts differ.
    static func problems(_ page: String, _ answer: ProcedureAnswers, _ universe: Universe) -> [String] {
        func anchor(_ id: String) -> String {
            String(id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        }
        func silent(_ text: String) -> Bool { FaceMatrixTests.silences.contains { text.contains($0) } }
        var problems: [String] = []
        for (id, expected) in answer.roles.sorted(by: { $0.key < $1.key }) {
            guard let part = part(page, from: "<h3 id=\"role-\(anchor(id))\">") else {
                problems.append("role \(id): no part")
                continue
            }
            // The role's labelled values: holders, members, meetings and its contacts (its duties are a list).
            let fields = unescape(
                part.components(separatedBy: "<dl>").dropFirst().first?.components(separatedBy: "</dl>").first ?? "")
            if universe.found(in: fields) != expected.values { problems.append("role \(id): \(fields)") }
            if silent(fields) == expected.stated { problems.append("role \(id): silence \(fields)") }
        }
        for (id, expected) in answer.routes.sorted(by: { $0.key < $1.key }) {
            guard let part = part(page, from: "<h3 id=\"route-\(anchor(id))\">") else {
                problems.append("route \(id): no part")
                continue
            }
            // The route's labelled values; its text, which may quote a number, is a paragraph.
            let fields = unescape(part.components(separatedBy: "<dl>").dropFirst().joined(separator: "<dl>"))
            var own = fields
            if let role = expected.role {
                let link = "<a href=\"#role-\(anchor(role.id))\">"
                guard
                    let under = fields.components(separatedBy: link).dropFirst().first?.components(separatedBy: "</dl>")
                        .first
                else {
                    problems.append("route \(id): no role \(role.id)")
                    continue
                }
                if universe.found(in: under) != role.contacts.values { problems.append("route \(id), role: \(under)") }
                if silent(under) == role.contacts.stated { problems.append("route \(id), role silence: \(under)") }
                own = own.replacingOccurrences(of: under, with: "")
            } else if fields.contains("#role-") {
                problems.append("route \(id): a role who-owns does not give")
            }
            if universe.found(in: own) != expected.contacts { problems.append("route \(id): \(own)") }
        }
        return problems
    }
}

enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
