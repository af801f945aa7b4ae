import Foundation

/// govctl's configuration: `/etc/govctl/govctl.json`, then `$XDG_CONFIG_HOME/govctl/govctl.json` (default
/// `~/.config`), then the file `GOVCTL_CONFIG` names. Later files override earlier keys; command-line flags win.
///
///     { "state": "/var/lib/govctl/outages.jsonl", "group": "govctl", "procedures": ["/etc/govctl/procedures"],
///       "mail": { "from": "govctl@example.org", "to": ["kundservice@example.org"], "admin": "root@example.org" } }
///
/// An unknown key or a wrong type is an error with `file:line:col`, never ignored (`"$comment"` is a comment;
/// `"from": null` leaves the sender unset).
package struct Config: Sendable, Equatable {
    /// The outage log (an absolute path).
    package var state: String?
    /// The group that shares the outage log: the only group that may write it or its directory (`StateTrust`;
    /// `nil`: `govctl`).
    package var group: String?
    /// Procedure directories.
    package var procedures: [String]?
    package var mailFrom: String?
    package var mailTo: [String]?
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
    package static func paths(environment: [String: String]) -> [String] {
        var paths = ["/etc/govctl/govctl.json"]
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.config"
        paths.append(configHome + "/govctl/govctl.json")
        if let named = environment["GOVCTL_CONFIG"], !named.isEmpty { paths.append(named) }
        return paths
    }

    /// Reads every configuration file that exists; `GOVCTL_CONFIG` must name one that does.
    package static func load(environment: [String: String]) throws(GovError) -> Config {
        var config = Config()
        let named = environment["GOVCTL_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        for path in paths(environment: environment) {
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
        let root: JSONNode
        do throws(JSONSyntaxIssue) {
            root = try JSONParser.parse(source.bytes).root
        } catch {
            throw GovError(
                .dataError, "\(source.path):\(source.position(of: error.offset)): \(error.message)", hint: error.hint)
        }
        func string(_ node: JSONNode, _ key: String) throws(GovError) -> String {
            guard case .string(let text) = node.kind, !text.isEmpty else {
                throw error(node.offset, "'\(key)' must be a text", hint: "write e.g. \"\(key)\": \"…\"")
            }
            return text
        }
        func strings(_ node: JSONNode, _ key: String) throws(GovError) -> [String] {
            guard case .array(let items) = node.kind else {
                throw error(node.offset, "'\(key)' must be an array of texts", hint: "write \"\(key)\": [\"…\"]")
            }
            var result: [String] = []
            for item in items { result.append(try string(item, key)) }
            return result
        }
        guard case .object(let members) = root.kind else {
            throw error(root.offset, "the configuration must be a JSON object", hint: "write { \"state\": … }")
        }
        let keys = ["state", "group", "procedures", "mail"]
        for member in members {
            switch member.key {
            case "state":
                let path = try string(member.value, "state")
                guard path.hasPrefix("/") else {
                    throw error(
                        member.value.offset, "'state' must be an absolute path",
                        hint:
                            "cron and a person would otherwise read different logs; write e.g. /var/lib/govctl/outages.jsonl"
                    )
                }
                state = path
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
}
