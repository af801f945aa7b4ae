import Foundation
import GovKit

#if canImport(Glibc)
    import Glibc
#endif

// Over a file-size limit (`ulimit -f`) a write fails with EFBIG instead of killing the process, so the writer cuts a
// record it could not finish back off (LockedFile.append) and says so, rather than leaving a torn record.
signal(SIGXFSZ, SIG_IGN)

if let problem = CommandLineBytes.problem() {
    StandardStreams.write(problem, to: .standardError)
    exit(ExitCode.usage)
}
let result = GovCtl.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
// A reader that went away before the result was written is an output error (EX_IOERR), never a crash.
// Prose on a terminal wraps to its width; in a pipe or a file, lines stay whole.
let stdout = result.wrappable ? Terminal.columns().map { TextWrap.wrap(result.stdout, width: $0) } : nil
let written = StandardStreams.write(stdout ?? result.stdout, to: .standardOutput)
StandardStreams.write(result.stderr, to: .standardError)
exit(written ? result.exitCode : ExitCode.outputError)
