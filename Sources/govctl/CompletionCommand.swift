import CLIKit
import GovKit

enum CompletionCommand {
    static let command = Command(
        name: "completion", summary: "print a shell completion script for bash, zsh or fish",
        description: """
            The script completes commands, options, format and language names, and the systems, procedures, guides,
            roles and people of the loaded procedures (it asks 'govctl __complete KIND' for them as you type).
            Load it in your shell's start-up file, or install it where your shell looks for completions.
            """,
        arguments: [
            Argument(
                "SHELL", completion: .words(Shell.allCases.map(\.rawValue)), parser: shell, help: "bash, zsh or fish")
        ],
        formats: TextFace.declared,
        examples: [
            "source <(govctl completion bash)",
            "govctl completion zsh > ~/.zsh/completions/_govctl",
            "govctl completion fish > ~/.config/fish/completions/govctl.fish",
        ]
    ) { context throws(GovError) in
        let shell = context.arguments.argument("SHELL", as: Shell.self) ?? .bash
        return Output(stdout: CompletionScript.text(for: GovCtl.program, shell: shell))
    }

    static let shell = ValueParser { text throws(ValueError) -> Shell in
        guard let shell = Shell(rawValue: text.lowercased()) else {
            throw ValueError("is not a shell govctl completes", hint: "use bash, zsh or fish")
        }
        return shell
    }
}
