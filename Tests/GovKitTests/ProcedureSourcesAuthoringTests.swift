import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// `ProcedureSources`: the built-in procedures, then the configured directories, a later file replacing an earlier
/// procedure of the same id in its place.
final class ProcedureSourcesAuthoringTests: XCTestCase {
    static func file(_ path: String, id: String) -> ProcedureFile {
        ProcedureFile(path: path, bytes: Array(#"{ "schemaVersion": 1, "id": "\#(id)" }"#.utf8))
    }

    /// A new temporary directory holding `files` (name → id), which the test removes (`defer { Self.remove(site) }`).
    static func directory(_ files: [String: String]) throws -> String {
        let url = try TemporaryDirectory.make("sources")
        do {
            for (name, id) in files {
                try Data(#"{ "schemaVersion": 1, "id": "\#(id)" }"#.utf8).write(to: url.appending(path: name))
            }
        } catch {
            TemporaryDirectory.remove(url)
            throw error
        }
        return url.path
    }

    static func remove(_ path: String) { TemporaryDirectory.remove(URL(fileURLWithPath: path)) }

    static let builtIn = [file("procedures/a.json", id: "a"), file("procedures/b.json", id: "b")]

    func testADirectoryFileTakesThePlaceOfTheBuiltInProcedureWithItsIdAndANewIdComesLast() throws {
        let site = try Self.directory(["x.json": "b", "y.json": "c"])
        defer { Self.remove(site) }
        let sources = try ProcedureSources.combine(
            builtIn: Self.builtIn, directories: [ConfiguredDirectory(path: site, configFile: "/etc/govctl/govctl.json")]
        )
        expectEqual(sources.files.map(\.path), ["procedures/a.json", "\(site)/x.json", "\(site)/y.json"])
        expectEqual(sources.origins["procedures/a.json"], "built-in")
        expectEqual(sources.origins["\(site)/x.json"], "\(site)/x.json")
        expectEqual(sources.notes, ["\(site)/x.json replaces the built-in b"])
        expectEqual(sources.directories, [site])
    }

    func testALaterDirectoryReplacesAnEarlierOne() throws {
        let first = try Self.directory(["a.json": "a"])
        defer { Self.remove(first) }
        let second = try Self.directory(["z.json": "a"])
        defer { Self.remove(second) }
        let sources = try ProcedureSources.combine(
            builtIn: Self.builtIn,
            directories: [first, second].map { ConfiguredDirectory(path: $0, configFile: "c.json") })
        expectEqual(sources.files.map(\.path), ["\(second)/z.json", "procedures/b.json"])
        expectEqual(
            sources.notes,
            [
                "\(first)/a.json replaces the built-in a", "\(second)/z.json replaces \(first)/a.json",
            ])
    }

    func testOnlyThePackageDirectoryMayBeMissing() throws {
        let missing = ConfiguredDirectory(path: ProcedureSources.packageDirectory + "-not-here", configFile: "c.json")
        expectThrows(GovError.self) { try ProcedureSources.combine(builtIn: Self.builtIn, directories: [missing]) }
        if !FileManager.default.fileExists(atPath: ProcedureSources.packageDirectory) {
            let package = ConfiguredDirectory(path: ProcedureSources.packageDirectory, configFile: "c.json")
            try expectEqual(try ProcedureSources.combine(builtIn: Self.builtIn, directories: [package]).files.count, 2)
        }
    }

    func testAFileIsNotADirectory() throws {
        let site = try Self.directory(["x.json": "b"])
        defer { Self.remove(site) }
        let notDirectory = ConfiguredDirectory(path: "\(site)/x.json", configFile: "c.json", position: "3:5")
        do {
            _ = try ProcedureSources.combine(builtIn: Self.builtIn, directories: [notDirectory])
            reportFailure("no error")
        } catch {
            expectEqual(error.message, "c.json:3:5: the procedure directory '\(site)/x.json' is not a directory")
        }
    }

    func testTheIdIsReadWithoutDecodingAndNilForAFileThatIsNotAnObject() {
        expectEqual(ProcedureSources.procedureId(Self.file("p.json", id: "x-1")), "x-1")
        expectTrue(ProcedureSources.procedureId(ProcedureFile(path: "p.json", bytes: Array("[1]".utf8))) == nil)
        expectTrue(ProcedureSources.procedureId(ProcedureFile(path: "p.json", bytes: Array("{".utf8))) == nil)
    }
}
