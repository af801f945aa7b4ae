import Foundation
import Synchronization

/// The terminal a person answers at: standard input and output when both are terminals, else `/dev/tty` (as git,
/// ssh and sudo ask there), so that `report-urgent LVMS --format email | sendmail -t` still asks while the mail goes
/// down the pipe. It asks only when one of the standard streams is a terminal: a command whose streams are all
/// redirected is a script (a test, or cron, which has no terminal at all), and is never asked.
///
/// Reads answers a line at a time and knows a paste from typing: a terminal in bracketed-paste mode marks a paste
/// (`ESC[200~ … ESC[201~`); without that, lines already waiting when one has been read were pasted with it.
struct Terminal {
    private let input: Int32
    private let output: Int32
    /// Whether `input` and `output` are /dev/tty, opened here (closed by `close()`).
    private let opened: Bool
    private var buffer: [UInt8] = []

    /// The terminal to ask at, or `nil` when there is none (or `--no-input` says never to ask).
    static func open(noInput: Bool) -> Terminal? {
        if noInput { return nil }
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            return Terminal(input: STDIN_FILENO, output: STDOUT_FILENO, opened: false)
        }
        guard isatty(STDIN_FILENO) == 1 || isatty(STDOUT_FILENO) == 1 || isatty(STDERR_FILENO) == 1 else {
            return nil
        }
        let tty = Glibc.open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard tty >= 0 else { return nil }
        guard isatty(tty) == 1 else {
            Glibc.close(tty)
            return nil
        }
        return Terminal(input: tty, output: tty, opened: true)
    }

    /// The width of the terminal standard output is, or `nil` when it is not a terminal (or says no width).
    static func columns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private init(input: Int32, output: Int32, opened: Bool) {
        (self.input, self.output, self.opened) = (input, output, opened)
    }

    func close() {
        if opened { Glibc.close(input) }
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let rest = Array(bytes[written...])
            let n = Glibc.write(output, rest, rest.count)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }

    /// Asks the terminal to mark pastes (bracketed-paste mode), until `endPasteMode()`; a terminal that does not
    /// know the mode ignores it. Also remembered for the Ctrl-C handler, which turns the mode off before it exits.
    func startPasteMode() {
        write(Self.pasteModeOn)
        Self.pasteModeFD.store(output, ordering: .sequentiallyConsistent)
    }

    func endPasteMode() {
        Self.pasteModeFD.store(-1, ordering: .sequentiallyConsistent)
        write(Self.pasteModeOff)
    }

    static let pasteModeOn = "\u{1B}[?2004h"
    static let pasteModeOff = "\u{1B}[?2004l"
    /// The terminal in bracketed-paste mode, for the Ctrl-C handler (-1: none).
    static let pasteModeFD = Atomic<Int32>(-1)
    private static let pasteStart: [UInt8] = Array("\u{1B}[200~".utf8)
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// What a person gave for one question.
    enum Input: Equatable {
        /// One answer: a line, or for a multi-line question the lines up to an empty one, or one paste, joined by
        /// line breaks.
        case answer(String)
        /// A paste of several lines where one line was asked for; nothing of it is taken.
        case pastedLines(Int)
        /// More lines than the answer takes were pasted (after the empty line that ends a multi-line answer).
        case pastedAfter
        /// Bytes that are not UTF-8 (a Latin-1 terminal, say); nothing is taken.
        case notUTF8
        /// The end of input (Ctrl-D).
        case end
    }

    /// Reads one answer: one line, or with `multiline` the lines up to an empty one. A paste is read whole and never
    /// answers a later question.
    mutating func read(multiline: Bool) -> Input {
        guard var line = readLine() else { return .end }
        var lines: [[UInt8]]
        var bracketed = false
        if let start = Self.find(Self.pasteStart, in: line) {
            bracketed = true
            line.removeSubrange(start..<start + Self.pasteStart.count)
            lines = [line]
            while Self.find(Self.pasteEnd, in: lines[lines.count - 1]) == nil {
                guard let next = readLine() else { return .end }
                lines.append(next)
            }
            var last = lines.removeLast()
            if let end = Self.find(Self.pasteEnd, in: last) { last.removeSubrange(end..<end + Self.pasteEnd.count) }
            lines.append(last)
            while lines.count > 1, lines.last?.allSatisfy(Self.isBlank) == true { lines.removeLast() }
        } else {
            lines = [line]
        }
        if !multiline {
            if bracketed {
                if lines.count > 1 { return .pastedLines(lines.count) }
            } else if hasPending() {
                return .pastedLines(1 + drain())
            }
        } else if !bracketed {
            // Typed (or pasted without marks): lines until an empty one.
            while let last = lines.last, !last.allSatisfy(Self.isBlank) {
                guard let next = readLine() else { return .end }
                lines.append(next)
            }
            lines.removeLast()
            if hasPending() {
                _ = drain()
                return .pastedAfter
            }
        }
        guard let texts = Optional(lines.map { String(validating: $0, as: UTF8.self) }),
            texts.allSatisfy({ $0 != nil })
        else { return .notUTF8 }
        return .answer(texts.compactMap { $0 }.joined(separator: "\n"))
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// One line without its line break (and a carriage return before it); `nil` at the end of input.
    private mutating func readLine() -> [UInt8]? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = Glibc.read(input, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                // The end of input: a last line without a line break still counts (Ctrl-D after typing).
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return buffer
            }
            buffer += chunk[..<n]
        }
    }

    /// Whether more input is already waiting (a line of it, on a terminal in its usual line mode).
    private func hasPending() -> Bool {
        if buffer.contains(0x0A) { return true }
        var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0 && poller.revents & Int16(POLLIN) != 0
    }

    /// Reads and drops the lines already waiting; how many there were.
    private mutating func drain() -> Int {
        var count = 0
        while hasPending(), readLine() != nil { count += 1 }
        return count
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<i + needle.count].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
