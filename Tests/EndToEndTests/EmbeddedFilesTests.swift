import Foundation
import TestSupport
import XCTest

/// The schema and procedures are built into the binary as string literals (`EmbedTool`); what the binary carries is
/// the files' bytes exactly, non-ASCII text (å, ø, “…”) included.
final class EmbeddedFilesTests: XCTestCase {
    func testTheSchemaTheBinaryPrintsIsTheFileByteForByte() throws {
        let printed = try Binary.run(["schema"])
        let file = try Data(contentsOf: Binary.root.appending(path: "schema/procedure.schema.json"))
        expectEqual(printed.exitCode, 0)
        expectEqual(Data(printed.stdout.utf8), file)
    }
}
