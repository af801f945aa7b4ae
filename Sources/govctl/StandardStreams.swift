import Foundation

/// Writing to stdout and stderr without a trap: `FileHandle.write(_:)` traps when the reader has gone (EPIPE with
/// SIGPIPE ignored, as under Nagios when a check is cut off, or `govctl … | head -1`); the throwing
/// `write(contentsOf:)` reports it instead.
enum StandardStreams {
    /// Writes `text` whole; `false` when the stream could not take it.
    @discardableResult
    static func write(_ text: String, to handle: FileHandle) -> Bool {
        guard !text.isEmpty else { return true }
        do {
            try handle.write(contentsOf: Data(text.utf8))
            return true
        } catch {
            return false
        }
    }
}
