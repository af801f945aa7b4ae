import Foundation
import TestSupport
import XCTest

/// Issue 27, "links": `fmt` on a symbolic link formats the link's target and keeps the target's mode (the link stays
/// a link), and no command makes a procedure file, a page or a directory writable by others, not even under
/// `umask 000` (`fmt`, `new --output` and `site` each did: 0777 from a link's mode, 0666 and 0777 from the umask).
final class FileModeTests: XCTestCase {
    static let umask000 = ["/bin/sh", "-c", "umask 000; exec \"$@\"", "sh"]

    static func mode(_ path: String) throws -> Int {
        try require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// A bundled procedure written on one line (valid JSON, not in the house layout).
    static func unformatted(to path: String) throws {
        let bytes = try Data(contentsOf: Binary.root.appending(path: "procedures/siv-cms.json"))
        let value = try JSONSerialization.jsonObject(with: bytes)
        try JSONSerialization.data(withJSONObject: value).write(to: URL(fileURLWithPath: path))
    }

    func testFmtOnALinkFormatsItsTargetKeepsItsModeAndLeavesTheLinkALink() throws {
        let directory = try TemporaryDirectory.make("fmt-link")
        defer { TemporaryDirectory.remove(directory) }
        let repository = directory.appending(path: "repo").path
        let etc = directory.appending(path: "etc").path
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: etc, withIntermediateDirectories: true)
        let target = repository + "/siv-cms.json"
        try Self.unformatted(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        let link = etc + "/siv-cms.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../repo/siv-cms.json")

        let r = try Binary.run(["fmt", link], launcher: Self.umask000)
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(Self.isLink(link), "the link was replaced by a file")
        try expectEqual(try Self.mode(target), 0o640)
        let check = try Binary.run(["fmt", "--check", target])
        expectEqual(check.exitCode, 0, "the repository's file was left unformatted: \(check.stdout)")
    }

    func testFmtKeepsAFilesModeButNeverOthersWrite() throws {
        let directory = try TemporaryDirectory.make("fmt-mode")
        defer { TemporaryDirectory.remove(directory) }
        for (given, kept) in [(0o600, 0o600), (0o664, 0o664), (0o666, 0o664)] {
            let file = directory.appending(path: "p\(String(given, radix: 8)).json").path
            try Self.unformatted(to: file)
            try FileManager.default.setAttributes([.posixPermissions: given], ofItemAtPath: file)
            let r = try Binary.run(["fmt", file], launcher: Self.umask000)
            expectEqual(r.exitCode, 0, "\(r.stderr)")
            try expectEqual(try Self.mode(file), kept, "mode \(String(given, radix: 8))")
        }
    }

    func testNewAndSiteUnderUmask000MakeNothingWritableByOthers() throws {
        let directory = try TemporaryDirectory.make("umask")
        defer { TemporaryDirectory.remove(directory) }
        let new = directory.appending(path: "new.json").path
        let site = directory.appending(path: "site").path
        try expectEqual(
            try Binary.run(["new", "x", "--lang", "nb", "--output", new], launcher: Self.umask000).exitCode, 0)
        try expectEqual(try Binary.run(["site", site], launcher: Self.umask000).exitCode, 0)
        var paths = [new, site]
        for name in try FileManager.default.contentsOfDirectory(atPath: site) { paths.append(site + "/" + name) }
        expectTrue(paths.count > 20)
        for path in paths {
            try expectEqual(try Self.mode(path) & 0o002, 0, "\(path) is writable by others")
        }
    }

    func testNewRefusesToWriteThroughALinkEvenOneToNowhere() throws {
        let directory = try TemporaryDirectory.make("new-link")
        defer { TemporaryDirectory.remove(directory) }
        let link = directory.appending(path: "x.json").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: directory.path + "/elsewhere.json")
        let r = try Binary.run(["new", "x", "--lang", "nb", "--output", link])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("is a symbolic link"), "\(r.stderr)")
        expectTrue(!FileManager.default.fileExists(atPath: directory.path + "/elsewhere.json"))
    }
}
