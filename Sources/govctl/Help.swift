import GovKit

/// `--help` texts, built from the command definitions.
enum Help {
    static func global() -> String {
        var out = """
            govctl — IT-governance procedures of Nordic hospitals, as step-by-step guidance

            USAGE
              govctl COMMAND [ARGUMENTS] [OPTIONS]

            COMMANDS

            """
        let width = Commands.all.map(\.name.count).max() ?? 0
        for c in Commands.all {
            out += "  \(c.name)" + String(repeating: " ", count: width - c.name.count + 2) + c.summary + "\n"
        }
        out += "\nGLOBAL OPTIONS (before or after the command)\n" + options(ArgumentParser.globalOptions)
        out += """

            EXIT CODES
              0   ok
              1   a procedure test failed (test); the rule threw (eval); outage under way (reserve-status)
              2   reserve routine active (reserve-status)
              3   cannot tell (reserve-status; in nagios mode also any bad input)
              64  usage error: unknown command or option, bad value
              65  bad procedure file or fact (the message says file:line:col)
              66  unknown system, procedure, guide or file (with a did-you-mean)
              70  internal error

            ENVIRONMENT
              GOVCTL_PROCEDURES  procedure directory, as --procedures
              NO_COLOR           honoured (govctl prints no colour)

            Run 'govctl COMMAND --help' for a command's options and examples.

            """
        return out
    }

    static func command(_ c: Command) -> String {
        var out = "govctl \(c.name) — \(c.summary)\n\nUSAGE\n  \(c.usage)\n\n\(c.description)\n"
        if !c.options.isEmpty { out += "\nOPTIONS\n" + options(c.options) }
        out += "\nFORMATS\n  \(c.formats.map(\.name).joined(separator: ", "))\n"
        out += "\nEXAMPLES\n" + c.examples.map { "  \($0)\n" }.joined()
        out += "\nGlobal options (--procedures, --format, --lang, --now) work here too; see 'govctl --help'.\n"
        return out
    }

    static func options(_ specs: [OptionSpec]) -> String {
        let labels = specs.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
        let width = labels.map(\.count).max() ?? 0
        return zip(labels, specs).map { label, spec in
            "  \(label)" + String(repeating: " ", count: width - label.count + 2) + spec.help + "\n"
        }.joined()
    }
}
