import CLIKit
import GovKit
import TestSupport
import XCTest

@testable import govctl

/// A command declared the way commands were before CLIKit (`OptionSpec`, `formats:`, `examples:`) still compiles and
/// becomes a CLIKit declaration, so branches written against the old parser merge with small changes.
final class OldStyleDeclarationTests: XCTestCase {
    static let oldStyle = govctl.Command(
        name: "hospital-site", summary: "a site's systems",
        description: "Lists a site's systems.",
        arguments: [Argument("SITE", help: "the site")],
        options: [
            OptionSpec(name: "state", value: "FILE", help: "the outage log"),
            OptionSpec(name: "open", value: nil, help: "only open ones"),
            OptionSpec(name: "to", value: "ADDRESS", help: "recipient", repeatable: true),
        ],
        formats: [.text, .json, .markdown],
        examples: ["govctl hospital-site Kristiansand"]
    ) { context throws(GovError) in
        let open = context.arguments.has("open") ? " open" : ""
        return Output(stdout: "\(context.argument("SITE") ?? "")\(open) \(context.arguments.all("to"))\n")
    }

    func testAnOptionSpecIsAValueOrAFlag() {
        let options = Self.oldStyle.declaration.options
        expectEqual(options.map(\.name), ["state", "open", "to", "format"])
        expectTrue(options[0].takesValue && !options[1].takesValue && options[2].isRepeatable)
        expectEqual(options[3].choices, ["text", "json", "markdown"])
    }

    func testTheDeclarationParsesAndRuns() throws {
        var program = GovCtl.program
        program.commands.append(Self.oldStyle.declaration)
        expectEqual(program.declarationProblems, [])
        guard
            case .run(let parsed) = try Parser(program).parse([
                "hospital-site", "Arendal", "--open", "--to", "a", "--to", "b",
            ])
        else {
            reportFailure("did not parse to a command")
            return
        }
        let context = Context(arguments: parsed, environment: [:], format: .text, language: nil, clock: .system())
        try expectEqual(try Self.oldStyle.run(context).stdout, "Arendal open [\"a\", \"b\"]\n")
    }
}
