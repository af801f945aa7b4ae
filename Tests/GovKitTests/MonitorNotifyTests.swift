import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The drop-in configuration directory (/etc/govctl/govctl.d): a site's settings in a file of their own, merged over
/// the package's file in the order of their names.
final class ConfigDropInTests: XCTestCase {
    /// An /etc/govctl of the test's own: the package's file and `dropIns` (name → text) in govctl.d.
    func etc(_ dropIns: [String: String], in directory: URL) throws -> String {
        let etc = directory.appending(path: "etc-govctl")
        try FileManager.default.createDirectory(at: etc.appending(path: "govctl.d"), withIntermediateDirectories: true)
        try
            #"{"state": "/var/lib/govctl/outages.jsonl", "procedures": ["/etc/govctl/procedures"], "mail": {"from": null, "to": []}}"#
            .write(to: etc.appending(path: "govctl.json"), atomically: true, encoding: .utf8)
        for (name, text) in dropIns {
            try text.write(to: etc.appending(path: "govctl.d/\(name)"), atomically: true, encoding: .utf8)
        }
        return etc.path
    }

    func testDropInsAreReadAfterThePackagesFileInTheOrderOfTheirNamesAndKeepItsProcedures() throws {
        let directory = try TemporaryDirectory.make("config-dropins")
        defer { TemporaryDirectory.remove(directory) }
        let etc = try etc(
            [
                "20-mail.json": #"{"mail": {"from": "govctl@example.org", "to": ["kundservice@example.org"]}}"#,
                "10-site.json": #"{"state": "/srv/govctl/outages.jsonl", "mail": {"from": "early@example.org"}}"#,
                ".#20-mail.json": "not json: an editor's lock file",
                "README": "not a drop-in",
            ], in: directory)
        let config = try Config.load(environment: ["HOME": "/nonexistent"], etc: etc)
        expectEqual(
            config.files, [etc + "/govctl.json", etc + "/govctl.d/10-site.json", etc + "/govctl.d/20-mail.json"])
        expectEqual(config.state, "/srv/govctl/outages.jsonl")
        expectEqual(config.mailFrom, "govctl@example.org")
        expectEqual(config.mailTo, ["kundservice@example.org"])
        expectEqual(config.procedureDirectories.map(\.path), ["/etc/govctl/procedures"])
    }

    func testADropInWithAnUnknownKeyIsAnErrorNamingItsFileLineAndColumn() throws {
        let directory = try TemporaryDirectory.make("config-dropins")
        defer { TemporaryDirectory.remove(directory) }
        let etc = try etc(["50-site.json": "{\n  \"stat\": \"/srv/x.jsonl\"\n}\n"], in: directory)
        do throws(GovError) {
            _ = try Config.load(environment: ["HOME": "/nonexistent"], etc: etc)
            reportFailure("an unknown key in a drop-in was accepted")
        } catch {
            expectEqual(error.message, "\(etc)/govctl.d/50-site.json:2:3: unknown key 'stat'")
            expectEqual(error.hint?.contains("did you mean 'state'?"), true)
        }
    }

    func testADropInPathThatIsNotADirectoryIsAnErrorNotSkipped() throws {
        let directory = try TemporaryDirectory.make("config-dropins")
        defer { TemporaryDirectory.remove(directory) }
        let etc = try etc([:], in: directory)
        try FileManager.default.removeItem(atPath: etc + "/govctl.d")
        try "{}".write(toFile: etc + "/govctl.d", atomically: true, encoding: .utf8)
        expectThrows(GovError.self) { try Config.load(environment: ["HOME": "/nonexistent"], etc: etc) }
    }

    func testNoDropInDirectoryMeansThePackagesFileAlone() throws {
        let directory = try TemporaryDirectory.make("config-dropins")
        defer { TemporaryDirectory.remove(directory) }
        let etc = try etc([:], in: directory)
        try FileManager.default.removeItem(atPath: etc + "/govctl.d")
        try expectEqual(try Config.load(environment: ["HOME": "/nonexistent"], etc: etc).files, [etc + "/govctl.json"])
    }
}

/// `"notify"`: the monitoring systems `outage` tells at once, and what it says when it cannot.
final class MonitorNotifyTests: XCTestCase {
    func config(_ text: String) throws(GovError) -> Config {
        var config = Config()
        try config.merge(SourceText(path: "c.json", bytes: Array(text.utf8)))
        return config
    }

