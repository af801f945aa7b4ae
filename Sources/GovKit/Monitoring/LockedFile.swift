import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A state file opened without following a symbolic link (`O_NOFOLLOW`) or waiting on a FIFO (`O_NONBLOCK`),
/// checked (`StateTrust`: a regular file that no one untrusted can write, in directories no one untrusted can write)
/// and locked with `flock` until it is released. Errors name the path and the fix; a monitoring check maps them to
/// UNKNOWN.
package final class LockedFile {
    let handle: FileHandle
    let path: String
    let what: String

    /// How long a command waits for a lock unless told otherwise: below Nagios's 60-second service check timeout,
    /// so a held lock is UNKNOWN naming its holder, not a check killed by Nagios.
    package static let defaultWait: TimeInterval = 30

    /// Opens an existing file; `create` makes it with `mode` (then set exactly, whatever the umask). The lock is
    /// waited for at most `wait` seconds; then the error names the process holding it, where /proc/locks says.
    package init(
        path: String, write: Bool, what: String, exclusive: Bool, trust: StateTrust, wait: TimeInterval = defaultWait,
        create: Bool = false, mode: mode_t = 0o640
    ) throws(GovError) {
        self.path = path
        self.what = what
        try trust.checkDirectories(of: path, what: what)
        var flags = (write ? O_RDWR | O_APPEND : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK
        if create { flags |= O_CREAT }
        let fd = open(path, flags, mode)
        guard fd >= 0 else { throw Self.openError(errno, path: path, what: what) }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try trust.checkFile(fd, path: path, what: what)
        if create, fchmod(fd, mode) != 0, errno != EPERM {
            throw GovError(.internal, "cannot set the mode of the \(what) '\(path)'", hint: "check its owner")
        }
        try Self.lock(fd, exclusive: exclusive, wait: wait, path: path, what: what)
    }

    /// Takes the lock, trying again with growing pauses until `wait` seconds have passed.
    static func lock(_ fd: Int32, exclusive: Bool, wait: TimeInterval, path: String, what: String) throws(GovError) {
        let deadline = Date().addingTimeInterval(wait)
        var pause: useconds_t = 1_000
        while flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw GovError(
                    .internal, "cannot lock the \(what) '\(path)': \(String(cString: strerror(code)))",
                    hint: "try again")
            }
            guard Date() < deadline else {
                let pids = holders(of: fd).map(String.init)
                let held = pids.isEmpty ? "" : " (held by process \(pids.joined(separator: ", ")))"
                let look =
                    pids.isEmpty
                    ? "another process holds it" : "see what it is doing: ps -p \(pids.joined(separator: ","))"
                throw GovError(
                    .internal, "the \(what) '\(path)' is still locked after \(Int(wait.rounded(.up))) s\(held)",
                    hint: "\(look); try again, or wait longer with --timeout SECONDS")
            }
            usleep(pause)
            pause = min(pause * 2, 100_000)
        }
    }

    /// The processes /proc/locks names as holding a lock on the file open at `fd` (empty where it cannot tell).
    static func holders(of fd: Int32) -> [Int] {
        var info = stat()
        guard fstat(fd, &info) == 0,
            let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        else { return [] }
        let device = UInt64(info.st_dev)
        // "MAJOR:MINOR:INODE", the device numbers in hex (the kernel's "%02x:%02x:%lu").
        let major = (device >> 8) & 0xfff | (device >> 32) & 0xffff_f000
        let minor = device & 0xff | (device >> 12) & 0xffff_ff00
        let file = String(format: "%02x:%02x:%lu", major, minor, UInt(info.st_ino))
        var pids: [Int] = []
        for line in text.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[5] == file, let pid = Int(fields[4]), pid != Int(getpid()) else {
                continue
            }
            if !pids.contains(pid) { pids.append(pid) }
        }
        return pids
    }

    deinit { flock(handle.fileDescriptor, LOCK_UN) }

    static func openError(_ code: Int32, path: String, what: String) -> GovError {
        switch code {
        case ENOENT:
            return GovError(
                .notFound, "the \(what) '\(path)' does not exist",
                hint:
                    "create it once with 'govctl outage init --state \(path)' (as root: add --group govctl), or name the right log with --state or in /etc/govctl/govctl.json"
            )
        case EACCES, EPERM:
            return GovError(
                .notFound, "cannot read the \(what) '\(path)': permission denied (as user \(OutageLog.user))",
                hint: groupHint(path: path))
        case ELOOP:
            return GovError(
                .notFound, "the \(what) '\(path)' is a symbolic link, which govctl does not follow",
                hint: "name the file itself")
        default:
            return GovError(
                .notFound, "cannot open the \(what) '\(path)': \(String(cString: strerror(code)))",
                hint: "check the path and its permissions")
        }
    }

    /// What to do about a permission denied: join the group that owns the file (or its directory), and restart the
    /// service that runs govctl, as a running process keeps the groups it started with (a Nagios started before
    /// `adduser nagios govctl` is still refused). A user the group database already lists is told just to restart.
    static func groupHint(path: String) -> String {
        var info = stat()
        let directory = (path as NSString).deletingLastPathComponent
        let gid: gid_t? =
            stat(path, &info) == 0
            ? info.st_gid : stat(directory.isEmpty ? "." : directory, &info) == 0 ? info.st_gid : nil
        // No one joins root's group to read a log: a log of group root is to be made again with a shared group.
        let group =
            gid.flatMap { $0 == 0 ? nil : getgrgid($0) }.map { String(cString: $0.pointee.gr_name) } ?? "govctl"
        let user = OutageLog.user
        let restart =
            "restart the service that runs govctl ('systemctl restart nagios4' or 'systemctl restart icinga2'), or log in again for a person: a running process keeps the groups it started with"
        if let gid, gid != 0, listed(user, in: gid), !processHas(gid) {
            return "'\(user)' is in the group '\(group)', but this process started before that: \(restart)"
        }
        return
            "add this user to the log's group ('adduser \(user) \(group)'), then \(restart); or create the log with 'govctl outage init --group \(group)'"
    }

    /// Whether the group database lists `user` in `gid` (as its primary group or a member).
    static func listed(_ user: String, in gid: gid_t) -> Bool {
        guard let entry = getpwnam(user) else { return false }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        guard getgrouplist(user, entry.pointee.pw_gid, &groups, &count) >= 0 else { return false }
        return groups.prefix(Int(count)).contains(gid)
    }

    /// Whether this process has `gid` (its effective group or a supplementary one).
    static func processHas(_ gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        let got = getgroups(count, &groups)
        return got > 0 && groups.prefix(Int(got)).contains(gid)
    }

    /// The whole file; more than `limit` bytes (`BoundedFile.maxBytes` unless `nil`) is an error.
    package func contents(limit: Int? = BoundedFile.maxBytes) throws(GovError) -> [UInt8] {
        do {
            try handle.seek(toOffset: 0)
        } catch {
            throw GovError(
                .notFound, "cannot read the \(what) '\(path)': \(error.localizedDescription)",
                hint: "check the file and its permissions")
        }
        switch BoundedFile.read(handle, limit: limit ?? Int.max) {
        case .success(let bytes): return bytes
        case .failure(.tooLarge):
            let size = (try? handle.seekToEnd()).map { BoundedFile.Problem.tooLarge(size: Int($0)) }
            throw GovError(
                .dataError,
                "cannot read the \(what) '\(path)': \((size ?? .tooLarge(size: nil)).reason)",
                hint: what == "outage log"
                    ? "move ended outages to the archive with 'govctl outage archive --before DATE --state \(path)', which reads a log of any size"
                    : "remove it; govctl writes it anew")
        case .failure(let problem):
            throw GovError(
                .notFound, "cannot read the \(what) '\(path)': \(problem.reason)",
                hint: "check the file and its permissions")
        }
    }

    /// Appends `bytes` in one write and flushes them to disk. A write that fails (a full disk) is cut back off,
    /// so that no partial record is left.
    package func append(_ bytes: [UInt8]) throws(GovError) {
        var end: UInt64?
        do {
            end = try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            let undone = end.map { (try? handle.truncate(atOffset: $0)) != nil } ?? false
            let reason = Self.reason(error)
            // EFBIG: the process's file-size limit (`ulimit -f`; SIGXFSZ is ignored so that the cut-back runs).
            let check =
                reason == String(cString: strerror(EFBIG))
                ? "check the file-size limit ('ulimit -f') of the account or job that runs govctl"
                : "check the disk and the file's permissions"
            throw GovError(
                .internal, "could not write to the \(what) '\(path)': \(reason)",
                hint: check
                    + (undone ? "; nothing was written" : "; then run 'govctl outage repair --state \(path)'"))
        }
    }

    /// Replaces the whole contents (for files govctl owns whole: notification and probe state).
    package func replace(_ bytes: [UInt8]) throws(GovError) {
        do {
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            throw GovError(
                .internal, "could not write the \(what) '\(path)': \(Self.reason(error))",
                hint: "check the disk and the file's permissions")
        }
    }

    /// The system's words for a failed read or write ("No space left on device"), else Foundation's.
    static func reason(_ error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
