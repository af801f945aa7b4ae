import Foundation
import Testing

/// A test that needs a Debian tool (man, groff, zsh, fish) it cannot find: a plain note where the tool is simply
/// not installed, a failure in CI, where .ci/run installs the tools and sets GOVCTL_REQUIRE_TOOLS=1.
enum ToolRequirement {
    static func missing(_ note: String) {
        if ProcessInfo.processInfo.environment["GOVCTL_REQUIRE_TOOLS"] == "1" {
            Issue.record("\(note) (GOVCTL_REQUIRE_TOOLS=1: a missing tool is a failure)")
        } else {
            print(note)
        }
    }
}
