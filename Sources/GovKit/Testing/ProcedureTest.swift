/// A test case written in a procedure file: facts in, expected outcome out.
package struct ProcedureTest: Sendable {
    package let name: String
    package let guide: String
    /// The system name to run the guide for (as a user would type it), if any.
    package let system: String?
    /// The clock for the test (`--now`), ISO 8601; local time in the procedure's zone without an offset.
    package let now: String?
    package let facts: [String: JSONValue]
    /// Expected derived values (only those listed are checked).
    package let expectDerived: [String: JSONValue]
    /// Expected ids of the steps shown, in order, if given.
    package let expectSteps: [String]?
    /// Expected ids of the facts still missing, if given.
    package let expectMissing: [String]?
    package let offset: Int
    /// Byte offsets of the values in `facts`, by fact, for messages.
    package var factOffsets: [String: Int] = [:]
    /// Byte offset of `system`, for messages.
    package var systemOffset: Int? = nil
}
