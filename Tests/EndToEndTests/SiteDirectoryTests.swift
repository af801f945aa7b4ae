import Foundation
import TestSupport
import XCTest

/// Issue 27, "`site DIR` leaves stale pages": a smaller site written over a larger one left the old pages served,
/// with their old phone numbers; a directory that was not a site was filled without a word, and a DIR that is a link
/// was followed. The site's directory is now govctl's own, marked by `.govctl-site`.
final class SiteDirectoryTests: XCTestCase {
    static func names(_ directory: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: directory))
    }

    func testASmallerSiteRemovesThePagesNoLongerPartOfIt() throws {
        let directory = try TemporaryDirectory.make("site-stale")
        defer { TemporaryDirectory.remove(directory) }
        let site = directory.appending(path: "site").path
        let one = directory.appending(path: "one").path
        try FileManager.default.createDirectory(atPath: one, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Binary.root.appending(path: "procedures/siv-cms.json").path, toPath: one + "/siv-cms.json")

        try expectEqual(try Binary.run(["site", site]).exitCode, 0)
        try expectTrue(try Self.names(site).contains("guide-sesam-lmn-reservrutin.html"))
        let second = try Binary.run(["site", site, "--procedures", one])
        expectEqual(second.exitCode, 0, "\(second.stderr)")
        let written = Set(second.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent })
        try expectEqual(try Self.names(site), written.union([".govctl-site"]))
        try expectTrue(!(try Self.names(site)).contains("guide-sesam-lmn-reservrutin.html"))
    }

    /// A site written before the marker existed (only govctl's pages) is taken as the site, so a cron job that
    /// writes it keeps working after an upgrade; one file that is not govctl's page makes it someone else's.
    func testASiteWrittenBeforeTheMarkerIsTakenAndAForeignFileStillRefusesIt() throws {
        let directory = try TemporaryDirectory.make("site-old")
        defer { TemporaryDirectory.remove(directory) }
        let site = directory.appending(path: "site").path
        try expectEqual(try Binary.run(["site", site]).exitCode, 0)
        try FileManager.default.removeItem(atPath: site + "/.govctl-site")
        // An older run's page that the new site no longer has (govctl's own: a copy of a page).
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        try Data(index.utf8).write(to: URL(fileURLWithPath: site + "/guide-gone.html"))
        let pages = try Self.names(site)
        let again = try Binary.run(["site", site])
        expectEqual(again.exitCode, 0, "\(again.stderr)")
        try expectEqual(try Self.names(site), pages.subtracting(["guide-gone.html"]).union([".govctl-site"]))

        try FileManager.default.removeItem(atPath: site + "/.govctl-site")
        try Data("<html>mine</html>".utf8).write(to: URL(fileURLWithPath: site + "/mine.html"))
        let refused = try Binary.run(["site", site])
        expectEqual(refused.exitCode, 64)
        expectTrue(refused.stderr.contains("is not a govctl site"), "\(refused.stderr)")
        expectTrue(FileManager.default.fileExists(atPath: site + "/mine.html"))
    }

    func testASiteKeepsFilesItDidNotWrite() throws {
        let directory = try TemporaryDirectory.make("site-keep")
        defer { TemporaryDirectory.remove(directory) }
        let site = directory.appending(path: "site").path
        try expectEqual(try Binary.run(["site", site]).exitCode, 0)
        try Data("User-agent: *\n".utf8).write(to: URL(fileURLWithPath: site + "/robots.txt"))
        try expectEqual(try Binary.run(["site", site]).exitCode, 0)
        expectTrue(FileManager.default.fileExists(atPath: site + "/robots.txt"))
    }

    func testADirectoryThatHoldsFilesAndIsNotASiteIsRefused() throws {
        let directory = try TemporaryDirectory.make("site-foreign")
        defer { TemporaryDirectory.remove(directory) }
        try Data("mine".utf8).write(to: directory.appending(path: "notes.txt"))
        let r = try Binary.run(["site", directory.path])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("is not a govctl site"), "\(r.stderr)")
        try expectEqual(try Self.names(directory.path), ["notes.txt"])
    }

    func testADirectoryThatIsALinkIsRefused() throws {
        let directory = try TemporaryDirectory.make("site-link")
        defer { TemporaryDirectory.remove(directory) }
        let real = directory.appending(path: "real").path
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        let link = directory.appending(path: "link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let r = try Binary.run(["site", link])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("is a symbolic link"), "\(r.stderr)")
        try expectTrue(try Self.names(real).isEmpty)
    }
}
