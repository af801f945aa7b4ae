import Foundation
import TestSupport
import XCTest

/// Issue 27, "an address list loses recipients": `--to 'A <a@x>, B <b@y>'` was one address whose display name held
/// the other, so `sendmail -t` delivered to one while the header showed both. One address per `--to`: a display name
/// that holds `<`, `>`, `@`, `,` or `;` unquoted is refused with the hint to repeat `--to`; and what a mail reader
/// parses from the headers is exactly the recipients given.
final class AddressListTests: XCTestCase {
    static let reserveStatus = [
        "reserve-status", "sesam-lmn", "--since", "2026-11-21T08:00", "--now", "2026-11-21T09:00", "--format", "email",
        "--from", "vakt@example.org",
    ]
    static let reportUrgent = [
        "report-urgent", "LVMS", "--no-input", "--allow-missing", "--format", "email", "--from", "vakt@example.org",
    ]

    static let lists = [
        "Kundeservice <ks@example.org>, Leder <leder@example.no>", "Kari <a@b.c>; Ola <d@e.f>",
        "Kari a@b.c <d@e.f>", "Kari > Ola <d@e.f>",
    ]

    func testAListInOneToIsRefusedWithTheHintToRepeatTo() throws {
        forEachCase(Self.lists) { a0 in
            try Self.aListInOneToIsRefusedWithTheHintToRepeatTo(a0)
        }
    }

    static func aListInOneToIsRefusedWithTheHintToRepeatTo(_ list: String) throws {
        for command in [Self.reserveStatus, Self.reportUrgent] {
            let r = try Binary.run(command + ["--to", list])
            expectEqual(r.exitCode, 64, "\(command[0]): \(r.stderr)")
            expectTrue(r.stderr.contains("holds more than one address"), "\(r.stderr)")
            expectTrue(r.stderr.contains("repeat --to"), "\(r.stderr)")
            expectTrue(r.stdout.isEmpty)
        }
    }

    /// The configuration's `mail.to` meets the same rule: each entry is one address.
    func testAListInOneEntryOfMailToIsRefused() throws {
        let directory = try TemporaryDirectory.make("mail-to")
        defer { TemporaryDirectory.remove(directory) }
        let file = directory.appending(path: "govctl.json")
        try Data(#"{"mail": {"to": ["Kundeservice <ks@example.org>, Leder <leder@example.no>"]}}"#.utf8).write(to: file)
        let r = try Binary.run(Self.reserveStatus, environment: ["GOVCTL_CONFIG": file.path])
        expectEqual(r.exitCode, 64, "\(r.stderr)")
        expectTrue(r.stderr.contains("holds more than one address"), "\(r.stderr)")
        expectTrue(r.stderr.contains("its own entry of mail.to"), "\(r.stderr)")
        expectTrue(!r.stdout.contains("To:"))
    }

    func testTheRecipientsAMailReaderParsesAreTheRecipientsGiven() throws {
        guard let python = ToolRequirement.python(importing: ["email.utils"], for: "parsing To: with getaddresses")
        else { return }
        let given: [(name: String, address: String)] = [
            ("Nordmann, Kari", "kari@example.org"), ("Ola", "ola@example.org"), ("", "plain@example.org"),
            ("Åse Øvrebø; vakt", "ase@example.no"), ("Per \"P\" Hansen", "per@example.org"),
        ]
        let arguments = given.flatMap { entry -> [String] in
            let quoted = "\"" + entry.name.replacingOccurrences(of: "\"", with: "\\\"") + "\""
            return ["--to", entry.name.isEmpty ? entry.address : "\(quoted) <\(entry.address)>"]
        }
        for command in [Self.reserveStatus, Self.reportUrgent] {
            let r = try Binary.run(command + arguments)
            expectTrue([0, 1, 2].contains(r.exitCode), "\(command[0]): \(r.stderr)")
            let script = """
                import email, email.header, email.utils, json, sys
                message = email.message_from_string(sys.stdin.read())
                pairs = email.utils.getaddresses(message.get_all("To", []))
                print(json.dumps([[str(email.header.make_header(email.header.decode_header(n))), a] for n, a in pairs]))
                """
            let parsed = try Self.run(python, ["-c", script], stdin: r.stdout)
            let pairs = try require(try JSONSerialization.jsonObject(with: Data(parsed.utf8)) as? [[String]])
            expectEqual(pairs.map { $0[1] }, given.map(\.address), "\(command[0]): \(pairs)")
            expectEqual(pairs.map { $0[0] }, given.map(\.name), "\(command[0]): \(pairs)")
        }
    }

    static func run(_ tool: String, _ arguments: [String], stdin: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitForExit()
        return String(decoding: data, as: UTF8.self)
    }
}
