/// A fish completion script: save it as `~/.config/fish/completions/PROG.fish`.
///
/// A helper finds the command path in the typed words; each option, subcommand and argument is one `complete` line
/// whose condition names the path it belongs to.
enum FishCompletion {
    static func script(_ model: CompletionModel) -> String {
        let name = model.program.name
        let f = "__" + model.functionName
        let paths = model.levels.map(\.path).filter { !$0.isEmpty }
        var out = """
            # fish completion for \(name), generated from its declarations.

            set -g \(f)_paths \(paths.map(quoted).joined(separator: " "))
            set -g \(f)_valued \(Set(model.levels.flatMap(\.valued)).sorted().map(quoted).joined(separator: " "))

            function \(f)_path
                set -l cmdpath
                set -l pending 0
                set -l typed (commandline -opc)
                set -e typed[1]
                for w in $typed
                    if test $pending = 1
                        set pending 0
                        continue
                    end
                    if string match -q -- '-*' $w
                        if contains -- $w $\(f)_valued
                            set pending 1
                        end
                        continue
                    end
                    set -l candidate (string join ' ' $cmdpath $w)
                    if contains -- $candidate $\(f)_paths
                        set cmdpath $cmdpath $w
                    else
                        break
                    end
                end
                string join ' ' $cmdpath
            end

            function \(f)_at
                set -l here (\(f)_path)
                test "$here" = "$argv[1]"
            end

            function \(f)_dynamic
                set -l program (commandline -opc)[1]
                $program __complete $argv[1] 2>/dev/null
            end

            complete -c \(name) -f

            """
        for level in model.levels where level.path != Program.helpCommand {
            let condition = "-n " + quoted("\(f)_at " + quoted(level.path))
            for sub in level.subcommands {
                out += "complete -c \(name) \(condition) -a \(quoted(sub.name)) -d \(quoted(sub.abstract))\n"
            }
            for option in level.scope {
                var line = "complete -c \(name) \(condition) -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.takesValue {
                    switch option.completion {
                    case .words(let words)?: line += " -x -a " + quoted(words.joined(separator: " "))
                    case .dynamic(let kind)?: line += " -x -a " + quoted("(\(f)_dynamic \(kind))")
                    case .file?: line += " -r -F"
                    case .directory?: line += " -x -a " + quoted("(__fish_complete_directories)")
                    case nil: line += " -x"
                    }
                }
                out += line + " -d " + quoted(HelpText.describe(option)) + "\n"
            }
            for completion in Set(level.arguments.compactMap { $0.map { argument($0, dynamic: f + "_dynamic") } })
                .sorted()
            {
                out += "complete -c \(name) \(condition) \(completion)\n"
            }
        }
        let commands = model.program.commands.map(\.name).joined(separator: " ")
        out += "complete -c \(name) -n " + quoted("\(f)_at " + quoted(Program.helpCommand))
        out += " -a " + quoted(commands) + "\n"
        return out
    }

    private static func argument(_ completion: Completion, dynamic: String) -> String {
        switch completion {
        case .words(let words): return "-a " + quoted(words.joined(separator: " "))
        case .dynamic(let kind): return "-a " + quoted("(\(dynamic) \(kind))")
        case .file: return "-F"
        case .directory: return "-a " + quoted("(__fish_complete_directories)")
        }
    }

    /// A word in single quotes for fish.
    static func quoted(_ word: String) -> String {
        var out = "'"
        for character in word {
            if character == "'" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "'"
    }
}