    func testTheREADMEsNotifySettingsRead() throws {
        let config = try config(
            #"""
            {"notify": {
              "nagios": {"commandFile": "/var/lib/nagios4/rw/nagios.cmd",
                         "services": {"sesam-lmn": {"host": "localhost", "service": "Sesam LMN reserve routine"}}},
              "icinga": {"api": "https://localhost:5665", "credentials": "/etc/govctl/icinga-api.json",
                         "ca": "/etc/govctl/icinga-ca.crt"}}}
            """#)
        expectEqual(config.notify.nagios?.commandFile, "/var/lib/nagios4/rw/nagios.cmd")
        expectEqual(
            config.notify.nagios?.services["sesam-lmn"],
            MonitorNotify.NagiosService(host: "localhost", service: "Sesam LMN reserve routine"))
        expectEqual(
            config.notify.icinga,
            MonitorNotify.Icinga(
                api: "https://localhost:5665", credentials: "/etc/govctl/icinga-api.json",
                ca: "/etc/govctl/icinga-ca.crt"))
    }

    func testWrongNotifySettingsAreErrorsWithTheirPosition() {
        func message(_ text: String) -> String? {
            do throws(GovError) {
                _ = try config(text)
                return nil
            } catch {
                return error.message
            }
        }
        expectEqual(message(#"{"notify": {"nagois": {}}}"#), "c.json:1:13: unknown key 'notify.nagois'")
        expectEqual(
            message(#"{"notify": {"nagios": {"commandFile": "nagios.cmd"}}}"#),
            "c.json:1:39: 'notify.nagios.commandFile' must be an absolute path")
        expectEqual(
            message(#"{"notify": {"icinga": {"api": "http://localhost:5665", "credentials": "/etc/c.json"}}}"#),
            "c.json:1:31: 'notify.icinga.api' must be an https:// URL")
        expectEqual(
            message(#"{"notify": {"icinga": {"api": "https://localhost:5665"}}}"#),
            "c.json:1:23: 'notify.icinga' needs 'credentials'")
        expectEqual(
            message(
                #"{"notify": {"nagios": {"commandFile": "/x", "services": {"a": {"host": "h;x", "service": "s"}}}}}"#),
            "c.json:1:63: 'notify.nagios.services.a': a Nagios name cannot hold ';'")
    }

    func testNagiosGetsOneForcedCheckOfTheSystemsServiceThroughItsCommandFile() throws {
        let directory = try TemporaryDirectory.make("notify-nagios")
        defer { TemporaryDirectory.remove(directory) }
        let fifo = directory.appending(path: "nagios.cmd").path
        expectEqual(mkfifo(fifo, 0o660), 0)
        let nagios = MonitorNotify.Nagios(
            commandFile: fifo,
            services: [
                "sesam-lmn": MonitorNotify.NagiosService(host: "localhost", service: "Sesam LMN reserve routine")
            ])
        // Nothing reads it: Nagios is not running, said at once (no hang).
        expectEqual(
            MonitorNotify.tellNagios(nagios, system: "sesam-lmn", now: Date(timeIntervalSince1970: 1_795_258_800)),
            "Nagios is not running (nothing reads its command file '\(fifo)')")
        // Nagios reads it.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        expectTrue(reader >= 0)
        defer { close(reader) }
        expectTrue(
            MonitorNotify.tellNagios(nagios, system: "sesam-lmn", now: Date(timeIntervalSince1970: 1_795_258_800))
                == nil)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(reader, &buffer, buffer.count)
        expectEqual(
            String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self),
            "[1795258800] SCHEDULE_FORCED_SVC_CHECK;localhost;Sesam LMN reserve routine;1795258800\n")
        // A system without a service, and a command file that is no FIFO.
        expectEqual(
            MonitorNotify.tellNagios(nagios, system: "lvms", now: Date()),
            "no service is configured for it (notify.nagios.services.lvms in the configuration)")
        let plain = directory.appending(path: "plain").path
        expectTrue(FileManager.default.createFile(atPath: plain, contents: nil))
        var notFIFO = nagios
        notFIFO.commandFile = plain
        expectEqual(
            MonitorNotify.tellNagios(notFIFO, system: "sesam-lmn", now: Date()),
            "'\(plain)' is not Nagios's command file (not a FIFO); check command_file in nagios.cfg")
    }

    func testIcingaCredentialsThatCannotBeReadAreNamed() throws {
        let directory = try TemporaryDirectory.make("notify-icinga")
        defer { TemporaryDirectory.remove(directory) }
        let missing = directory.appending(path: "icinga-api.json").path
        let icinga = MonitorNotify.Icinga(api: "https://localhost:1", credentials: missing, ca: nil)
        expectTrue(
            MonitorNotify.tellIcinga(icinga, system: "sesam-lmn", environment: [:])?
                .hasPrefix("cannot read its credentials file '\(missing)'") == true)
        try #"{"user": "govctl"}"#.write(toFile: missing, atomically: true, encoding: .utf8)
        expectEqual(
            MonitorNotify.tellIcinga(icinga, system: "sesam-lmn", environment: [:]),
            "\(missing): the credentials need \"user\" and \"password\"")
    }

    func testCurlConfigurationValuesAreQuotedAndJSONIsEscaped() {
        expectEqual(MonitorNotify.curlQuoted(#"govctl:pa"ss\word"#), #""govctl:pa\"ss\\word""#)
        expectEqual(MonitorNotify.jsonString("a\"b\u{1}"), #""a\"b\u0001""#)
    }
}
