/// Usage lines, made from the declarations.
enum Usage {
    /// The words of a leaf command's usage after the program name: `reserve-status SYSTEM [--since TIME] …`.
    /// Options are the commands' own (including global options they redeclare); global ones are listed apart.
    static func words(for path: [Command]) -> [String] {
        let words = path.map(\.name)
        guard let leaf = path.last else { return ["COMMAND"] }
        if !leaf.subcommands.isEmpty { return words + ["SUBCOMMAND"] }
        return words + leaf.arguments.map(\.usage) + OptionScope.declared(by: path).map(item)
    }

    /// `[--since TIME]`, `[--fact KEY=VALUE ...]`, `[--no-prognosis]`.
    static func item(_ option: Option) -> String {
        let value = option.takesValue ? " \(option.valueName)" : ""
        return "[--\(option.name)\(value)\(option.isRepeatable ? " ..." : "")]"
    }

    /// Every usage line for `path`: one for a leaf, one per leaf below a command with subcommands.
    static func lines(program: Program, path: [Command]) -> [[String]] {
        guard let leaf = path.last, !leaf.subcommands.isEmpty else { return [[program.name] + words(for: path)] }
        return leaf.subcommands.flatMap { lines(program: program, path: path + [$0]) }
    }

    /// Words filled into lines of at most `width` columns; continuation lines line up after the command name.
    static func wrap(_ words: [String], indent: Int, hang: Int, width: Int) -> String {
        var lines: [String] = []
        var line = String(repeating: " ", count: indent)
        var lineHasWords = false
        for word in words {
            if lineHasWords, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: hang)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
