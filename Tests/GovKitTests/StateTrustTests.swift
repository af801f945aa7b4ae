import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// The rules `StateTrust` applies to the outage log and the directories above it, on stated modes and owners (the
/// end-to-end cases in Tests/Adversarial/trust check them on real files; giving a file to another user needs root,
/// so these cover that rule as any user).
final class StateTrustTests: XCTestCase {
    let trust = StateTrust(group: "govctl")
    let me: uid_t = 1000

    func status(_ mode: mode_t, owner: uid_t = 1000, group: String = "kari") -> StateTrust.Status {
        StateTrust.Status(mode: mode, owner: owner, ownerName: owner == 1000 ? "kari" : "eve", groupName: group)
    }

    func testAPrivateFileOfRootOrTheUserIsTrusted() {
        expectTrue(trust.problem(status(0o640), .file, user: me) == nil)
        expectTrue(trust.problem(status(0o640, owner: 0, group: "root"), .file, user: me) == nil)
        expectTrue(trust.problem(status(0o750, owner: 0, group: "root"), .directory, user: me) == nil)
    }

    func testWritableByOthersIsRefusedEvenWithTheStickyBitExceptAboveTheLogsDirectory() {
        expectEqual(trust.problem(status(0o666), .file, user: me)?.reason, "writable by others (mode 0666)")
        expectEqual(trust.problem(status(0o1777, owner: 0), .directory, user: me)?.fix, "chmod o-w")
        expectEqual(trust.problem(status(0o777, owner: 0), .above, user: me)?.reason, "writable by others (mode 0777)")
        expectTrue(trust.problem(status(0o1777, owner: 0, group: "root"), .above, user: me) == nil)
    }

    func testWritableByItsGroupOnlyWhenThatGroupSharesTheLog() {
        expectEqual(
            trust.problem(status(0o660, group: "staff"), .file, user: me)?.reason,
            "writable by 'staff' (mode 0660), which is not the group that shares the log ('govctl')")
        expectTrue(trust.problem(status(0o660, owner: 0, group: "govctl"), .file, user: me) == nil)
        expectTrue(trust.problem(status(0o2770, owner: 0, group: "govctl"), .directory, user: me) == nil)
        expectTrue(StateTrust(group: "staff").problem(status(0o660, group: "staff"), .file, user: me) == nil)
    }

    func testAnotherUsersFileIsRefusedUnlessItsGroupSharesTheLog() {
        expectEqual(
            trust.problem(status(0o640, owner: 1001), .file, user: me)?.reason.hasPrefix(
                "owned by 'eve', not by root or by you"), true)
        expectEqual(trust.problem(status(0o750, owner: 1001), .above, user: me)?.fix, "chown root")
        // Only root and the group's members can give a file that group: a member's notification state is trusted.
        expectTrue(trust.problem(status(0o660, owner: 1001, group: "govctl"), .file, user: me) == nil)
        // Root is refused another user's file too.
        expectTrue(trust.problem(status(0o640, owner: 1000), .file, user: 0) != nil)
    }

    func testTheGroupIsGovctlUnlessConfigured() {
        expectEqual(StateTrust().group, "govctl")
        expectEqual(StateTrust(group: nil).group, StateTrust.defaultGroup)
    }
}
