/// A manual page (man(7), section 1) made from the declarations: NAME, SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS
/// (each with its usage, description, arguments and options), EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES.
package enum ManPage {
    /// The page's roff source; `date` is the page's date as `YYYY-MM-DD` (given, so the output is reproducible).
    package static func text(for program: Program, date: String) -> String {
        var out = ".\\\" Generated from \(program.name)'s command-line declarations; do not edit.\n"
        out += ".TH \(Roff.argument(program.name.uppercased())) 1 \(Roff.argument(date)) "
        out += "\(Roff.argument("\(program.name) \(program.version)")) \"User Commands\"\n"
        // Command lines and option names read better unhyphenated and ragged-right.
        out += ".nh\n.ad l\n"
        out += ".SH NAME\n\(Roff.escape(program.name)) \\- \(Roff.escape(program.abstract))\n"
        out += ".SH SYNOPSIS\n"
        out += "\(Roff.bold(program.name)) \(Roff.italic("COMMAND")) [\(Roff.italic("ARGUMENTS"))] "
        out += "[\(Roff.italic("OPTIONS"))]\n"
        out += ".br\n\(Roff.bold(program.name)) \(Roff.bold(Program.helpCommand)) [\(Roff.italic("COMMAND"))]\n"
        out += ".br\n\(Roff.bold(program.name)) \(Roff.bold("--version"))\n"
        if !program.discussion.isEmpty { out += ".SH DESCRIPTION\n" + Roff.paragraphs(program.discussion) }
        out += ".SH OPTIONS\nThese options can be given before or after the command.\n"
        out += options(program.options + Program.builtinOptions)
        out += ".SH COMMANDS\n"
        for command in program.commands { out += section(program, [command]) }
        out += ".SS \(Roff.argument("\(program.name) \(Program.helpCommand) [COMMAND]"))\n"
        out += "Shows the help of \(Roff.italic("COMMAND")), the same as \(Roff.italic("COMMAND")) "
        out += "\(Roff.bold("--help")); without it, the program's help.\n"
        if !program.exitStatuses.isEmpty {
            out += ".SH EXIT STATUS\n"
            for status in program.exitStatuses {
                out += ".TP\n.B \(status.code)\n\(Roff.guarded(Roff.escape(status.meaning)))\n"
            }
        }
        if !program.environment.isEmpty || program.configuration != nil {
            out += ".SH ENVIRONMENT\n"
            for variable in program.environment {
                out += ".TP\n.B \(Roff.argument(variable.name))\n\(Roff.guarded(Roff.escape(variable.meaning)))\n"
            }
        }
        if let configuration = program.configuration {
            out += ".SS Configuration\n" + Roff.guarded(Roff.escape(configuration.summary)) + "\n"
            for file in configuration.files {
                out += ".TP\n.I \(Roff.argument(file.path))\n\(Roff.guarded(Roff.escape(file.meaning)))\n"
            }
            out += ".PP\nTheir keys:\n"
            for key in configuration.keys {
                out += ".TP\n.B \(Roff.argument(key.name))\n\(Roff.guarded(Roff.escape(key.meaning)))\n"
            }
        }
        if !program.files.isEmpty {
            out += ".SH FILES\n"
            for file in program.files {
                out += ".TP\n.I \(Roff.argument(file.path))\n\(Roff.guarded(Roff.escape(file.meaning)))\n"
            }
        }
        if !program.examples.isEmpty { out += ".SH EXAMPLES\n" + examples(program.examples) }
        return out
    }

    /// One command (and then each of its subcommands) as a subsection.
    private static func section(_ program: Program, _ path: [Command]) -> String {
        let leaf = path[path.count - 1]
        let name = ([program.name] + path.map(\.name)).joined(separator: " ")
        var out = ".SS \(Roff.argument(name))\n"
        for words in Usage.lines(program: program, path: path) where leaf.subcommands.isEmpty {
            out += synopsis(words, commandWords: path.count + 1) + "\n.PP\n"
        }
        out += Roff.guarded(Roff.escape(capitalized(leaf.abstract) + ".")) + "\n"
        if !leaf.discussion.isEmpty { out += ".PP\n" + Roff.paragraphs(leaf.discussion) }
        if !leaf.arguments.isEmpty {
            for argument in leaf.arguments {
                out += ".TP\n\(Roff.italic(argument.usage))\n\(Roff.guarded(Roff.escape(argument.help)))\n"
            }
        }
        let lead = leaf.subcommands.isEmpty ? nil : "These options apply to each subcommand:"
        out += options(leaf.options, lead: lead)
        for rule in leaf.validations.compactMap(\.summary) {
            out += ".PP\n" + Roff.guarded(Roff.escape(capitalized(rule) + ".")) + "\n"
        }
        if !leaf.examples.isEmpty { out += ".PP\nExamples:\n" + examples(leaf.examples) }
        for sub in leaf.subcommands { out += section(program, path + [sub]) }
        return out
    }

    /// A usage line with the command in bold and placeholders in italics.
    private static func synopsis(_ words: [String], commandWords: Int) -> String {
        words.enumerated().map { index, word in
            if index < commandWords { return Roff.bold(word) }
            return word.split(separator: " ", omittingEmptySubsequences: false).map { part in
                let text = String(part)
                let bare = text.filter { !"[]".contains($0) }
                let fonted = bare.hasPrefix("-") || bare == "..." ? Roff.bold(bare) : Roff.italic(bare)
                return (text.hasPrefix("[") ? "[" : "") + fonted + (text.hasSuffix("]") ? "]" : "")
            }.joined(separator: "\\ ")
        }.joined(separator: " ")
    }

    private static func options(_ options: [Option], lead: String? = nil) -> String {
        guard !options.isEmpty else { return "" }
        var out = lead.map { ".PP\n\(Roff.escape($0))\n" } ?? ""
        for option in options {
            var label = (option.short.map { Roff.bold("-\($0)") + ", " } ?? "") + Roff.bold("--\(option.name)")
            if option.takesValue { label += " " + Roff.italic(option.valueName) }
            out += ".TP\n\(label)\n\(Roff.guarded(Roff.escape(HelpText.describe(option))))\n"
        }
        return out
    }

    private static func examples(_ lines: [String]) -> String {
        ".PP\n.RS 4\n.nf\n" + lines.map { Roff.guarded(Roff.escape($0)) + "\n" }.joined() + ".fi\n.RE\n"
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
