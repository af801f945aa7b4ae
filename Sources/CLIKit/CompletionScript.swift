/// The shells a completion script can be made for.
package enum Shell: String, Sendable, CaseIterable {
    case bash
    case zsh
    case fish
}

/// Shell completion scripts made from a program's declarations: commands, subcommands, options, choices, and the
/// dynamic values the program itself prints when a shell runs `PROG __complete KIND`.
package enum CompletionScript {
    /// The script for `shell`.
    package static func text(for program: Program, shell: Shell) -> String {
        let model = CompletionModel(program)
        switch shell {
        case .bash: return BashCompletion.script(model)
        case .zsh: return ZshCompletion.script(model)
        case .fish: return FishCompletion.script(model)
        }
    }

    /// Every kind of dynamic value the declarations ask for (`system`, `person`, …): what `__complete` must answer.
    package static func dynamicKinds(of program: Program) -> [String] {
        var kinds: [String] = []
        func add(_ completion: Completion?) {
            if case .dynamic(let kind)? = completion, !kinds.contains(kind) { kinds.append(kind) }
        }
        func walk(_ commands: [Command]) {
            for command in commands {
                command.arguments.forEach { add($0.completion) }
                command.options.forEach { add($0.completion) }
                walk(command.subcommands)
            }
        }
        program.options.forEach { add($0.completion) }
        walk(program.commands)
        return kinds
    }
}
