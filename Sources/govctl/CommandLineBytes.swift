import Foundation
import GovKit

/// The command line as the kernel passed it: Swift reads arguments that are not UTF-8 with U+FFFD in place of
/// the bytes it cannot decode, so that a Latin-1 `Blodbanken Ø` would reach a case text as `Blodbanken �`. govctl
/// refuses such an argument instead (exit 64), naming it.
enum CommandLineBytes {
    /// Why the command line cannot be used, for stderr; `nil` when every argument is UTF-8 (or the bytes cannot be
    /// read, as outside Linux, where Swift's reading stands).
    static func problem() -> String? {
        // Only an argument Swift read with U+FFFD in it can have held other bytes: no file is read at start-up else.
        guard CommandLine.arguments.dropFirst().contains(where: { $0.contains("\u{FFFD}") }),
            let data = FileManager.default.contents(atPath: "/proc/self/cmdline")
        else { return nil }
        let arguments = data.split(separator: 0, omittingEmptySubsequences: false).dropFirst()
        for (index, bytes) in arguments.enumerated() where String(validating: bytes, as: UTF8.self) == nil {
            let shown = String(decoding: bytes, as: UTF8.self)
            return ErrorRenderer.line(
                "argument \(index + 1) ('\(shown)') is not UTF-8 text: the bytes shown as � are another encoding, "
                    + "such as Latin-1",
                hint: "set the terminal to UTF-8 (e.g. LANG=nb_NO.UTF-8) and type it again, or convert the text "
                    + "with iconv -f latin1 -t utf-8")
        }
        return nil
    }
}
