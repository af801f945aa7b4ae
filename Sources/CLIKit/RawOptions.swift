/// A lenient look at a command line that failed to parse: the raw values of the options it can recognise anywhere
/// (global ones and any command's), so the caller can still honour e.g. `--format nagios` when rendering the error.
struct RawOptions {
    private let valued: [String: String]

    init(_ program: Program) {
        var valued: [String: String] = [:]
        func add(_ options: [Option]) {
            for option in options where option.takesValue {
                valued["--\(option.name)"] = option.name
                if let short = option.short { valued["-\(short)"] = option.name }
            }
        }
        func walk(_ commands: [Command]) {
            for command in commands {
                add(command.options)
                walk(command.subcommands)
            }
        }
        add(program.options)
        walk(program.commands)
        self.valued = valued
    }

    /// Raw values by long name, in order, and the words that are neither options nor their values nor the command
    /// names in `path`.
    func scan(_ words: [String], path: [String]) -> (options: [String: [String]], arguments: [String]) {
        var found: [String: [String]] = [:]
        var arguments: [String] = []
        var path = path[...]
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                arguments += words[index...]
                break
            }
            if !word.hasPrefix("-") || word == "-" {
                if path.first == word {
                    path.removeFirst()
                } else {
                    arguments.append(word)
                }
            } else if word.hasPrefix("--"), let eq = word.firstIndex(of: "=") {
                if let name = valued[String(word[..<eq])] {
                    found[name, default: []].append(String(word[word.index(after: eq)...]))
                }
            } else if let name = valued[word], index < words.count, !words[index].hasPrefix("-") {
                found[name, default: []].append(words[index])
                index += 1
            }
        }
        return (found, arguments)
    }
}
