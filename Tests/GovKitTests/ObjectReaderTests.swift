import TestSupport
import XCTest

@testable import GovKit

final class ObjectReaderTests: XCTestCase {
    func reader(_ text: String) throws -> (ObjectReader, DiagnosticSink) {
        let bytes = Array(text.utf8)
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: bytes))
        let root = try JSONParser.parse(bytes).root
        let reader = ObjectReader(root, what: "the object", sink: sink)
        guard reader.isObject else { throw Failure() }
        return (reader, sink)
    }

    struct Failure: Error {}

    func testKeysAreFoundInAnyOrderAndOnlyTheUnaskedOneIsUnknown() throws {
        var (r, sink) = try reader(#"{"b": "2", "a": "1", "c": "3", "typo": "x"}"#)
        expectEqual(r.string("c"), "3")
        expectEqual(r.string("a"), "1")
        expectEqual(r.string("b"), "2")
        expectTrue(r.string("missing") == nil)
        r.finish()
        expectEqual(sink.items.map(\.message), ["unknown key 'typo' in the object"])
    }

    func testObjectsWithMoreThanSixtyFourMembersStillReportTheUnknownOnes() throws {
        // Keys are literals in the decoders; the 70 are written out as they would be there.
        let keys: [String] = [
            "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13", "k14", "k15",
            "k16", "k17", "k18", "k19", "k20", "k21", "k22", "k23", "k24", "k25", "k26", "k27", "k28", "k29", "k30",
            "k31", "k32", "k33", "k34", "k35", "k36", "k37", "k38", "k39", "k40", "k41", "k42", "k43", "k44", "k45",
            "k46", "k47", "k48", "k49", "k50", "k51", "k52", "k53", "k54", "k55", "k56", "k57", "k58", "k59", "k60",
            "k61", "k62", "k63", "k64", "k65", "k66", "k67", "k68", "k69",
        ]
        let members = (0..<70).map { "\"k\($0)\": \"v\($0)\"" } + ["\"extra\": \"x\""]
        var (r, sink) = try reader("{" + members.joined(separator: ", ") + "}")
        for i in (0..<70).reversed() { expectEqual(r.string(keys[i]), "v\(i)") }
        r.finish()
        expectEqual(sink.items.map(\.message), ["unknown key 'extra' in the object"])
    }

    func testAnEscapedKeyIsTheSameKeyAndTheFirstValueCounts() throws {
        let parsed = try JSONParser.parse(#"{"a": "first", "\u0061": "second", "é": 1}"#)
        expectEqual(parsed.duplicateKeys.map(\.message), ["duplicate key 'a'"])
        expectEqual(parsed.root.value, ["a": "first", "é": 1])
        var (r, _) = try reader(#"{"\u0062": "escaped"}"#)
        expectEqual(r.string("b"), "escaped")
    }

    func testANonObjectIsReportedAndReadsAsNotAnObject() throws {
        let sink = DiagnosticSink(source: SourceText(path: "t.json", bytes: Array("[1]".utf8)))
        let reader = ObjectReader(try JSONParser.parse("[1]").root, what: "the object", sink: sink)
        expectTrue(!reader.isObject)
        expectEqual(sink.items.map(\.message), ["the object must be an object, found array"])
    }

    func testDuplicatesAreFoundInLargeObjectsToo() throws {
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0"]
        let parsed = try JSONParser.parse("{" + members.joined(separator: ", ") + "}")
        expectEqual(parsed.duplicateKeys.map(\.message), ["duplicate key 'k7'"])
        expectEqual(parsed.root.value["k7"], 7)
    }
}
