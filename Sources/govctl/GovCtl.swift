import Foundation
import GovKit

/// The entry point: parse, dispatch, map errors to exit codes. No command logic lives here.
enum GovCtl {
    static let version = "0.1.0"

    static func run(_ arguments: [String], environment: [String: String]) -> Output {
        do throws(GovError) {
            let parsed = try ArgumentParser.parse(arguments) { Commands.named($0)?.options }
            if parsed.has("version") {
                return Output(stdout: "govctl \(version)\nSwift \(swiftVersion), Foundation only\n")
            }
            guard let name = parsed.command else {
                if parsed.has("help") { return Output(stdout: Help.global()) }
                throw GovError(
                    .usage, "no command given", hint: "try 'govctl report-urgent LVMS', or see 'govctl --help'")
            }
            if name == "help" {
                guard let topic = parsed.positionals.first else { return Output(stdout: Help.global()) }
                guard let command = Commands.named(topic) else {
                    throw GovError.unknown("command", topic, among: Commands.all.map(\.name)).asUsage
                }
                return Output(stdout: Help.command(command))
            }
            guard let command = Commands.named(name) else {
                throw GovError.unknown("command", name, among: Commands.all.map(\.name)).asUsage
            }
            if parsed.has("help") { return Output(stdout: Help.command(command)) }
            let format = try OutputFormat.named(parsed.value("format"), command: name, accepted: command.formats)
            var language: Language?
            if let code = parsed.value("lang") {
                guard let l = Language(rawValue: code.lowercased()) else {
                    throw GovError(.usage, "unknown language '\(code)'", hint: "use nb, sv or en")
                }
                language = l
            }
            let context = Context(arguments: parsed, environment: environment, format: format, language: language)
            return try command.run(context)
        } catch {
            return Renderers.failure(error, arguments: arguments)
        }
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
