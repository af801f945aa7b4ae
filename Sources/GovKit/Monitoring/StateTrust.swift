import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Who may have written the outage log and the files beside it, checked as sshd (`StrictModes`) and sudo check
/// their files before believing them. A file or directory is trusted when:
///
/// - no one but its owner and group can write it (a directory above may be writable by others only with the sticky
///   bit, as `/tmp` is);
/// - its group can write it only when that group is the one that shares the log (`group`: the configuration's
///   `"group"`, else `govctl`);
/// - it belongs to root, to the user running govctl, or to that group (only root and the group's members can give a
///   file that group).
///
/// The log must also be a regular file. Anything else is refused (exit 77; UNKNOWN in a monitoring check): a user
/// who can write the log's directory can replace the log and rewrite its history.
package struct StateTrust: Sendable, Equatable {
    /// The group that may share the log when the configuration names none: the Debian package's.
    package static let defaultGroup = "govctl"

    /// The group that may write the log and its directory.
    package let group: String

    package init(group: String? = nil) {
        self.group = group ?? Self.defaultGroup
    }

    /// What is known of one file or directory: from `lstat`, or from `fstat` on an open file.
    package struct Status: Sendable, Equatable {
        package var mode: mode_t
        package var owner: uid_t
        /// The owner's and the group's names, for messages and for comparing with `group`.
        package var ownerName: String?
        package var groupName: String?

        package init(mode: mode_t, owner: uid_t, ownerName: String?, groupName: String?) {
            self.mode = mode
            self.owner = owner
            self.ownerName = ownerName
            self.groupName = groupName
        }
    }

    /// Which place is checked: the rules differ only in that a directory above the log's may be shared with the
    /// sticky bit.
    package enum Place: Sendable, Equatable {
        case file, directory, above
    }

    /// Why `status` is not trusted for `place`, or `nil` when it is. `user` is the effective uid running govctl.
    package func problem(_ status: Status, _ place: Place, user: uid_t) -> (reason: String, fix: String)? {
        let permissions = status.mode & 0o7777
        let mode = String(format: "%04o", Int(permissions))
        let sticky = place == .above && permissions & S_ISVTX != 0
        let shared = status.groupName == group
        if permissions & S_IWOTH != 0, !sticky {
            return ("writable by others (mode \(mode))", "chmod o-w")
        }
        if permissions & S_IWGRP != 0, !sticky, !shared {
            let name = status.groupName.map { "'\($0)'" } ?? "its group"
            return (
                "writable by \(name) (mode \(mode)), which is not the group that shares the log ('\(group)')",
                "chmod g-w"
            )
        }
        if status.owner != 0, status.owner != user, !shared {
            let name = status.ownerName.map { "'\($0)'" } ?? "uid \(status.owner)"
            return ("owned by \(name), not by root or by you (\(BoundedFile.user))", "chown root")
        }
        return nil
    }

    /// Checks the directory that holds `path` and every directory above it. A directory that does not exist is left
    /// to the open that follows (which says so).
    package func checkDirectories(of path: String, what: String) throws(GovError) {
        let directory = URL(fileURLWithPath: (path as NSString).deletingLastPathComponent).resolvingSymlinksInPath()
        var current = directory.path
        var place = Place.directory
        let user = geteuid()
        while true {
            guard let status = Self.status(ofPath: current) else { return }
            if let (reason, fix) = problem(status, place, user: user) {
                let which = place == .directory ? "its directory '\(current)'" : "the directory '\(current)' above it"
                throw GovError(
                    .untrusted, "refusing the \(what) '\(path)': \(which) is \(reason)",
                    hint: "whoever can write there can replace the \(what); " + Self.fix(fix, current, status))
            }
            if current == "/" || current.isEmpty { return }
            current = (current as NSString).deletingLastPathComponent
            place = .above
        }
    }

    /// Checks an open file: a regular file, and trusted as a file.
    package func checkFile(_ fd: Int32, path: String, what: String) throws(GovError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw GovError(
                .notFound, "cannot read the \(what) '\(path)': \(String(cString: strerror(errno)))",
                hint: "check the file and its permissions")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw GovError(
                .notFound,
                "cannot read the \(what) '\(path)': it is \(BoundedFile.kind(of: info.st_mode)), not a regular file",
                hint:
                    "name the log file itself (e.g. /var/lib/govctl/outages.jsonl), or move this away and run 'govctl outage init'"
            )
        }
        let names = Self.status(ofPath: path)
        let status = Status(
            mode: info.st_mode, owner: info.st_uid, ownerName: names?.ownerName, groupName: names?.groupName)
        if let (reason, fix) = problem(status, .file, user: geteuid()) {
            throw GovError(
                .untrusted, "refusing the \(what) '\(path)': it is \(reason)",
                hint: "whoever can write it can rewrite the outages' history; " + Self.fix(fix, path, status))
        }
    }

    /// The mode and owner of `path` itself (not following a symbolic link); `nil` when it cannot be looked at.
    static func status(ofPath path: String) -> Status? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? Int, let owner = attributes[.ownerAccountID] as? Int
        else { return nil }
        return Status(
            mode: mode_t(mode), owner: uid_t(owner), ownerName: attributes[.ownerAccountName] as? String,
            groupName: attributes[.groupOwnerAccountName] as? String)
    }

    /// How to fix it: the command, and for a group, naming that group instead.
    static func fix(_ command: String, _ path: String, _ status: Status) -> String {
        switch command {
        case "chown root":
            return "as root, run 'chown root \(path)', or use a log in a directory of your own"
        case "chmod g-w":
            guard let name = status.groupName else { return "run 'chmod g-w \(path)'" }
            return "run 'chmod g-w \(path)', or, if every member of '\(name)' may write the outage log, "
                + "name it in /etc/govctl/govctl.json: \"group\": \"\(name)\""
        default:
            return "run '\(command) \(path)'"
        }
    }
}
