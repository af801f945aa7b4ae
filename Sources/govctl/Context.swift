import CLIKit
import Foundation
import GovKit
import Synchronization

/// What every command needs: the parsed arguments, output settings, the clock and the procedures.
struct Context {
    /// The command line, parsed and checked against the command's declaration.
    let arguments: ParsedCommand
    let environment: [String: String]
    let format: OutputFormat
    let language: Language?
    /// The one clock: `--now`, else the current instant, taken once (`Clock`). Every "now" and "today" comes from it.
    let clock: Clock
    /// The language `--lang` asked for (`language` may come from the configuration): a procedure not written in it
    /// is said once on stderr.
    var askedLanguage: Language? = nil
    /// The configuration, read once per run (`GovCtl.run`); `nil`: read when asked for.
    var configuration: Result<Config, GovError>? = nil

    /// The configuration files, read once: an error in them is this command's only when it uses them.
    func config() throws(GovError) -> Config {
        if let configuration { return try configuration.get() }
        return try Config.load(environment: environment)
    }

    /// How an unusable `--now` is reported.
    static let nowExample = "--now 2026-10-25T04:15 or --now 2026-10-25T02:15Z"

    /// The positional argument `name` as declared (e.g. `SYSTEM`); a required one is always there.
    func argument(_ name: String) -> String? { arguments.argument(name) }

