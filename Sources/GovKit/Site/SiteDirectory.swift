import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The directory `govctl site DIR` writes: govctl's own, marked by a small file (`.govctl-site`) that lists the pages
/// it wrote. So a site written again with fewer procedures loses the pages no longer part of it (a stale page would
/// go on serving old phone numbers and roles), and a directory govctl did not make is never filled or emptied:
///
/// - DIR that does not exist is created; an empty DIR is taken;
/// - DIR that holds files but no marker is refused (it is someone else's: a home directory, a web root);
/// - DIR that is a symbolic link is refused (the pages would land wherever it points);
/// - pages the marker lists and the new site has not are removed; files the marker does not list are left alone.
package enum SiteDirectory {
    /// The marker's name, and its first line.
    package static let marker = ".govctl-site"
    static let heading = "govctl site: the pages govctl wrote here; 'govctl site' removes those no longer part of it"

    /// Writes `files` into `directory`; returns the paths written.
    package static func write(_ files: [SiteFile], to directory: String) throws(GovError) -> [String] {
        let previous = try prepare(directory)
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        var written: [String] = []
        for file in files {
            let path = base.appending(path: file.path).path
            try FileWriting.write(Array(file.contents.utf8), to: path, links: .replace)
            written.append(path)
        }
        let names = Set(files.map(\.path))
        for stale in previous.subtracting(names).sorted() {
            let path = base.appending(path: stale).path
            if unlink(path) != 0, errno != ENOENT {
                throw GovError(
                    .notFound, "cannot remove the old page '\(path)': \(String(cString: strerror(errno)))",
                    hint: "check that you may write to '\(directory)'")
            }
        }
        let list = ([heading] + files.map(\.path)).joined(separator: "\n") + "\n"
        try FileWriting.write(Array(list.utf8), to: base.appending(path: marker).path, links: .replace)
        return written
    }

    /// Checks (or creates) the directory; returns the pages the last run wrote there.
    static func prepare(_ directory: String) throws(GovError) -> Set<String> {
        var info = stat()
        guard lstat(directory, &info) == 0 else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                // Never writable by others, even under umask 000: whoever could write there could change a page.
                if stat(directory, &info) == 0, info.st_mode & S_IWOTH != 0 {
                    _ = chmod(directory, info.st_mode & 0o7777 & ~S_IWOTH)
                }
            } catch {
                throw GovError(
                    .notFound, "cannot make the directory '\(directory)': \(error.localizedDescription)",
                    hint: "give a directory you can write to")
            }
            return []
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            throw GovError(
                .usage, "'\(directory)' is a symbolic link; govctl writes a site only into a directory itself",
                hint: "give the directory the link points to, or a new one")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw GovError(.usage, "'\(directory)' is not a directory", hint: "give a new or empty directory")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw GovError(
                .notFound, "cannot list the directory '\(directory)': \(error.localizedDescription)",
                hint: "give a directory you can read and write")
        }
        guard !entries.isEmpty else { return [] }
        let markerPath = (directory as NSString).appendingPathComponent(marker)
        // A site written before the marker existed: only pages govctl generated. Taken as the site (its pages are
        // the ones a smaller site removes), so that a cron job that writes the site keeps working after an upgrade.
        if !entries.contains(marker), entries.allSatisfy({ isGovctlPage(directory, $0) }) {
            return Set(entries)
        }
        guard entries.contains(marker),
            case .success(let bytes) = BoundedFile.read(markerPath, namedOnCommandLine: false)
        else {
            throw GovError(
                .usage,
                "'\(directory)' holds \(entries.count) \(entries.count == 1 ? "file" : "files") and is not a govctl site "
                    + "(it has no \(marker))",
                hint: "give a new or empty directory; govctl writes a site only where it can tell its own pages from "
                    + "other files")
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").dropFirst()
        // Only plain names of this directory: a marker that names '../x' or 'a/b' removes nothing outside.
        let names: [String] = lines.map(String.init).filter { (name: String) -> Bool in
            !name.isEmpty && !name.contains("/") && name != "." && name != ".." && name != marker
        }
        return Set(names)
    }

    /// Whether `name` in `directory` is a page govctl generated: a regular `.html` file whose head names govctl as
    /// its generator (every page has `<meta name="generator" content="govctl …">`).
    static func isGovctlPage(_ directory: String, _ name: String) -> Bool {
        guard name.hasSuffix(".html"), !name.hasPrefix("."),
            case .success(let bytes) = BoundedFile.read(
                (directory as NSString).appendingPathComponent(name), namedOnCommandLine: false)
        else { return false }
        return String(decoding: bytes.prefix(2048), as: UTF8.self).contains(generatorMark)
    }

    /// What every page's head holds (`SitePage`).
    static let generatorMark = "<meta name=\"generator\" content=\"govctl"
}
