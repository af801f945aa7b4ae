import Foundation
import GovKit
import TestSupport
import XCTest

/// Issue 28: the `state` setting names a file or a PostgreSQL database, and a password never shows in what govctl
/// prints.
final class OutageStateTests: XCTestCase {
    func testAURIIsADatabaseAndAPathIsAFile() throws {
        expectTrue(OutageState.isDatabase("postgresql://db.example.org/govctl"))
        expectTrue(OutageState.isDatabase("postgres://db.example.org/govctl"))
        expectTrue(!OutageState.isDatabase("/var/lib/govctl/outages.jsonl"))
        var config = Config()
        config.state = "/var/lib/govctl/outages.jsonl"
        guard
            case .file(let log) = try OutageState.resolve(
                explicit: nil, environment: [:], config: config, directory: "/")
        else {
            reportFailure("a path is a file")
            return
        }
        expectEqual(log.path, "/var/lib/govctl/outages.jsonl")
        guard
            case .database(let database) = try OutageState.resolve(
                explicit: nil, environment: ["GOVCTL_STATE": "postgresql://a:secret@h/govctl"], config: config,
                directory: "/")
        else {
            reportFailure("GOVCTL_STATE names a database")
            return
        }
        expectEqual(database.display, "postgresql://a@h/govctl")
        expectEqual(database.uri, "postgresql://a:secret@h/govctl")
    }

    func testThePasswordIsLeftOutOfWhatIsShown() {
        expectEqual(
            OutageState.withoutPassword("postgresql://kari:hemlig@db:5432/govctl"), "postgresql://kari@db:5432/govctl"
        )
        expectEqual(
            OutageState.withoutPassword("postgresql://kari@db/govctl?sslmode=require&password=hemlig"),
            "postgresql://kari@db/govctl?sslmode=require")
        expectEqual(OutageState.withoutPassword("postgresql://db/govctl?PASSWORD=x"), "postgresql://db/govctl")
        expectEqual(OutageState.withoutPassword("postgresql:///?service=govctl"), "postgresql:///?service=govctl")
    }

    func testAPasswordOnTheCommandLineIsRefused() {
        expectThrows(GovError.self) {
            try OutageState.resolve(
                explicit: "postgresql://kari:hemlig@db/govctl", environment: [:], config: Config(), directory: "/")
        }
    }
}
