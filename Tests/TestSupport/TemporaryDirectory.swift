import Foundation

/// A directory of its own in the temporary directory for one test, removed by the `defer` that follows it, so that
/// nothing is left behind when the test passes, fails or throws:
///
///     let directory = try TemporaryDirectory.make("budget")
///     defer { TemporaryDirectory.remove(directory) }
///
/// A helper that makes one and then fails removes it before it throws.
package enum TemporaryDirectory {
    /// A new, empty `govctl-NAME-UUID` directory.
    package static func make(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "govctl-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes `url` and everything under it, first letting its owner into every directory a test closed (mode 000,
    /// 0555), so that removal cannot fail half way.
    package static func remove(_ url: URL) {
        open(url.path)
        try? FileManager.default.removeItem(at: url)
    }

    /// Gives every directory under `path` (not following links) mode 0700, parents first.
    private static func open(_ path: String) {
        let fm = FileManager.default
        guard (try? fm.destinationOfSymbolicLink(atPath: path)) == nil else { return }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        try? fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
            open((path as NSString).appendingPathComponent(name))
        }
    }
}
