import Foundation
import TestSupport
import Testing

/// The schema and procedures are built into the binary as string literals (`EmbedTool`); what the binary carries is
/// the files' bytes exactly, non-ASCII text (å, ø, “…”) included.
struct EmbeddedFilesTests {
    @Test func theSchemaTheBinaryPrintsIsTheFileByteForByte() throws {
        let printed = try Binary.run(["schema"])
        let file = try Data(contentsOf: Binary.root.appending(path: "schema/procedure.schema.json"))
        expectEqual(printed.exitCode, 0)
        expectEqual(Data(printed.stdout.utf8), file)
    }
}
