import CLIKit

/// The old way to declare an option, kept so that a command written before CLIKit still compiles:
/// `OptionSpec(name: "state", value: "FILE", help: "…")` is CLIKit's `.value("state", "FILE", help: "…")`, and
/// `value: nil` makes a `.flag`. New declarations use CLIKit's `Option` directly (`.choice`, `.typed`, completions).
typealias OptionSpec = Option

extension Option {
    /// A `.value` option (or a `.flag` when `value` is `nil`), as the hand-written parser declared them.
    init(name: String, value: String?, help: String, repeatable: Bool = false) {
        if let value {
            self = .value(name, value, repeatable: repeatable, help: help)
        } else {
            self = .flag(name, help: help)
        }
    }
}
