import CLIKit
import TestSupport
import XCTest

/// How a program's `main` uses CLIKit, as govctl will: parse, then print help or run, and render errors itself
/// (a monitoring check renders a usage error as a Nagios UNKNOWN line, exit 3).
final class IntegrationExampleTests: XCTestCase {
    struct Output: Equatable {
        var stdout = ""
        var stderr = ""
        var exitCode: Int32 = 0
    }

    /// A `main` in miniature: the commands' work is replaced by a line naming what they would do.
    static func main(_ arguments: [String]) -> Output {
        do throws(CLIError) {
            switch try Parser(Fixture.program).parse(arguments) {
            case .help(let text), .version(let text), .completionScript(let text):
                return Output(stdout: text)
            case .complete(let kind):
                return Output(stdout: kind == "system" ? "CMS\nLVMS\nSesam LMN\n" : "")
            case .run(let parsed):
                let system = parsed.argument("SYSTEM") ?? parsed.argument("APPLICATION") ?? "-"
                return Output(stdout: "\(parsed.commandName) \(system) as \(parsed.string("format") ?? "-")\n")
            }
        } catch {
            if error.rawValue(of: "format") == "nagios" {
                let name = error.rawArguments.first?.uppercased() ?? "GOVCTL"
                return Output(stdout: "\(name) UNKNOWN - \(error.description)\n", exitCode: 3)
            }
            return Output(stderr: error.rendered(program: "govctl"), exitCode: error.exitCode)
        }
    }

    func testARightCommandLineRunsWithTypedValues() {
        expectEqual(
            Self.main(["reserve-status", "Sesam LMN", "--format", "nagios"]),
            Output(stdout: "reserve-status Sesam LMN as nagios\n"))
    }

    func testAUsageErrorIsOneLineOnStderrWithExit64() {
        expectEqual(
            Self.main(["list", "--now", "yesterday"]),
            Output(
                stderr:
                    "govctl: error: '--now yesterday' is not a time; write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z\n",
                exitCode: 64))
    }

    func testAUsageErrorOfAMonitoringCheckIsAnUnknownLineWithExit3() {
        expectEqual(
            Self.main(["reserve-status", "sesam-lmn", "--since", "noon", "--format", "nagios"]),
            Output(
                stdout:
                    "SESAM-LMN UNKNOWN - '--since noon' is not a time; write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z\n",
                exitCode: 3))
    }

    func testTheShellAsksForDynamicValues() {
        expectEqual(Self.main(["__complete", "system"]).stdout, "CMS\nLVMS\nSesam LMN\n")
    }
}
