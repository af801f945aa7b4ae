import Foundation
import GovKit

/// What `govctl __complete KIND` prints for a shell's completion script: the names (and aliases) of systems,
/// procedures, guides, roles or people in the loaded procedures, or the choices of a choice fact, one per line. Nothing at all on any failure,
/// so that a shell never shows an error in the middle of a command line.
enum DynamicCompletions {
    /// The kinds the declarations ask for (`Completion.dynamic`).
    static let kinds =
        ["system", "procedure", "guide", "role", "person"] + ReportUrgentCommand.choiceFacts.map(choices)

    /// The kind whose candidates are the choices of the choice facts called `fact` (`--competence`): `choice:competence`.
    static func choices(of fact: String) -> String { choicePrefix + fact }
    private static let choicePrefix = "choice:"

    static func candidates(_ kind: String, environment: [String: String]) -> String {
        guard let catalog = QuietCatalog.load(directory: environment["GOVCTL_PROCEDURES"], environment: environment)
        else { return "" }
        var names: [String] = []
        for procedure in catalog.procedures {
            if kind.hasPrefix(choicePrefix) {
                let fact = kind.dropFirst(choicePrefix.count)
                names += procedure.guides.flatMap { guide in
                    guide.facts.filter { $0.id == fact && $0.kind == .choice }.flatMap { $0.choices.map(\.id) }
                }
                continue
            }
            switch kind {
            case "system": names += procedure.systems.flatMap { [$0.name] + $0.aliases }
            case "procedure": names += [procedure.id] + (procedure.document.documentId.map { [$0] } ?? [])
            case "guide": names += procedure.guides.map(\.id)
            case "role": names += procedure.roles.flatMap { [$0.id] + $0.name.allValues + $0.aliases }
            case "person":
                let d = procedure.document
                names +=
                    procedure.roles.flatMap { $0.holders.map(\.name) }
                    + [d.author, d.approvedBy, d.owner].compactMap { $0 }
            default: return ""
            }
        }
        var seen: Set<String> = []
        return names.filter { !$0.isEmpty && !$0.contains("\n") && seen.insert($0).inserted }.map { $0 + "\n" }
            .joined()
    }
}

/// The procedures loaded without a word on failure, for completions and for naming a system in an UNKNOWN line:
/// `nil` when they cannot be read; a file with errors is left out.
enum QuietCatalog {
    static func load(directory: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Catalog?
    {
        let files: [ProcedureFile]
        if let directory, !directory.isEmpty {
            guard let read = try? ProcedureFiles.read([directory], allowEmpty: true) else { return nil }
            files = read
        } else {
            guard let bundled = try? Bundled.procedures() else { return nil }
            // The built-in procedures with the configured directories, as the commands see them (else the built-in ones).
            let configured = try? ProcedureSources.combine(
                builtIn: bundled, directories: ProcedureSources.configuredDirectories(environment: environment))
            files = configured?.files ?? bundled
        }
        return Catalog(ProcedureLoader.load(files, clock: .system(), checks: .run).procedures)
    }

    /// The system's display name (`Sesam LMN` for `sesam-lmn`), else the name as typed.
    static func displayName(of typed: String, directory: String?) -> String {
        guard let catalog = load(directory: directory), let (system, _) = try? catalog.system(named: typed) else {
            return typed
        }
        return system.name
    }
}