    /// The procedure directory from `--procedures` or `GOVCTL_PROCEDURES`: only its files are read. `nil` means the
    /// built-in procedures and the configured directories.
    var procedureDirectory: String? {
        arguments.value("procedures") ?? environment["GOVCTL_PROCEDURES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The paths to read procedures from: `paths`, else the directory; empty means the built-in procedures and the
    /// configured directories.
    func procedurePaths(_ paths: [String] = []) -> [String] {
        paths.isEmpty ? procedureDirectory.map { [$0] } ?? [] : paths
    }

    /// The procedures the commands run with: `--procedures DIR` (or `GOVCTL_PROCEDURES`) alone, else the built-in
    /// ones and the directories the configuration names, a later file replacing a procedure of the same id (said
    /// once on stderr).
    func procedureSources() throws(GovError) -> ProcedureSources {
        if let directory = procedureDirectory { return .only(try procedureDirectoryFiles(directory)) }
        let directories = try config().procedureDirectories
        let sources = try ProcedureSources.combine(builtIn: try Bundled.procedures(), directories: directories)
        Notes.shared.print(sources.notes)
        return sources
    }

    /// The procedure files to read: `paths` as given (a path that does not exist: "check the path"), else
    /// `procedureSources()`.
    func procedureFiles(paths: [String] = []) throws(GovError) -> [ProcedureFile] {
        if paths.isEmpty { return try procedureSources().files }
        do throws(ProcedureFiles.ReadError) {
            return try ProcedureFiles.read(paths)
        } catch {
            throw error.govError()
        }
    }

    /// The files of the procedure directory (`procedureDirectory`); one that does not exist is named with the way
    /// it was given: `--procedures` to leave out, or `GOVCTL_PROCEDURES` to unset.
    func procedureDirectoryFiles(_ directory: String) throws(GovError) -> [ProcedureFile] {
        do throws(ProcedureFiles.ReadError) {
            return try ProcedureFiles.read([directory])
        } catch {
            let source = arguments.value("procedures") != nil ? "leave out --procedures" : "unset GOVCTL_PROCEDURES"
            throw error.govError(
                missingHint: "check the path, or \(source) to use the built-in and configured procedures")
        }
    }

    /// Loads the procedures; any error stops the command (the hint names the `validate` that lists them all).
    /// `checks`: a command that runs procedures needs `.run`; one that reports on the files themselves (`trace`)
    /// asks for `.all`, the citation checks and lints `validate` runs (`LoadChecks`).
    func catalog(checks: LoadChecks = .run) throws(GovError) -> (Catalog, [Diagnostic]) {
        let (catalog, warnings, _) = try loadedCatalog(checks: checks)
        return (catalog, warnings)
    }

    /// `catalog()` with where each procedure came from.
    func loadedCatalog(checks: LoadChecks = .run) throws(GovError) -> (Catalog, [Diagnostic], ProcedureSources) {
        let sources = try procedureSources()
        let set = ProcedureLoader.load(sources.files, clock: clock, checks: checks)
        LastLoaded.shared.keep(set)
        if !set.errors.isEmpty {
            let validate = procedureDirectory.map { "govctl validate \($0)" } ?? "govctl validate --installed"
            throw GovError(
                .dataError, "the procedures have \(set.errors.count) error\(set.errors.count == 1 ? "" : "s")",
                hint: "fix them; '\(validate)' lists them all", diagnostics: set.errors)
        }
        return (Catalog(set.procedures), set.warnings, sources)
    }

    /// `--now` as given, for a query to read in its procedure's zone; else the current time.
    var now: TimeInput { clock.input }

    /// A time option (`--since TIME`) as given, its syntax already checked while parsing; the query reads it in the
    /// procedure's zone (where a usage error with `example` as the hint is still possible, e.g. a date that does not
    /// exist), counting a relative time (`-2h`) from the command's clock. A clock time without a day (`02:40`) is
    /// the latest one not after now, except for the options that say when something is expected (`--eta`,
    /// `--prognosis`): the first one not before now.
    func time(_ option: String, example: String) -> TimeInput? {
        arguments.value(option).map { text in
            .text(
                text,
                otherwise: GovError(
                    .usage, "'--\(option) \(text)' is not a time",
                    hint: "write a time, e.g. \(example); govctl also reads \(TimeInput.forms.dropFirst(5))"),
                now: clock, direction: Self.expected.contains(option) ? .future : .past)
        }
    }

    /// The time options that say when something is expected rather than when it happened.
    private static let expected: Set<String> = ["eta", "prognosis"]

    /// The local time in `procedure`'s zone: what its document's validity is judged by. In this machine's zone only
    /// for what concerns no procedure.
    func localNow(for procedure: Procedure?) -> LocalTime {
        guard let procedure, let local = try? clock.local(inZone: procedure.document.timeZone) else {
            return clock.machineLocal
        }
        return local
    }

    /// Who a message goes to and from (`MailEnvelope`: the one sender policy): `--to`, `--from`, the configuration.
    func mailEnvelope(autoSubmitted: Bool) throws(GovError) -> MailEnvelope {
        try MailEnvelope.resolve(
            to: arguments.all("to"), from: arguments.value("from"), autoSubmitted: autoSubmitted,
            config: try config(), environment: environment)
    }

    /// Who a message only an administrator can act on goes to (`MailEnvelope.administrator`), never `--to`.
    func adminMailEnvelope() throws(GovError) -> MailEnvelope {
        try MailEnvelope.administrator(
            from: arguments.value("from"), config: try config(), environment: environment)
    }

    /// Warnings (an expired source document) about the procedures a command used, for stderr, in the language of
    /// each one's answer; a procedure not written in the language `--lang` asked for is noted once.
    func warnings(_ diagnostics: [Diagnostic], about used: [Procedure]) -> String {
        if let asked = askedLanguage {
            Notes.shared.print(used.compactMap { ProcedureNotices.language($0, asked: asked) })
        }
        // A directory or file others can write is said whatever was used: a planted file can take over a name.
        let writable = diagnostics.filter { $0.code == .writableByOthers }.map { d in
            ErrorRenderer.line(d.message, hint: d.hint, severity: "warning")
        }
        let expired = used.compactMap { procedure in
            ProcedureNotices.expired(procedure, today: localNow(for: procedure).calendarDay, asked: language).map {
                ErrorRenderer.line($0, severity: "warning")
            }
        }
        return (writable + expired).joined()
    }

    /// Warnings a query gave, for stderr.
    func warnings(_ messages: [String]) -> String {
        messages.map { ErrorRenderer.line($0, severity: "warning") }.joined()
    }
}

/// Notes for stderr (a procedure file replacing another), each printed once however often a run loads procedures.
final class Notes: Sendable {
    static let shared = Notes()
    private let printed = Mutex<Set<String>>([])

    func print(_ notes: [String]) {
        printed.withLock { printed in
            for note in notes where printed.insert(note).inserted {
                StandardStreams.write(ErrorRenderer.line(note, severity: "note"), to: .standardError)
            }
        }
    }
}

/// The procedures a command loaded last, kept until the process exits: `exit` hands their memory back at once,
/// where freeing each model at the end of the command cost 2.6 % of a `report-urgent` and more of a `validate`.
/// The next load replaces them, so a command that loads again and again keeps one set.
final class LastLoaded: Sendable {
    static let shared = LastLoaded()
    private let set = Mutex<ProcedureSet?>(nil)

    func keep(_ loaded: ProcedureSet) {
        // The set it replaces is freed once the lock is let go.
        let previous = set.withLock { current in
            let previous = current
            current = loaded
            return previous
        }
        withExtendedLifetime(previous) {}
    }
}

/// The procedure files built into the binary (string literals, `EmbedTool`).
enum Bundled {
    static func procedures() throws(GovError) -> [ProcedureFile] {
        EmbeddedFiles.procedures.map { entry in
            var file = ProcedureFile(path: "procedures/\(entry.name)", bytes: Array(entry.text.utf8))
            file.builtIn = true
            return file
        }
    }

    static func schema() throws(GovError) -> String {
        EmbeddedFiles.schema
    }
}
