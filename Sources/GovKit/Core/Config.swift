import Foundation

/// govctl's configuration: `/etc/govctl/govctl.json`, then the drop-ins `/etc/govctl/govctl.d/*.json` in the order of
/// their names (`dropIns(in:)`), then `$XDG_CONFIG_HOME/govctl/govctl.json` (default `~/.config`), then the file
/// `GOVCTL_CONFIG` names. Later files override earlier keys; command-line flags win.
///
///     { "state": "/var/lib/govctl/outages.jsonl", "group": "govctl", "procedures": ["/etc/govctl/procedures"],
///       "mail": { "from": "govctl@example.org", "to": ["kundservice@example.org"], "admin": "root@example.org" },
///       "lang": "nb" }
///
/// An unknown key or a wrong type is an error with `file:line:col`, never ignored (`"$comment"` is a comment;
/// `"from": null` leaves the sender unset).
package struct Config: Sendable, Equatable {
    /// The outage log: an absolute path, or a PostgreSQL connection URI (`postgresql://…`, `OutageState`).
    package var state: String?
    /// The configuration file that named `state` (a password in a URI there is refused when others can read it).
    package var stateFile: String?
    /// The group that shares the outage log: the only group that may write it or its directory (`StateTrust`;
    /// `nil`: `govctl`).
    package var group: String?
    /// Procedure directories.
    package var procedures: [String]?
    package var mailFrom: String?
    package var mailTo: [String]?
    /// The language of a run without `--lang` (`nb`, `sv` or `en`); `nil`: each procedure's source language.
    package var lang: Language?
    /// Whom `outage` tells at once that a state changed (`"notify"`: Nagios, Icinga 2; `MonitorNotify`).
    package var notify = MonitorNotify.Settings()
    /// Who gets what only an administrator can act on (a check that cannot tell: UNKNOWN), never `mailTo`; a text or
    /// an array of texts.
    package var mailAdmin: [String]?
    /// The files read, in order.
    package var files: [String] = []
    /// Every file's `"procedures"`, added together in the order read: each directory resolved against its
    /// configuration file's directory, with where it is written (for messages about it).
    package var procedureDirectories: [ConfiguredDirectory] = []

    package init() {}

    /// The files to read, in order, for this environment.
    package static func paths(environment: [String: String], etc: String = "/etc/govctl") -> [String] {
        var paths = [etc + "/govctl.json"] + ((try? dropIns(in: etc + "/govctl.d")) ?? [])
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        paths.append(configHome + "/govctl/govctl.json")
        if let named = environment["GOVCTL_CONFIG"], !named.isEmpty { paths.append(named) }
        return paths
    }

    /// Reads every configuration file that exists; `GOVCTL_CONFIG` must name one that does.
    package static func load(environment: [String: String], etc: String = "/etc/govctl") throws(GovError) -> Config {
        var config = Config()
        let named = environment["GOVCTL_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        _ = try dropIns(in: etc + "/govctl.d") // a drop-in directory that cannot be listed is an error, never skipped
        for path in paths(environment: environment, etc: etc) {
            guard FileManager.default.fileExists(atPath: path) else {
                if path == named {
                    throw GovError(
                        .notFound, "GOVCTL_CONFIG names '\(path)', which does not exist",
                        hint: "check the path, or unset GOVCTL_CONFIG")
                }
                continue
            }
            // A regular file of at most 16 MiB: a FIFO or a device named by GOVCTL_CONFIG never hangs the run.
            switch BoundedFile.read(path, namedOnCommandLine: false) {
            case .success(let bytes): try config.merge(SourceText(path: path, bytes: bytes))
            case .failure(let problem):
                throw GovError(
                    .notFound, "cannot read the configuration file '\(path)': \(problem.reason)",
                    hint: "check the path and its permissions")
            }
        }
        return config
    }

    /// Reads one file's keys over the ones already read.
    package mutating func merge(_ source: SourceText) throws(GovError) {
        func error(_ offset: Int, _ message: String, hint: String) -> GovError {
            GovError(.dataError, "\(source.path):\(source.position(of: offset)): \(message)", hint: hint)
        }
        let root = try Self.parse(source)
        func string(_ node: JSONNode, _ key: String, entry: Bool = false) throws(GovError) -> String {
            let what = entry ? "each entry of '\(key)'" : "'\(key)'"
            guard case .string(let text) = node.kind else {
                throw error(
                    node.offset, "\(what) must be a text in double quotes, found \(node.typeName)",
                    hint: entry ? "write \"\(key)\": [\"…\", \"…\"]" : "write e.g. \"\(key)\": \"…\"")
            }
            guard !ObjectReader.isBlank(text) else {
                throw error(
                    node.offset, "\(entry ? "an entry of '\(key)'" : "'\(key)'") is empty",
                    hint: entry ? "write the value, or remove the entry" : "write the value, or leave the key out")
            }
            if let scalar = ObjectReader.controlCharacter(in: text) {
                throw error(
                    node.offset,
                    "\(entry ? "an entry of '\(key)'" : "'\(key)'") holds a control character "
                        + "(U+\(String(format: "%04X", scalar.value)))",
                    hint: "write the value on one line, without control characters (\\u0000, \\n, …)")
            }
            return text
        }
        func strings(_ node: JSONNode, _ key: String) throws(GovError) -> [String] {
            guard case .array(let items) = node.kind else {
                throw error(node.offset, "'\(key)' must be an array of texts", hint: "write \"\(key)\": [\"…\"]")
            }
            var result: [String] = []
            for item in items { result.append(try string(item, key, entry: true)) }
            return result
        }
        guard case .object(let members) = root.kind else {
            throw error(root.offset, "the configuration must be a JSON object", hint: "write { \"state\": … }")
        }
        let keys = ["state", "group", "procedures", "mail", "notify", "lang"]
        for member in members {
            switch member.key {
            case "lang":
                let code = try string(member.value, "lang")
                guard let language = Language(rawValue: code) else {
                    throw error(
                        member.value.offset, "'lang' must be nb, sv or en, not '\(code)'",
                        hint: "write \"lang\": \"nb\" (or remove the key: each procedure's source language)")
                }
                lang = language
            case "state":
                let path = try string(member.value, "state")
                guard path.hasPrefix("/") || OutageState.isDatabase(path) else {
                    throw error(
                        member.value.offset, "'state' must be an absolute path",
                        hint:
                            "cron and a person would otherwise read different logs; write e.g. /var/lib/govctl/outages.jsonl, or a database as postgresql://host/govctl"
                    )
                }
                state = path
                stateFile = source.path
            case "group": group = try string(member.value, "group")
            case "procedures":
                procedures = try strings(member.value, "procedures")
                if case .array(let items) = member.value.kind {
                    let base = (source.path as NSString).deletingLastPathComponent
                    for item in items {
                        guard case .string(let path) = item.kind else { continue }
                        procedureDirectories.append(
                            ConfiguredDirectory(
                                path: path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path),
                                configFile: source.path, position: source.position(of: item.offset).description))
                    }
                }
            case "$comment", "$schema": continue
            case "notify": try mergeNotify(member.value, source)
            case "mail":
                guard case .object(let mail) = member.value.kind else {
                    throw error(
                        member.value.offset, "'mail' must be an object",
                        hint: "write \"mail\": {\"from\": …, \"to\": […]}")
                }
                for field in mail {
                    switch field.key {
                    case "from":
                        if case .null = field.value.kind { continue }
                        mailFrom = try string(field.value, "mail.from")
                    case "to": mailTo = try strings(field.value, "mail.to")
                    case "admin":
                        if case .string = field.value.kind {
                            mailAdmin = [try string(field.value, "mail.admin")]
                        } else {
                            mailAdmin = try strings(field.value, "mail.admin")
                        }
                    default:
                        throw error(
                            field.keyOffset, "unknown key 'mail.\(field.key)'",
                            hint: (Suggestions.closest(to: field.key, among: ["from", "to", "admin"]).map {
                                "did you mean '\($0)'? "
                            } ?? "")
                                + "'mail' takes from, to and admin")
                    }
                }
            default:
                throw error(
                    member.keyOffset, "unknown key '\(member.key)'",
                    hint: (Suggestions.closest(to: member.key, among: keys).map { "did you mean '\($0)'? " } ?? "")
                        + "the keys are \(keys.joined(separator: ", "))")
            }
        }
        files.append(source.path)
    }

    /// One configuration file's JSON, strictly: an empty file, a file that is not a JSON object and a key written
    /// twice are errors at `file:line:col` (jq and Python would take the last of two keys, govctl's reader the first:
    /// so neither is guessed). A file that does not start with `{` is not quoted back: GOVCTL_CONFIG may name any
    /// file (`/proc/self/environ`), and its bytes are not the configuration's to print.
    static func parse(_ source: SourceText) throws(GovError) -> JSONNode {
        guard let first = source.bytes.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw GovError(
                .dataError, "\(source.path) is empty",
                hint:
                    "a configuration file holds one JSON object, e.g. { \"procedures\": [\"/etc/govctl/procedures\"] }")
        }
        guard source.bytes[first] == UInt8(ascii: "{") else {
            throw GovError(
                .dataError, "\(source.path):\(source.position(of: first)): the configuration is not a JSON object",
                hint: "a configuration file holds one JSON object: start it with '{'; check that GOVCTL_CONFIG names "
                    + "the configuration file")
        }
        let parsed: ParsedJSON
        do throws(JSONSyntaxIssue) {
            parsed = try JSONParser.parse(source.bytes)
        } catch {
            throw GovError(
                .dataError, "\(source.path):\(source.position(of: error.offset)): \(error.message)", hint: error.hint)
        }
        if let duplicate = parsed.duplicateKeys.first {
            throw GovError(
                .dataError, "\(source.path):\(source.position(of: duplicate.offset)): \(duplicate.message)",
                hint: "keep one of the two: govctl does not guess which one you meant (jq and Python take the last, "
                    + "a strict reader the first)")
        }
        return parsed.root
    }
}

// MARK: - Drop-ins (/etc/govctl/govctl.d)

extension Config {
    /// The drop-in configuration files of `directory`: its `*.json` entries, hidden names (an editor's `.#x.json`)
    /// left out, in the byte order of their names (`10-site.json` before `20-mail.json`), each read over the ones
    /// before it as any later file is. A package's own file is never rewritten: a site's settings live in a file of
    /// their own. No directory: none. A directory that cannot be listed is an error: a missing drop-in could name
    /// another outage log.
    package static func dropIns(in directory: String) throws(GovError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            throw GovError(
                .dataError, "the configuration drop-in directory '\(directory)' is not a directory",
                hint: "remove it, or make it a directory of *.json files")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw GovError(
                .notFound,
                "cannot list the configuration drop-in directory '\(directory)' (as user \(BoundedFile.user))",
                hint: "make it readable and listable (e.g. chmod 0755 \(directory))")
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { directory + "/" + $0 }
    }
}
