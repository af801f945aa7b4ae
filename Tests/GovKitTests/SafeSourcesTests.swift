import Foundation
import TestSupport
import XCTest

/// Issue 11's rule, kept: no unsafe machinery, no traps on input paths, anywhere in Sources/ (the libFuzzer entry
/// point, whose C calling convention needs a pointer, lives in Fuzz/, outside it).
final class SafeSourcesTests: XCTestCase {
    static let forbidden = [
        "Unsafe", "withContiguousStorage", "unowned", "memcmp", "nonmutating", "@unchecked", "try!", "fatalError(",
    ]

    func testNoSwiftFileUnderSourcesUsesUnsafeCodeOrTraps() throws {
        let sources = Repository.url("Sources")
        let files = try require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var found: [String] = []
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            checked += 1
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for word in Self.forbidden where line.contains(word) {
                    found.append("\(file.lastPathComponent):\(number + 1): \(word)")
                }
            }
        }
        expectTrue(checked > 100, "the walk found the sources")
        expectEqual(found, [], "unsafe code or a trap in Sources/")
    }
}
