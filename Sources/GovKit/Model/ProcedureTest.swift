/// A test case written in a procedure file: facts in, expected outcome out.
public struct ProcedureTest: Sendable {
    public let name: String
    public let guide: String
    /// The system name to run the guide for (as a user would type it), if any.
    public let system: String?
    /// The clock for the test (`--now`), ISO 8601; local time in the procedure's zone without an offset.
    public let now: String?
    public let facts: [String: JSONValue]
    /// Expected derived values (only those listed are checked).
    public let expectDerived: [String: JSONValue]
    /// Expected ids of the steps shown, in order, if given.
    public let expectSteps: [String]?
    /// Expected ids of the facts still missing, if given.
    public let expectMissing: [String]?
    public let offset: Int
}
