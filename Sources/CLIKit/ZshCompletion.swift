/// A zsh completion script: save it as `_PROG` in a directory on `$fpath`, or `source` it after `compinit`.
///
/// It follows the bash script's walk over the typed words and offers candidates with `compadd`; options and
/// subcommands come with their help as descriptions.
enum ZshCompletion {
    static func script(_ model: CompletionModel) -> String {
        let f = "_" + model.functionName
        let q = BashCompletion.quoted
        var out = """
            #compdef \(model.program.name)
            # zsh completion for \(model.program.name), generated from its declarations.

            \(f)_spec() {
                case "$1" in

            """
        for level in model.levels {
            out += "    \(q(level.path)))\n"
            out += "        opts=(\(level.options.map(q).joined(separator: " ")))\n"
            out += "        valopts=\(q(level.valued.joined(separator: " ")))\n"
            out +=
                "        subs=(\(level.subcommands.map { q($0.name + ":" + escapeColon($0.abstract)) }.joined(separator: " "))) ;;\n"
        }
        out += """
                *) opts=(); valopts=""; subs=() ;;
                esac
            }

            \(f)_offer() {
                local kind="$1"
                shift
                case "$kind" in
                words) compadd -- "$@" ;;
                dynamic) local -a found
                    found=("${(@f)$("${words[1]}" __complete "$1" 2>/dev/null)}")
                    compadd -a found ;;
                file) _files ;;
                directory) _files -/ ;;
                esac
            }

            \(f)_value() {
                case "$1|$2" in

            """
        for level in model.levels {
            for (option, completion) in level.values {
                out += "    \(q(level.path + "|" + option))) \(f)_offer \(arguments(completion)) ;;\n"
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
                out +=
                    "    \(q(level.path + "|"))\(repeats ? "*" : String(index))) \(f)_offer \(arguments(completion)) ;;\n"
            }
        }
        out += """
                esac
            }

            \(f)() {
                local cur="${words[CURRENT]}" cmdpath="" pending="" ended="" w i npos=0 valopts
                local -a opts subs
                for ((i = 2; i < CURRENT; i++)); do
                    w="${words[i]}"
                    if [[ -n $pending ]]; then
                        pending=""
                        continue
                    fi
                    \(f)_spec "$cmdpath"
                    if [[ -z $ended && $w == "--" ]]; then
                        ended=1
                    elif [[ -z $ended && $w == -* ]]; then
                        [[ $w != *=* && " $valopts " == *" $w "* ]] && pending="$w"
                    elif [[ $npos -eq 0 && -n ${subs[(r)$w:*]} ]]; then
                        cmdpath="${cmdpath:+$cmdpath }$w"
                    else
                        npos=$((npos + 1))
                    fi
                done
                \(f)_spec "$cmdpath"
                if [[ -n $pending ]]; then
                    \(f)_value "$cmdpath" "$pending"
                elif [[ -z $ended && $cur == -* ]]; then
                    compadd -- "${opts[@]}"
                elif (( ${#subs} )); then
                    _describe -t commands 'command' subs
                else
                    \(f)_positional "$cmdpath" "$npos"
                fi
            }

            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
                \(f) "$@"
            else
                compdef \(f) \(model.program.name)
            fi

            """
        return out
    }

    private static func escapeColon(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == ":" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static func arguments(_ completion: Completion) -> String {
        switch completion {
        case .words(let words): return "words " + words.map(BashCompletion.quoted).joined(separator: " ")
        case .dynamic(let kind): return "dynamic " + BashCompletion.quoted(kind)
        case .file: return "file"
        case .directory: return "directory"
        }
    }
}
