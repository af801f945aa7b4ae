/// The options in force at a point of the command line: the program's, replaced or extended by each command's.
struct OptionScope {
    private(set) var options: [Option]

    init(program: Program, path: [Command]) {
        options = Self.merge(program.options, path.map(\.options))
    }

    /// The options the commands on `path` declare, a subcommand's replacing its parent's of the same name.
    static func declared(by path: [Command]) -> [Option] { merge([], path.map(\.options)) }

    private static func merge(_ base: [Option], _ levels: [[Option]]) -> [Option] {
        var options = base
        for level in levels {
            for option in level {
                if let index = options.firstIndex(where: { $0.name == option.name }) {
                    options[index] = option
                } else {
                    options.append(option)
                }
            }
        }
        return options
    }

    func named(_ name: String) -> Option? { options.first { $0.name == name } }

    func short(_ letter: Character) -> Option? { options.first { $0.short == letter } }

    /// Every spelling a user could have meant, for a did-you-mean.
    var names: [String] { options.map(\.name) + ["help"] }
}
