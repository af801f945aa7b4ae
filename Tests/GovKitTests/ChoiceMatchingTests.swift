import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// Choices as people type them: any case, spaces or hyphens, the id or the label.
final class ChoiceMatchingTests: XCTestCase {
    let choices = [
        Choice(
            id: "teknisk-service",
            label: LocalizedText([.nb: "teknisk service (uteservice)", .en: "technical service"])),
        Choice(id: "servergruppe", label: LocalizedText([.nb: "servergruppe", .en: "server group"])),
    ]

    func testAnIdMatchesWithoutRegardToCaseSpacesOrHyphens() {
        expectEqual(ChoiceMatching.id(for: "Servergruppe", among: choices), "servergruppe")
        expectEqual(ChoiceMatching.id(for: "teknisk service", among: choices), "teknisk-service")
        expectEqual(ChoiceMatching.id(for: "TEKNISK_SERVICE", among: choices), "teknisk-service")
    }

    func testALabelInAnyLanguageMatches() {
        expectEqual(ChoiceMatching.id(for: "Server group", among: choices), "servergruppe")
        expectEqual(ChoiceMatching.id(for: "teknisk service (uteservice)", among: choices), "teknisk-service")
    }

    func testAnythingElseMatchesNothing() {
        expectTrue(ChoiceMatching.id(for: "skriver", among: choices) == nil)
        expectTrue(ChoiceMatching.id(for: " ", among: choices) == nil)
    }

    func testAMessageWithoutAutoSubmittedLeavesTheHeaderOut() throws {
        var message = MailMessage(
            from: "a@example.org", to: ["b@example.org"], subject: "s", body: "b\n",
            date: Date(timeIntervalSince1970: 0))
        message.autoSubmitted = false
        try expectTrue(!(try message.render()).contains("Auto-Submitted"))
    }
}
