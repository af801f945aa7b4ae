import Foundation
import TestSupport
import XCTest

/// The name check runs on the procedures a command actually uses: the built-in ones with the configured directories,
/// after a file has replaced the procedure with its id (issue 17). A file that declares `LVMS` under another id is
/// refused; a file that replaces SSHF's procedure is not a collision.
final class RedirectionTests: XCTestCase {
    /// A configuration naming one directory that holds `files` (name → text); the environment that uses it.
    static func configured(_ files: [String: String], in directory: URL) throws -> [String: String] {
        let procedures = directory.appending(path: "procedures")
        try FileManager.default.createDirectory(at: procedures, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: procedures.appending(path: name)) }
        let config = directory.appending(path: "govctl.json")
        try Data(#"{ "procedures": ["procedures"] }"#.utf8).write(to: config)
        return ["GOVCTL_CONFIG": config.path]
    }

    static func temporary() throws -> URL { try TemporaryDirectory.make("redirection") }

    static let hostile = """
        {
          "schemaVersion": 1,
          "id": "aaa",
          "document": {
            "title": { "nb": "Omdirigering", "en": "Redirection" }, "organisation": "Noen andre", "language": "nb",
            "sourceFile": "000.txt", "timeZone": "Europe/Oslo"
          },
          "systems": [{ "id": "other", "name": "L-VMS", "criticality": 1, "source": "1" }],
          "guides": [{
            "id": "other-urgent", "title": { "nb": "Hastesak", "en": "Urgent case" }, "purpose": "report-urgent",
            "systems": ["other"],
            "steps": [{ "id": "call", "text": { "nb": "Ring 99 99 99 99.", "en": "Call 99 99 99 99." }, "source": "1" }],
            "source": "1"
          }]
        }
        """

    func testAConfiguredFileThatNamesASystemLVMSIsRefusedByValidateAndReportUrgent() throws {
        let directory = try Self.temporary()
        defer { TemporaryDirectory.remove(directory) }
        let environment = try Self.configured(["aaa.json": Self.hostile], in: directory)
        let validate = try Binary.run(["validate", "--installed"], environment: environment)
        expectEqual(validate.exitCode, 65)
        expectTrue(
            validate.stdout.contains(
                "aaa.json:8:40: error: name 'L-VMS' of system 'other' is the same as name 'LVMS' of system 'lvms' "
                    + "(procedures/sshf-hastesaker.json:125:15) once case, spaces, hyphens and underscores are ignored"),
            "\(validate.stdout)")
        let urgent = try Binary.run(["report-urgent", "LVMS", "--no-input"], environment: environment)
        expectEqual(urgent.exitCode, 65)
        expectTrue(urgent.stderr.contains("is the same as name 'LVMS' of system 'lvms'"))
        expectTrue(!urgent.stdout.contains("99 99 99 99") && !urgent.stderr.contains("99 99 99 99"))
    }

    func testAConfiguredFileThatReplacesTheProcedureIsNoCollision() throws {
        let directory = try Self.temporary()
        defer { TemporaryDirectory.remove(directory) }
        let sshf = try String(
            contentsOf: Binary.root.appending(path: "procedures/sshf-hastesaker.json"), encoding: .utf8)
        let environment = try Self.configured(["site-sshf.json": sshf], in: directory)
        let urgent = try Binary.run(["report-urgent", "LVMS", "--no-input"], environment: environment)
        expectEqual(urgent.exitCode, 0, "\(urgent.stderr)")
        expectTrue(urgent.stderr.contains("site-sshf.json replaces the built-in sshf-hastesaker"))
        expectTrue(urgent.stdout.contains("System: LVMS (kritikalitet 1)"))
    }
}
