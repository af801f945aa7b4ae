import Foundation

/// Tells the monitoring system at once that an outage's state changed (`outage start|prognosis|end|amend|cancel`, and
/// `outage watch` when it opens or ends one), so that it checks now instead of at its next scheduled check. As the
/// configuration's `"notify"` says:
///
///     "notify": {
///       "nagios": { "commandFile": "/var/lib/nagios4/rw/nagios.cmd",
///                   "services": { "sesam-lmn": { "host": "localhost", "service": "Sesam LMN reserve routine" } } },
///       "icinga": { "api": "https://localhost:5665", "credentials": "/etc/govctl/icinga-api.json",
///                   "ca": "/etc/govctl/icinga-ca.crt" }
///     }
///
/// Nagios: `SCHEDULE_FORCED_SVC_CHECK` written to its external command file (a FIFO) for the service the system is
/// mapped to. Icinga 2: `POST /v1/actions/reschedule-check` (forced) for every service whose `vars.govctl_system` is
/// the system's id, with the API user and password of the credentials file (`{"user": …, "password": …}`, readable by
/// the group, never on a command line). Icinga is reached with curl, run as a child process: Foundation's URLSession
/// would link libcurl into every govctl (a static build then needs libcurl's development files, and every command
/// loads it), for the one command that talks HTTP.
///
/// The log is the truth and the write has already succeeded: a monitoring system that cannot be told is a warning on
/// stderr (it still sees the outage at its next check), never a failed command.
package enum MonitorNotify {
    package struct Settings: Sendable, Equatable {
        package var nagios: Nagios?
        package var icinga: Icinga?
        package init() {}
        package var isEmpty: Bool { nagios == nil && icinga == nil }
    }

    package struct Nagios: Sendable, Equatable {
        /// Nagios's external command file (`command_file` in nagios.cfg; Debian: /var/lib/nagios4/rw/nagios.cmd).
        package var commandFile: String
        /// The system's id → the service whose check reads it.
        package var services: [String: NagiosService]
    }

    package struct NagiosService: Sendable, Equatable {
        package var host: String
        package var service: String
    }

    package struct Icinga: Sendable, Equatable {
        /// The API's base URL, e.g. `https://localhost:5665` (the name its certificate is issued for).
        package var api: String
        /// A JSON file `{"user": "…", "password": "…"}`: an ApiUser with the permission `actions/reschedule-check`.
        package var credentials: String
        /// The CA certificate the API's certificate is checked against (Icinga's own CA: /var/lib/icinga2/certs/ca.crt);
        /// `nil`: the system's trusted CAs.
        package var ca: String?
    }

    /// How long a monitoring system may take to answer: the command that logged the outage waits no longer.
    package static let timeout: TimeInterval = 10

    /// Tells every configured monitoring system to check `system` (its id) now. Returns what stderr shows: one
    /// warning line for each system that could not be told, else nothing. Never throws: the change is logged.
    /// `settings`: the configuration's, when the caller has read it; `nil`: read here.
    package static func tell(
        system: String, settings given: Result<Settings, GovError>? = nil, environment: [String: String],
        now: Date = Date()
    ) -> String {
        let settings: Settings
        do throws(GovError) {
            if let given {
                settings = try given.get()
            } else {
                settings = try Config.load(environment: environment).notify
            }
        } catch {
            return "warning: did not tell the monitoring system: \(error.message)\n"
        }
        var warnings: [String] = []
        if let nagios = settings.nagios, let problem = tellNagios(nagios, system: system, now: now) {
            warnings.append("warning: could not tell Nagios to check \(system) now: \(problem)")
        }
        if let icinga = settings.icinga, let problem = tellIcinga(icinga, system: system, environment: environment) {
            warnings.append("warning: could not tell Icinga 2 to check \(system) now: \(problem)")
        }
        return warnings.map { $0 + " (it shows the change at its next scheduled check)\n" }.joined()
    }

    /// Writes one forced check of the system's service to Nagios's command file; the problem, if any.
    static func tellNagios(_ nagios: Nagios, system: String, now: Date) -> String? {
        guard let target = nagios.services[system] else {
            return "no service is configured for it (notify.nagios.services.\(system) in the configuration)"
        }
        let path = nagios.commandFile
        // Non-blocking: a FIFO nobody reads (Nagios stopped) is ENXIO at once instead of a hang.
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENXIO: return "Nagios is not running (nothing reads its command file '\(path)')"
            case ENOENT:
                return "its command file '\(path)' does not exist (is Nagios running, with check_external_commands=1?)"
            case EACCES, EPERM:
                return
                    "cannot write its command file '\(path)': permission denied (as user \(BoundedFile.user)); let the govctl group write it (see README: Monitoring)"
            default: return "cannot open its command file '\(path)': \(String(cString: strerror(code)))"
            }
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else {
            return "'\(path)' is not Nagios's command file (not a FIFO); check command_file in nagios.cfg"
        }
        let time = Int(now.timeIntervalSince1970)
        let line = "[\(time)] SCHEDULE_FORCED_SVC_CHECK;\(target.host);\(target.service);\(time)\n"
        // One write of less than PIPE_BUF bytes: never interleaved with another writer's command.
        let bytes = Array(line.utf8)
        let written = write(fd, bytes, bytes.count)
        guard written == bytes.count else {
            return "could not write to its command file '\(path)': \(String(cString: strerror(errno)))"
        }
        return nil
    }

    /// Asks Icinga 2's API to check the system's services now; the problem, if any.
    static func tellIcinga(_ icinga: Icinga, system: String, environment: [String: String]) -> String? {
        let user: String
        let password: String
        switch credentials(icinga.credentials) {
        case .success(let pair): (user, password) = pair
        case .failure(let problem): return problem.message
        }
        guard let curl = executable("curl", environment: environment) else {
            return "curl is not installed (Debian: apt-get install curl)"
        }
        let body =
            "{\"type\": \"Service\", \"filter\": \"service.vars.govctl_system == system\", "
            + "\"filter_vars\": {\"system\": \(jsonString(system))}, \"force\": true}"
        let base = icinga.api.hasSuffix("/") ? String(icinga.api.dropLast()) : icinga.api
        // Everything goes to curl on stdin (`--config -`): the password is never on a command line others can read.
        var config = [
            "url = \(curlQuoted(base + "/v1/actions/reschedule-check"))",
            "request = \"POST\"",
            "header = \"Accept: application/json\"",
            "header = \"Content-Type: application/json\"",
            "user = \(curlQuoted(user + ":" + password))",
            "data = \(curlQuoted(body))",
            "silent", "show-error",
            "connect-timeout = \(Int(timeout / 2))", "max-time = \(Int(timeout))",
            "write-out = \"\\n%{http_code}\"",
        ]
        if let ca = icinga.ca { config.append("cacert = \(curlQuoted(ca))") }
        let result = run(curl, arguments: ["--config", "-"], input: config.joined(separator: "\n") + "\n")
        guard let result else { return "could not run \(curl)" }
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let code = lines.last.map(String.init) ?? ""
        let answer = lines.dropLast().joined(separator: "\n")
        if result.status != 0 {
            let reason = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return
                "no answer from its API at \(icinga.api): \(reason.isEmpty ? "curl exited \(result.status)" : reason)"
        }
        switch code {
        case "200": return nil
        case "401": return "its API refused the user and password of '\(icinga.credentials)' (401)"
        case "403": return "its API user lacks the permission actions/reschedule-check (403)"
        case "404": return "it has no service with vars.govctl_system = \"\(system)\" (404)"
        default: return "its API answered \(code): \(answer.prefix(300))"
        }
    }

    /// The API user and password from the credentials file.
    static func credentials(_ path: String) -> Result<(String, String), GovError> {
        let bytes: [UInt8]
        switch BoundedFile.read(path, namedOnCommandLine: false) {
        case .success(let read): bytes = read
        case .failure(let problem):
            return .failure(
                GovError(
                    .notFound, "cannot read its credentials file '\(path)': \(problem.reason)",
                    hint: "make it readable by the govctl group (chgrp govctl; chmod 0640)"))
        }
        let source = SourceText(path: path, bytes: bytes)
        guard case .object(let members) = (try? JSONParser.parse(bytes).root)?.kind else {
            return .failure(
                GovError(
                    .dataError, "its credentials file '\(path)' is not a JSON object",
                    hint: "write {\"user\": \"govctl\", \"password\": \"…\"}"))
        }
        var user: String?
        var password: String?
        for member in members {
            guard case .string(let text) = member.value.kind else { continue }
            if member.key == "user" { user = text }
            if member.key == "password" { password = text }
        }
        guard let user, let password, !user.isEmpty else {
            return .failure(
                GovError(
                    .dataError, "\(source.path): the credentials need \"user\" and \"password\"",
                    hint: "write {\"user\": \"govctl\", \"password\": \"…\"}"))
        }
        return .success((user, password))
    }

    /// `name` on the PATH (cron's is /usr/bin:/bin), else nil.
    static func executable(_ name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where directory.hasPrefix("/") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `input` on stdin; its exit status and output, or nil when it could not start. Bounded:
    /// killed after twice `timeout` (curl stops itself after `timeout`).
    static func run(_ executable: String, arguments: [String], input: String) -> (
        status: Int32, stdout: String, stderr: String
    )? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do { try process.run() } catch { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        // The answers are small (curl's status line, a short JSON answer, one error line): read to the end (curl
        // closes them when it exits, after at most `timeout`), then wait.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        if done.wait(timeout: .now() + 2 * timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
        }
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A value for curl's configuration file: in double quotes, with `\` and `"` escaped (and no line breaks).
    static func curlQuoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

// MARK: - The configuration's "notify"

extension Config {
    /// Reads `"notify"` (`MonitorNotify`): `"nagios"` and `"icinga"`, each optional, `null` leaving it off.
    mutating func mergeNotify(_ node: JSONNode, _ source: SourceText) throws(GovError) {
        func error(_ offset: Int, _ message: String, hint: String) -> GovError {
            GovError(.dataError, "\(source.path):\(source.position(of: offset)): \(message)", hint: hint)
        }
        func object(_ node: JSONNode, _ key: String, _ keys: [String], example: String) throws(GovError)
            -> [String: JSONNode]
        {
            guard case .object(let members) = node.kind else {
                throw error(
                    node.offset, "'\(key)' must be an object",
                    hint: "write \"\(key.split(separator: ".").last ?? "")\": \(example)")
            }
            var result: [String: JSONNode] = [:]
            for member in members {
                guard keys.contains(member.key) || member.key == "$comment" else {
                    throw error(
                        member.keyOffset, "unknown key '\(key).\(member.key)'",
                        hint: (Suggestions.closest(to: member.key, among: keys).map { "did you mean '\($0)'? " } ?? "")
                            + "'\(key)' takes \(keys.joined(separator: ", "))")
                }
                result[member.key] = member.value
            }
            return result
        }
        func text(_ fields: [String: JSONNode], _ parent: String, _ key: String, offset: Int, absolute: Bool = false)
            throws(GovError) -> String
        {
            guard let node = fields[key] else {
                throw error(offset, "'\(parent)' needs '\(key)'", hint: "see README.md: Monitoring")
            }
            guard case .string(let value) = node.kind, !value.isEmpty, !value.contains(where: \.isNewline),
                !absolute || value.hasPrefix("/")
            else {
                throw error(
                    node.offset, "'\(parent).\(key)' must be \(absolute ? "an absolute path" : "a text on one line")",
                    hint: "see README.md: Monitoring")
            }
            return value
        }
        let example = "{\"nagios\": {…}, \"icinga\": {…}}"
        let fields = try object(node, "notify", ["nagios", "icinga"], example: example)
        if let nagios = fields["nagios"] {
            if case .null = nagios.kind {
                notify.nagios = nil
            } else {
                let settings = try object(
                    nagios, "notify.nagios", ["commandFile", "services"],
                    example: "{\"commandFile\": \"/var/lib/nagios4/rw/nagios.cmd\", \"services\": {…}}")
                var services: [String: MonitorNotify.NagiosService] = [:]
                if let map = settings["services"] {
                    guard case .object(let members) = map.kind else {
                        throw error(
                            map.offset, "'notify.nagios.services' must be an object",
                            hint: "write \"services\": {\"sesam-lmn\": {\"host\": \"localhost\", \"service\": \"…\"}}")
                    }
                    for member in members where member.key != "$comment" {
                        let key = "notify.nagios.services.\(member.key)"
                        let target = try object(
                            member.value, key, ["host", "service"], example: "{\"host\": …, \"service\": …}")
                        let host = try text(target, key, "host", offset: member.value.offset)
                        let service = try text(target, key, "service", offset: member.value.offset)
                        guard !(host + service).contains(";") else {
                            throw error(
                                member.value.offset, "'\(key)': a Nagios name cannot hold ';'", hint: "check the names")
                        }
                        services[member.key] = MonitorNotify.NagiosService(host: host, service: service)
                    }
                }
                notify.nagios = MonitorNotify.Nagios(
                    commandFile: try text(
                        settings, "notify.nagios", "commandFile", offset: nagios.offset, absolute: true),
                    services: services)
            }
        }
        if let icinga = fields["icinga"] {
            if case .null = icinga.kind {
                notify.icinga = nil
            } else {
                let settings = try object(
                    icinga, "notify.icinga", ["api", "credentials", "ca"],
                    example: "{\"api\": \"https://localhost:5665\", \"credentials\": \"/etc/govctl/icinga-api.json\"}")
                let api = try text(settings, "notify.icinga", "api", offset: icinga.offset)
                guard api.hasPrefix("https://") else {
                    throw error(
                        settings["api"]?.offset ?? icinga.offset, "'notify.icinga.api' must be an https:// URL",
                        hint: "Icinga 2's API speaks TLS only: write e.g. \"https://localhost:5665\"")
                }
                notify.icinga = MonitorNotify.Icinga(
                    api: api,
                    credentials: try text(
                        settings, "notify.icinga", "credentials", offset: icinga.offset, absolute: true),
                    ca: settings["ca"] == nil
                        ? nil : try text(settings, "notify.icinga", "ca", offset: icinga.offset, absolute: true))
            }
        }
    }
}
