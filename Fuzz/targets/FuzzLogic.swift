import GovKit

/// libFuzzer target: the JSON Logic engine. The input is a rule, a NUL byte, then the data (no NUL: data is null).
/// A rule that compiles is evaluated within the standard limits and its result written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogic(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    guard let ruleJSON = try? JSONParser.parse(Array(bytes[..<split])).root.value else { return 0 }
    var dataJSON = JSONValue.null
    if split < bytes.endIndex {
        guard let parsed = try? JSONParser.parse(Array(bytes[(split + 1)...])).root.value else { return 0 }
        dataJSON = parsed
    }
    guard let rule = try? Rule(ruleJSON) else { return 0 }
    do throws(LogicError) {
        _ = JSONWriter.compact(try rule.evaluate(dataJSON))
    } catch {
        _ = ErrorRenderer.text(error)
        _ = ErrorRenderer.json(error)
    }
    return 0
}
