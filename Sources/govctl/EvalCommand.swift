import CLIKit
import Foundation
import GovKit

enum EvalCommand {
    static let command = Command(
        name: "eval", summary: "evaluate a JSON Logic rule against data",
        description: """
            RULE and DATA are JSON text, @FILE, or - for standard input (one of them). Prints the result as JSON.
            Exit 0, or 1 when the rule throws (an unknown operator, NaN, Invalid Arguments, or a 'throw');
            with --format json stdout is then {"error": {"type": ...}}. Malformed JSON is exit 65.
            """,
        arguments: [
            Argument("RULE", help: "the rule: JSON text, @FILE, or - for standard input"),
            Argument("DATA", optional: true, help: "the data: JSON text, @FILE, or - for standard input"),
        ],
        examples: [
            "govctl eval '{\"+\": [1, 2]}'",
            "govctl eval '{\">=\": [{\"var\": \"minutes\"}, 240]}' '{\"minutes\": 245}'",
            "echo '{\"a\": 1}' | govctl eval '{\"var\": \"a\"}' -",
        ]
    ) { context throws(GovError) in
        let rule = try JSONArgument.read(context.argument("RULE") ?? "", what: "rule")
        let data =
            try context.argument("DATA").map { text throws(GovError) in try JSONArgument.read(text, what: "data") }
            ?? .null
        do throws(LogicError) {
            return Output(stdout: Renderers.evaluation(try Rule(rule).evaluate(data)))
        } catch {
            return try Renderers.evaluationFailure(error, context)
        }
    }
}

/// A JSON argument: literal text, @FILE, or - for standard input.
enum JSONArgument {
    static func read(_ argument: String, what: String) throws(GovError) -> JSONValue {
        let bytes: [UInt8]
        if argument == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else if argument.hasPrefix("@") {
            let path = String(argument.dropFirst())
            switch BoundedFile.read(path, namedOnCommandLine: true) {
            case .success(let read): bytes = read
            case .failure(.missing):
                throw GovError(.notFound, "no such file '\(path)'", hint: "check the path after '@'")
            case .failure(let problem):
                throw GovError(.notFound, "cannot read '\(path)': \(problem.reason)", hint: "check the path after '@'")
            }
        } else {
            bytes = Array(argument.utf8)
        }
        // Empty is not "a procedure file" (the parser's words for its own files): say where the nothing came from.
        if argument == "-" || argument.hasPrefix("@"),
            bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) })
        {
            throw GovError(
                .dataError,
                "the \(what) is empty: \(argument == "-" ? "standard input" : "'\(argument)'") held no JSON",
                hint: "write the \(what) as JSON, e.g. {\"var\": \"a\"}; a FIFO or pipe read before anything was "
                    + "written to it is empty too")
        }
        do throws(JSONSyntaxIssue) {
            return try JSONParser.parse(bytes).root.value
        } catch {
            let source = SourceText(path: what, bytes: bytes)
            throw GovError(
                .dataError, "the \(what) is not valid JSON: \(error.message) at \(source.position(of: error.offset))",
                hint: error.hint)
        }
    }
}
