import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened without following a symbolic link (`O_NOFOLLOW`) and locked with `flock` until it is released.
/// Errors name the path and the fix; a monitoring check maps them to UNKNOWN.
package final class LockedFile {
    let handle: FileHandle
    let path: String
    let what: String

    /// Opens an existing file; `create` makes it with `mode` (then set exactly, whatever the umask).
    package init(
        path: String, write: Bool, what: String, exclusive: Bool, create: Bool = false, mode: mode_t = 0o640
    ) throws(GovError) {
        self.path = path
        self.what = what
        var flags = (write ? O_RDWR | O_APPEND : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC
        if create { flags |= O_CREAT }
        let fd = open(path, flags, mode)
        guard fd >= 0 else { throw Self.openError(errno, path: path, what: what) }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        if create, fchmod(fd, mode) != 0, errno != EPERM {
            throw GovError(.internal, "cannot set the mode of the \(what) '\(path)'", hint: "check its owner")
        }
        guard flock(fd, exclusive ? LOCK_EX : LOCK_SH) == 0 else {
            throw GovError(.internal, "cannot lock the \(what) '\(path)'", hint: "try again")
        }
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
                hint:
                    "add this user to the log's group (e.g. 'adduser \(OutageLog.user) govctl'), or create the log with 'govctl outage init --group govctl'"
            )
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

    /// The whole file.
    package func contents() throws(GovError) -> [UInt8] {
        do {
            try handle.seek(toOffset: 0)
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw GovError(
                .notFound, "cannot read the \(what) '\(path)': \(error.localizedDescription)",
                hint: "check the file and its permissions")
        }
    }

    /// Appends `bytes` in one write and flushes them to disk.
    package func append(_ bytes: [UInt8]) throws(GovError) {
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            throw GovError(
                .internal, "could not write to the \(what) '\(path)': \(error.localizedDescription)",
                hint: "check the disk and the file's permissions")
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
                .internal, "could not write the \(what) '\(path)': \(error.localizedDescription)",
                hint: "check the disk and the file's permissions")
        }
    }
}
