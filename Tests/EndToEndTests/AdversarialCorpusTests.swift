import Foundation
import TestSupport
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every case of `Tests/Adversarial` (see its README) run against the built binary: the exit code, the texts that
/// must appear, and the texts (raw control characters) that must not. A case's `setup` makes what the attack needs
/// in `{tmp}` first: a FIFO, a symbolic link, a mode, an owner.
final class AdversarialCorpusTests: XCTestCase {
    static let directory = Binary.root.appending(path: "Tests/Adversarial")

    /// `CLASS/NAME` of every case.
    static func cases() throws -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        for kind in try fm.contentsOfDirectory(atPath: directory.path).sorted() {
            let classDirectory = directory.appending(path: kind)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: classDirectory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            for name in try fm.contentsOfDirectory(atPath: classDirectory.path).sorted() {
                found.append("\(kind)/\(name)")
            }
        }
        return found
    }

    struct Expected: Decodable {
        let exit: Int32
        var stdout: [String]?
        var stderr: [String]?
        var absent: [String]?
        /// Permission bits (octal text) that paths must have after the run.
        var modes: [String: String]?
    }

    /// What a case makes before it runs, and how it runs (`setup`, optional).
    struct Setup: Decodable {
        /// Done in order; paths may use `{tmp}` and `{case}`.
        var steps: [Step]?
        /// Added to the environment (values may use `{tmp}` and `{case}`).
        var environment: [String: String]?
        /// Run as a user without privileges (as root: `nobody` through setpriv), for "permission denied".
        var unprivileged: Bool?
        /// Run under this umask (octal text).
        var umask: String?
        /// Why the case needs root (it gives a file to another user); it is skipped, saying so, when not root.
        var needsRoot: String?
    }

    /// One thing to make. Exactly one of `dir`, `file`, `copy`, `fifo`, `symlink`, `chmod`, `chown` is given.
    struct Step: Decodable {
        var dir: String?
        var file: String?
        /// A file's text (default empty), or its size as a sparse file of zeros.
        var text: String?
        var size: Int?
        var copy: String?
        var fifo: String?
        var symlink: String?
        /// The copy's destination or the link's target.
        var to: String?
        var chmod: String?
        var chown: String?
        var owner: String?
        var group: String?
        /// Octal text, set after `dir`, `file`, `copy` or with `chmod`.
        var mode: String?
    }

    static var isRoot: Bool { geteuid() == 0 }

    /// The cases that need root and the ones that do not (the former are skipped, saying why, when not root).
    static func split() -> (plain: [String], root: [String]) {
        let all = (try? cases()) ?? []
        let root = all.filter { (try? setup($0))??.needsRoot != nil }
        return (all.filter { !root.contains($0) }, root)
    }

    static func setup(_ name: String) throws -> Setup? {
        let url = directory.appending(path: name).appending(path: "setup")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try JSONDecoder().decode(Setup.self, from: Data(contentsOf: url))
    }

    /// Whether `text`'s bytes occur in `output` (byte by byte: a CR inside a CRLF counts, unlike `Character`s).
    static func has(_ output: String, _ text: String) -> Bool {
        let haystack = Array(output.utf8)
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }

    func testTheCorpusHasEveryClass() throws {
        let classes = Set(try Self.cases().map { $0.split(separator: "/")[0] })
        expectEqual(
            classes,
            [
                "trap", "runaway", "time", "money", "csv", "control", "redirection", "trust", "files", "lost", "config",
                "validate", "combination",
            ])
    }

    func testTheCaseGivesTheExpectedExitAndMessage() throws {
        forEachCase(Self.split().plain) { a0 in
            try Self.theCaseGivesTheExpectedExitAndMessage(a0)
        }
    }

    static func theCaseGivesTheExpectedExitAndMessage(_ name: String) throws {
        try Self.check(name)
    }

    func testTheCaseThatNeedsRootGivesTheExpectedExitAndMessage() throws {
        try XCTSkipUnless(
            Self.isRoot, "these cases give a file to another user (chown), which only root can; CI runs as root")
        forEachCase(Self.split().root) { a0 in
            try Self.theCaseThatNeedsRootGivesTheExpectedExitAndMessage(a0)
        }
    }

    static func theCaseThatNeedsRootGivesTheExpectedExitAndMessage(_ name: String) throws {
        try Self.check(name)
    }

    static func check(_ name: String) throws {
        let caseDirectory = directory.appending(path: name)
        let temporary = try TemporaryDirectory.make("adversarial")
        defer { TemporaryDirectory.remove(temporary) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temporary.path)
        func expand(_ text: String) -> String {
            text.replacingOccurrences(of: "{case}", with: caseDirectory.path)
                .replacingOccurrences(of: "{tmp}", with: temporary.path)
                .replacingOccurrences(of: "{root}", with: Binary.root.path)
        }
        let setup = try Self.setup(name)
        for step in setup?.steps ?? [] { try make(step, expand) }
        let arguments = try JSONDecoder().decode(
            [String].self, from: Data(contentsOf: caseDirectory.appending(path: "args"))
        ).map(expand)
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: caseDirectory.appending(path: "expected")))
        let stdin = try? String(contentsOf: caseDirectory.appending(path: "stdin"), encoding: .utf8)
        var launcher: [String] = []
        var binary: String?
        if setup?.unprivileged == true, isRoot {
            // As root every permission is granted: run as nobody, from a copy nobody can reach.
            let copy = temporary.appending(path: "govctl-binary").path
            try Binary.copy(to: copy)
            launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            binary = copy
        }
        if let umask = setup?.umask {
            launcher = ["/bin/sh", "-c", "umask \(umask); exec \"$@\"", "sh"] + launcher
        }
        let environment = (setup?.environment ?? [:]).mapValues(expand)
        let result = try Binary.run(
            arguments, environment: environment, stdin: stdin, launcher: launcher, binary: binary, timeout: 60)
        expectTrue(!result.timedOut, "\(name): still running after 60 s (a hang)")
        expectEqual(result.exitCode, expected.exit, "\(name): \(result.stdout)\(result.stderr)")
        for text in expected.stdout ?? [] {
            expectTrue(has(result.stdout, expand(text)), "\(name): stdout lacks \(text.debugDescription)")
        }
        for text in expected.stderr ?? [] {
            expectTrue(has(result.stderr, expand(text)), "\(name): stderr lacks \(text.debugDescription)")
        }
        for text in expected.absent ?? [] {
            expectTrue(
                !has(result.stdout, expand(text)) && !has(result.stderr, expand(text)),
                "\(name): has \(text.debugDescription)")
        }
        for (path, mode) in expected.modes ?? [:] {
            let found = try FileManager.default.attributesOfItem(atPath: expand(path))[.posixPermissions] as? Int
            expectEqual(found, Int(mode, radix: 8), "\(name): \(path) has mode \(String(found ?? 0, radix: 8))")
        }
    }

    /// Makes one setup step.
    static func make(_ step: Step, _ expand: (String) -> String) throws {
        let fm = FileManager.default
        func setMode(_ path: String) throws {
            if let mode = step.mode, let bits = Int(mode, radix: 8) {
                try fm.setAttributes([.posixPermissions: bits], ofItemAtPath: path)
            }
        }
        if let dir = step.dir.map(expand) {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try setMode(dir)
        } else if let file = step.file.map(expand) {
            try Data((step.text ?? "").utf8).write(to: URL(fileURLWithPath: file))
            if let size = step.size {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
                try handle.truncate(atOffset: UInt64(size))
                try handle.close()
            }
            try setMode(file)
        } else if let source = step.copy.map(expand), let destination = step.to.map(expand) {
            try fm.copyItem(atPath: source, toPath: destination)
            try setMode(destination)
        } else if let fifo = step.fifo.map(expand) {
            expectEqual(mkfifo(fifo, 0o644), 0, "mkfifo \(fifo)")
        } else if let link = step.symlink.map(expand), let target = step.to.map(expand) {
            try fm.createSymbolicLink(atPath: link, withDestinationPath: target)
        } else if let path = step.chmod.map(expand) {
            try setMode(path)
        } else if let path = step.chown.map(expand) {
            var attributes: [FileAttributeKey: Any] = [:]
            if let owner = step.owner { attributes[.ownerAccountName] = owner }
            if let group = step.group { attributes[.groupOwnerAccountName] = group }
            try fm.setAttributes(attributes, ofItemAtPath: path)
        } else {
            reportFailure("a setup step with nothing to do")
        }
    }
}
