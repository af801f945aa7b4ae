import GovKit

/// libFuzzer target: the JSON reader. Any bytes in; a document that parses is written compact and must parse again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    guard let document = try? JSONParser.parse(bytes) else { return 0 }
    let written = JSONWriter.compact(document.root.value)
    guard (try? JSONParser.parse(Array(written.utf8))) != nil else {
        preconditionFailure("JSONWriter wrote text the parser refuses: \(written)")
    }
    _ = JSONWriter.pretty(document.root.value)
    return 0
}
