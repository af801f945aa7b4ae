/// A bash completion script: `source` it, or install it in bash-completion's directory.
///
/// The script walks the words typed so far to find the command path (skipping option values), then offers the
/// options, subcommands, choices or positional values declared there; dynamic ones come from `PROG __complete KIND`
/// and match in any case (`ses` offers `Sesam LMN`), as names are looked up in any case.
enum BashCompletion {
    static func script(_ model: CompletionModel) -> String {
        let f = "_" + model.functionName
        var out = """
            # bash completion for \(model.program.name), generated from its declarations.
            # Use: source <(\(model.program.name) completion bash), or save it as
            # /usr/share/bash-completion/completions/\(model.program.name)

            \(f)_spec() {
                case "$1" in

            """
        for level in model.levels {
            out += "    \(quoted(level.path)))\n"
            out += "        opts=\(quoted(level.options.joined(separator: " ")))\n"
            out += "        valopts=\(quoted(level.valued.joined(separator: " ")))\n"
            out += "        subs=\(quoted(level.subcommands.map(\.name).joined(separator: " "))) ;;\n"
        }
        out += """
                *) opts=""; valopts=""; subs="" ;;
                esac
            }

            \(f)_offer() {
                local kind="$1" line
                shift
                case "$kind" in
                words) while IFS= read -r line; do
                        [[ -n $line && $line == "$cur"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
                    done < <(printf '%s\\n' "$@") ;;
                dynamic) while IFS= read -r line; do
                        [[ -n $line && ${line,,} == "${cur,,}"* ]] && COMPREPLY+=("$(printf '%q' "$line")")
                    done < <("${COMP_WORDS[0]}" __complete "$1" 2>/dev/null) ;;
                file) compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -f -- "$cur")) ;;
                directory) compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -d -- "$cur")) ;;
                esac
            }

            \(f)_value() {
                case "$1|$2" in

            """
        for level in model.levels {
            for (option, completion) in level.values {
                out += "    \(quoted(level.path + "|" + option))) \(f)_offer \(arguments(completion)) ;;\n"
            }
        }
        out += """
                esac
            }

            \(f)_positional() {
                case "$1|$2" in

            """
        for level in model.levels {
            for (index, completion) in level.arguments.enumerated() {
                guard let completion else { continue }
                let repeats = level.repeatsLast && index == level.arguments.count - 1
                let pattern = quoted(level.path + "|") + (repeats ? "*" : String(index))
                out += "    \(pattern)) \(f)_offer \(arguments(completion)) ;;\n"
            }
        }
        out += """
                esac
            }

            \(f)() {
                local cur="${COMP_WORDS[COMP_CWORD]}" cmdpath="" pending="" ended="" w i npos=0 opts valopts subs
                COMPREPLY=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    w="${COMP_WORDS[i]}"
                    if [[ -n $pending ]]; then
                        [[ $w == "=" ]] || pending=""
                        continue
                    fi
                    \(f)_spec "$cmdpath"
                    if [[ -z $ended && $w == "--" ]]; then
                        ended=1
                    elif [[ -z $ended && $w == -* ]]; then
                        [[ " $valopts " == *" $w "* ]] && pending="$w"
                    elif [[ $npos -eq 0 && " $subs " == *" $w "* ]]; then
                        cmdpath="${cmdpath:+$cmdpath }$w"
                    else
                        npos=$((npos + 1))
                    fi
                done
                \(f)_spec "$cmdpath"
                [[ $cur == "=" && -n $pending ]] && cur=""
                if [[ -n $pending ]]; then
                    \(f)_value "$cmdpath" "$pending"
                elif [[ -z $ended && $cur == -* ]]; then
                    \(f)_offer words $opts
                elif [[ -n $subs ]]; then
                    \(f)_offer words $subs
                else
                    \(f)_positional "$cmdpath" "$npos"
                fi
                return 0
            }

            complete -F \(f) \(model.program.name)

            """
        return out
    }

    /// The arguments of `_offer` for a completion.
    private static func arguments(_ completion: Completion) -> String {
        switch completion {
        case .words(let words): return "words " + words.map(quoted).joined(separator: " ")
        case .dynamic(let kind): return "dynamic " + quoted(kind)
        case .file: return "file"
        case .directory: return "directory"
        }
    }

    /// A word in double quotes for bash and zsh.
    static func quoted(_ word: String) -> String {
        var out = "\""
        for character in word {
            if "\"$`\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }
}
