/// A rule across a command's options and arguments, checked after parsing; it throws a usage error when broken.
package struct Validation: Sendable {
    package let check: @Sendable (ParsedCommand) throws(CLIError) -> Void
    /// The rule in words for help and the manual, e.g. `--prognosis and --no-prognosis exclude each other`.
    package let summary: String?

    /// A rule of your own, described by `summary` in help when given.
    package init(summary: String? = nil, _ check: @escaping @Sendable (ParsedCommand) throws(CLIError) -> Void) {
        self.summary = summary
        self.check = check
    }

    /// At most one of these options, e.g. `--prognosis` or `--no-prognosis`.
    package static func exclusive(_ names: String...) -> Validation {
        let list = names.map { "--\($0)" }
        let summary = list.count == 2 ? "\(list[0]) and \(list[1]) exclude each other" : "give one of \(list.orList)"
        return Validation(summary: summary) { parsed throws(CLIError) in
            let given = names.filter(parsed.isGiven)
            guard given.count > 1 else { return }
            throw CLIError.usage(
                "give " + given.map { "--\($0)" }.joined(separator: " or ") + ", not both",
                hint: "choose the one that is true")
        }
    }

    /// `option` only together with `required`, e.g. `--shared` needs `--adaptation`.
    package static func requires(_ option: String, _ required: String, example: String? = nil) -> Validation {
        Validation(summary: "--\(option) goes with --\(required)") { parsed throws(CLIError) in
            guard parsed.isGiven(option), !parsed.isGiven(required) else { return }
            throw CLIError.usage(
                "--\(option) goes with --\(required)", hint: example.map { "e.g. \($0)" } ?? "add --\(required)")
        }
    }

    /// At least one of these arguments or options, e.g. `SYSTEM` or `--person`.
    package static func oneOf(_ names: String..., example: String? = nil) -> Validation {
        let list = names.map { $0.first?.isUppercase == true ? $0 : "--\($0)" }
        let summary = list.count == 1 ? "\(list[0]) is needed" : "give \(list.orList)"
        return Validation(summary: summary) { parsed throws(CLIError) in
            guard !names.contains(where: parsed.isGiven) else { return }
            throw CLIError.usage(
                "'\(parsed.commandName)' needs \(list.joined(separator: " or "))",
                hint: example.map { "e.g. \($0)" })
        }
    }
}
