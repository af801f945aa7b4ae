/// A positional argument of a command, e.g. `SYSTEM` or `[PATH ...]`.
package struct Argument: Sendable {
    /// The placeholder in usage and help, and the key to read it back with, e.g. `SYSTEM`.
    package var name: String
    package var isOptional: Bool
    /// Whether it takes every remaining word (`PATH ...`).
    package var isRepeatable: Bool
    /// One line of help.
    package var help: String
    package var completion: Completion?
    /// Checks and types the value while parsing; `nil` keeps the text.
    package var parser: ValueParser?

    package init(
        _ name: String, optional: Bool = false, repeatable: Bool = false, completion: Completion? = nil,
        parser: ValueParser? = nil, help: String
    ) {
        self.name = name
        self.isOptional = optional
        self.isRepeatable = repeatable
        self.help = help
        self.completion = completion
        self.parser = parser
    }

    /// `SYSTEM`, `[SYSTEM]`, `PATH ...` or `[PATH ...]`.
    package var usage: String {
        let word = isRepeatable ? "\(name) ..." : name
        return isOptional ? "[\(word)]" : word
    }
}
