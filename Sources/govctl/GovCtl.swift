import CLIKit
import Foundation
import GovKit

/// The entry point: parse against the declarations, dispatch, turn errors into output and exit codes.
/// No command logic lives here.
enum GovCtl {
    static let version = "0.1.0"
    /// The commands whose text answer is prose a terminal wraps (`Output.wrappable`); lists, tables and files are not.
    static let prose: Set<String> = ["report-urgent", "guide", "reserve-status", "who-owns", "budget", "show", "trace"]

    static func run(_ arguments: [String], environment: [String: String]) -> Output {
        let invocation: Invocation
        do throws(CLIError) {
            // A name that lost its quotes is suggested only when the procedures know it.
            var declared = program
            declared.candidates = { kind in
                DynamicCompletions.candidates(kind, environment: environment).split(separator: "\n").map(String.init)
            }
            invocation = try Parser(declared).parse(arguments)
        } catch {
            return Failure.usage(error, environment: environment)
        }
        switch invocation {
        case .help(let text), .completionScript(let text):
            return Output(stdout: text)
        case .version:
            return Output(stdout: versionText())
        case .complete(let kind):
            return Output(stdout: DynamicCompletions.candidates(kind, environment: environment))
        case .run(let parsed):
            let format = parsed.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .standard
            let asked = parsed.value("lang").flatMap(Language.init(rawValue:))
            // Read once for the whole run; an error in it is reported by the command that uses it.
            let configuration = Result { () throws(GovError) in try Config.load(environment: environment) }
            let language = asked ?? (try? configuration.get())?.lang
            let clock: Clock
            do throws(GovError) {
                let now = parsed.value("now")
                clock = try Clock(
                    now: now,
                    otherwise: GovError(
                        .usage, "'--now \(now ?? "")' is not a time",
                        hint: "write a time, \(TimeInput.forms)"))
            } catch {
                let context = Context(
                    arguments: parsed, environment: environment, format: format, language: language,
                    clock: .system())
                return Failure.run(error, context)
            }
            let context = Context(
                arguments: parsed, environment: environment, format: format, language: language, clock: clock,
                askedLanguage: asked, configuration: configuration)
            guard let command = Command.at(parsed.path, in: Commands.all) else {
                return Failure.run(
                    GovError(.internal, "no command '\(parsed.commandName)'", hint: "report this"), context)
            }
            do throws(GovError) {
                var output = try command.run(context)
                output.wrappable = format == .text && Self.prose.contains(parsed.path.first ?? "")
                return output
            } catch {
                return Failure.run(error, context)
            }
        }
    }

    /// `govctl --version`: the version, the commit (embedded at build time) and the built-in procedure set.
    static func versionText() -> String {
        let files = (try? Bundled.procedures()) ?? []
        return VersionText.text(
            program: "govctl", version: version, commit: EmbeddedFiles.commit, toolchain: swiftVersion,
            postgreSQL: OutageStoreChoice.hasPostgreSQL,
            procedures: ProcedureLoader.load(files, clock: .system(), checks: .run).procedures, files: files.count)
    }

    static var swiftVersion: String {
        #if swift(>=6.3)
            return "6.3"
        #else
            return "6"
        #endif
    }
}

extension GovError {
    /// The same error reported as a usage error (exit 64): an unknown command is a mistyped command line.
    var asUsage: GovError { GovError(.usage, message, hint: hint) }
}
