import Foundation
import Testing

/// Every case of `Tests/Adversarial` (see its README) run against the built binary: the exit code, the texts that
/// must appear, and the texts (raw control characters) that must not.
@Suite struct AdversarialCorpusTests {
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

    @Test func theCorpusHasEveryClass() throws {
        let classes = Set(try Self.cases().map { $0.split(separator: "/")[0] })
        #expect(classes == ["trap", "runaway", "time", "money", "csv", "control", "redirection"])
    }

    @Test(arguments: try cases())
    func theCaseGivesTheExpectedExitAndMessage(_ name: String) throws {
        let caseDirectory = Self.directory.appending(path: name)
        let temporary = FileManager.default.temporaryDirectory.appending(path: "govctl-adversarial-\(UUID())")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let arguments = try JSONDecoder().decode(
            [String].self, from: Data(contentsOf: caseDirectory.appending(path: "args"))
        ).map {
            $0.replacingOccurrences(of: "{case}", with: caseDirectory.path)
                .replacingOccurrences(of: "{tmp}", with: temporary.path)
        }
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: caseDirectory.appending(path: "expected")))
        let stdin = try? String(contentsOf: caseDirectory.appending(path: "stdin"), encoding: .utf8)
        let result = try Binary.run(arguments, stdin: stdin)
        #expect(result.exitCode == expected.exit, "\(name): \(result.stderr)")
        for text in expected.stdout ?? [] {
            #expect(Self.has(result.stdout, text), "\(name): stdout lacks \(text.debugDescription)")
        }
        for text in expected.stderr ?? [] {
            #expect(Self.has(result.stderr, text), "\(name): stderr lacks \(text.debugDescription)")
        }
        for text in expected.absent ?? [] {
            #expect(
                !Self.has(result.stdout, text) && !Self.has(result.stderr, text),
                "\(name): has \(text.debugDescription)")
        }
    }
}
