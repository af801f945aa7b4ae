// swift-tools-version:6.0
import Foundation
import PackageDescription

// The outage state on PostgreSQL needs libpq's header (Debian: libpq-dev). Without it the package still builds, with
// only Swift installed: govctl then answers a postgresql:// state with "not supported by this build" (exit 69).
let libpq = FileManager.default.fileExists(atPath: "/usr/include/postgresql/libpq-fe.h")

let package = Package(
    name: "govctl",
    products: [
        .executable(name: "govctl", targets: ["govctl"]),
        .library(name: "GovKit", targets: ["GovKit"]),
        .library(name: "CLIKit", targets: ["CLIKit"]),
    ],
    targets: [
        // The library: JSON reading, the JSON Logic engine, procedure loading, evaluation, rendering.
        .target(name: "GovKit"),
        // A declarative command line: parsing, help, shell completion and the man page from one declaration.
        .target(name: "CLIKit"),
        // Turns procedures/*.json and schema/ into Swift source so the binary carries them.
        .executableTarget(name: "EmbedTool", path: "Sources/EmbedTool"),
        .plugin(name: "EmbedProcedures", capability: .buildTool(), dependencies: ["EmbedTool"]),
        // The thin command-line front end.
        .executableTarget(
            name: "govctl",
            dependencies: ["GovKit", "CLIKit"] + (libpq ? ["OutageStorePostgres"] : []),
            swiftSettings: libpq ? [.define("GOVCTL_POSTGRESQL")] : [],
            plugins: ["EmbedProcedures"]
        ),
        // Measuring tools for `make bench` (not installed).
        .executableTarget(name: "GovBench", dependencies: ["GovKit"]),
        .executableTarget(name: "BenchBaseline"),
        // What the test targets share: tools a test needs (SKIPPED where missing) and temporary directories.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "GovKitTests",
            dependencies: ["GovKit", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLIKitTests", dependencies: ["CLIKit", "TestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GovKit", "CLIKit", "govctl", "TestSupport"],
            exclude: ["Golden", "OutageLogs"]
        ),
    ] + postgresTargets
)

/// The PostgreSQL store (`OutageStorePostgres`) over libpq (`CLibPQ`, linking libpq.so), only where libpq-dev is.
var postgresTargets: [Target] {
    guard libpq else { return [] }
    return [
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .target(name: "OutageStorePostgres", dependencies: ["GovKit", "CLibPQ"]),
    ]
}
