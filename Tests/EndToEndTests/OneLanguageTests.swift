import Foundation
import TestSupport
import XCTest

/// Issue 25, "one language per run": every line of a result is in the run's language, which is `--lang`, else the
/// configuration's `lang`, else each procedure's source language; a procedure not written in the language asked
/// for speaks its source's, said once on stderr. Arguments that are not UTF-8 are refused.
final class OneLanguageTests: XCTestCase {
    static let sesam = ["reserve-status", "Sesam LMN", "--since", "2026-11-21T08:00", "--now", "2026-11-21T09:30"]

    func testNorwegianAskedOfASwedishProcedureGivesSwedishThroughoutAndSaysSo() throws {
        let r = try Binary.run(Self.sesam + ["--lang", "nb"])
        expectTrue(r.stdout.contains("Bedömning"))
        expectTrue(r.stdout.contains("källa:"))
        for norwegian in ["Vurdering", "kilde:", "rolle:", "Tidspunkt:", "ikke oppgitt i kilden", "Siden:"] {
            expectTrue(!r.stdout.contains(norwegian), "\(norwegian) in a Swedish run")
        }
        expectTrue(
            r.stderr.contains(
                "note: 'skane-sesam-lmn-reservrutin' är skriven på sv och en, inte nb; svaret är på sv"))
    }

    func testEveryFaceOfASwedishProcedureIsSwedishUnderLangNb() throws {
        for a0 in [
            ["budget", "webSesam", "--now", "2026-11-21T09:00"], ["who-owns", "Sesam LMN"], ["show", "vgr-websesam"],
            ["trace", "skane-sesam-lmn-reservrutin"],
        ] {
            try withCase("\(a0)") { try everyFaceOfASwedishProcedureIsSwedishUnderLangNb(a0) }
        }
    }

    func everyFaceOfASwedishProcedureIsSwedishUnderLangNb(_ command: [String]) throws {
        let r = try Binary.run(command + ["--lang", "nb"])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(!r.stdout.isEmpty)
        for norwegian in ["kilde:", "rolle:", "gyldig til", "ikke oppgitt i kilden", "utløpt"] {
            expectTrue(!r.stdout.contains(norwegian), "\(command[0]): \(norwegian) in a Swedish answer")
        }
        expectTrue(r.stderr.contains("är skriven på sv och en, inte nb"), "\(r.stderr)")
    }

    func testEnglishAskedIsEnglishThroughout() throws {
        let r = try Binary.run(Self.sesam + ["--lang", "en"])
        expectTrue(r.stdout.contains("Assessment"))
        for swedish in ["Bedömning", "källa:", "Tidpunkt:", "anges inte i källan", "Sedan:"] {
            expectTrue(!r.stdout.contains(swedish), "\(swedish) in an English run")
        }
        expectTrue(!r.stderr.contains("note:"))
    }

    func testAStateIsNeverShownByItsId() throws {
        let r = try Binary.run(Self.sesam)
        expectTrue(r.exitCode != 64, "\(r.stderr)")
        for id in ["no-outage", "reserve-active", "Läge:"] {
            expectTrue(!r.stdout.contains(id))
        }
    }

    func testTheConfigurationSetsTheLanguageAndTheCommandLineWins() throws {
        let directory = try TemporaryDirectory.make("lang")
        defer { TemporaryDirectory.remove(directory) }
        let config = directory.appending(path: "govctl.json")
        try #"{"lang": "en"}"#.write(to: config, atomically: true, encoding: .utf8)
        let configured = try Binary.run(Self.sesam, environment: ["GOVCTL_CONFIG": config.path])
        expectTrue(configured.stdout.contains("Assessment"))
        let asked = try Binary.run(Self.sesam + ["--lang", "sv"], environment: ["GOVCTL_CONFIG": config.path])
        expectTrue(asked.stdout.contains("Bedömning"))
        try #"{"lang": "no"}"#.write(to: config, atomically: true, encoding: .utf8)
        let wrong = try Binary.run(Self.sesam, environment: ["GOVCTL_CONFIG": config.path])
        expectEqual(wrong.exitCode, 65)
        expectTrue(wrong.stderr.contains("govctl.json:1:10"))
        expectTrue(wrong.stderr.contains("'lang' must be nb, sv or en, not 'no'"))
    }

    func testTheLocaleDoesNotChooseTheLanguage() throws {
        // A server's LANG is its installer's (en_US.UTF-8, C.UTF-8), not its reader's: a Norwegian case stays
        // Norwegian whatever the locale.
        for locale in ["en_US.UTF-8", "sv_SE.UTF-8", "C"] {
            let r = try Binary.run(
                ["report-urgent", "LVMS", "--now", "2026-11-21T03:00"], environment: ["LANG": locale, "LC_ALL": locale])
            expectTrue(r.stdout.contains("Vurdering"), "LANG=\(locale)")
        }
    }

    func testAnArgumentThatIsNotUTF8IsRefusedByPosition() throws {
        let r = try Binary.run(
            ["report-urgent", "LVMS", "--now", "2026-11-21T03:00"],
            launcher: ["/bin/sh", "-c", #"exec "$0" "$@" --department "$(printf 'Blodbanken \330')""#])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stdout.isEmpty)
        expectTrue(r.stderr.contains("argument 6 ('Blodbanken �') is not UTF-8 text"))
        expectTrue(r.stderr.contains("iconv -f latin1 -t utf-8"))
    }
}
