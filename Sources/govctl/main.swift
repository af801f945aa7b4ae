import Foundation
import GovKit

let result = GovCtl.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
// A reader that went away before the result was written is an output error (EX_IOERR), never a crash.
let written = StandardStreams.write(result.stdout, to: .standardOutput)
StandardStreams.write(result.stderr, to: .standardError)
exit(written ? result.exitCode : ExitCode.outputError)
