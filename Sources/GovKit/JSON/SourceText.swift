/// A source file's text, which turns byte offsets into `line:column` positions when a problem is reported.
package struct SourceText: Sendable {
    /// The path used in messages, as the user gave it.
    package let path: String
    package let bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The 1-based line and column (counted in characters, not bytes) of a byte offset.
    /// Computed on demand by one scan: positions are needed only for the few offsets that have a problem.
    package func position(of offset: Int) -> SourcePosition {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Count UTF-8 lead bytes so a column is a character count, as editors show it.
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
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
