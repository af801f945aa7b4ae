import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one way govctl writes a file it makes or rewrites (`fmt`, `new --output`, `print --output`, `site`): a new
/// file in the same directory, written whole and renamed over the old one, so that a reader sees the old file or the
/// new one, never half of either. What the file may become is decided here, once:
///
/// - **No file becomes writable by others.** A new file is created `0644` (less the umask); a rewritten file keeps its
///   mode and owner, less others' write (`o-w`): a file anyone can change, phone numbers included, is never made so
///   by govctl, not even under `umask 000`.
/// - **A symbolic link is followed or refused, never replaced.** `fmt` rewrites the link's target (a site that keeps
///   `/etc/govctl/procedures/x.json` as a link into a checked-out repository formats the repository's file, and the
///   link stays a link); `new` and `print` refuse to write through a link; the site replaces its own pages.
package enum FileWriting {
    /// What to do when `path` is a symbolic link.
    package enum Links: Sendable {
        /// Write the file the link points to (its mode and owner are the ones kept).
        case follow
        /// Refuse: the caller names files it creates.
        case refuse
        /// Replace the link itself with a regular file (a page of govctl's own site).
        case replace
    }

    /// Whether `path` may already exist.
    package enum Existing: Sendable {
        case replace
        case refuse
    }

    /// The mode of a file govctl creates (less the umask).
    package static let newFileMode: mode_t = 0o644

    /// Writes `bytes` to `path`; returns the path written (a link's target when it was followed).
    @discardableResult
    package static func write(_ bytes: [UInt8], to path: String, links: Links, existing: Existing = .replace)
        throws(GovError) -> String
    {
        var target = path
        var info = stat()
        var exists = lstat(path, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFLNK {
            switch links {
            case .refuse:
                throw GovError(
                    .usage, "'\(path)' is a symbolic link",
                    hint: "give the path of a new file; govctl does not write through links it did not make")
            case .replace:
                exists = false
            case .follow:
                target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                guard lstat(target, &info) == 0, info.st_mode & S_IFMT != S_IFLNK else {
                    throw GovError(
                        .notFound, "cannot write '\(path)': it is a symbolic link to a file that does not exist",
                        hint: "correct the link, or remove it")
                }
            }
        }
        if exists {
            guard existing == .replace else {
                throw GovError(
                    .usage, "'\(path)' exists already", hint: "choose another path, or remove the file first")
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                throw GovError(
                    .usage, "cannot write '\(target)': it is not a regular file",
                    hint: "give the path of a file")
            }
        }
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary =
            (directory.isEmpty ? "." : directory) + "/.\(name).govctl-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, newFileMode)
        guard fd >= 0 else { throw failure(target, errno) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(bytes))
            if exists {
                // The old file's mode and owner, less others' write. Giving the file back to its owner needs root
                // (or the owner's group); where it fails, the file is the writer's, as with any editor.
                if fchmod(fd, info.st_mode & 0o7777 & ~S_IWOTH) != 0 { throw Failure(code: errno) }
                _ = fchown(fd, info.st_uid, info.st_gid)
            }
            if fsync(fd) != 0 { throw Failure(code: errno) }
            try handle.close()
            if existing == .refuse {
                // link(2) never replaces: a file made at `target` since the check above is not overwritten.
                if link(temporary, target) != 0 { throw Failure(code: errno) }
                unlink(temporary)
            } else if rename(temporary, target) != 0 {
                throw Failure(code: errno)
            }
        } catch {
            unlink(temporary)
            let code = (error as? Failure)?.code ?? EIO
            if code == EEXIST {
                throw GovError(
                    .usage, "'\(path)' exists already", hint: "choose another path, or remove the file first")
            }
            throw failure(target, code)
        }
        return target
    }

    struct Failure: Error {
        let code: Int32
    }

    static func failure(_ path: String, _ code: Int32) -> GovError {
        GovError(
            .notFound, "cannot write '\(path)': \(String(cString: strerror(code)))",
            hint: "check that you may write to the file and its directory")
    }
}
