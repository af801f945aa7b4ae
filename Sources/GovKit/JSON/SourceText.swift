import Synchronization

/// A source file's text, which turns byte offsets into `line:column` positions when a problem is reported.
package struct SourceText: Sendable {
    /// The path used in messages, as the user gave it.
    package let path: String
    package let bytes: [UInt8]
    /// Where the lines start, computed by the first `position(of:)` (most files have nothing to report).
    private let lines = LineTable.Cache()

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The 1-based line and column (counted in characters, not bytes) of a byte offset.
    /// The file is scanned once, at the first position asked for; each position is then a binary search, so a file
    /// with 100,000 problems takes no longer to report than to read.
    package func position(of offset: Int) -> SourcePosition {
        lines.table(bytes).position(of: offset, in: bytes)
    }
}

/// The byte offset where each line of a file starts, and how many characters (UTF-8 lead bytes) precede every
/// `block`-th byte, so a column is counted over at most `block` bytes even on a line megabytes long.
struct LineTable: Sendable {
    static let block = 256
    private(set) var starts: [Int] = [0]
    private(set) var charactersBefore: [Int] = [0]

    init(_ bytes: [UInt8]) {
        var characters = 0
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.block == 0, offset > 0 { charactersBefore.append(characters) }
            if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
            // Count UTF-8 lead bytes so a column is a character count, as editors show it.
            if byte & 0xC0 != 0x80 { characters += 1 }
        }
    }

    func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        // The last line start at or before `end`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= end { low = middle } else { high = middle - 1 }
        }
        let column = characters(before: end, in: bytes) - characters(before: starts[low], in: bytes) + 1
        return SourcePosition(line: low + 1, column: column)
    }

    /// The characters in `bytes[..<offset]`.
    private func characters(before offset: Int, in bytes: [UInt8]) -> Int {
        let block = min(offset / Self.block, charactersBefore.count - 1)
        var count = charactersBefore[block]
        for byte in bytes[(block * Self.block)..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Computes the table once, on first use, for a `SourceText` that is shared between threads.
    final class Cache: Sendable {
        private let stored = Mutex<LineTable?>(nil)

        func table(_ bytes: [UInt8]) -> LineTable {
            stored.withLock { table in
                if let table { return table }
                let made = LineTable(bytes)
                table = made
                return made
            }
        }
    }
}

/// A 1-based line and column in a source file.
package struct SourcePosition: Sendable, Equatable, Comparable, CustomStringConvertible {
    package let line: Int
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }

    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
