import Foundation
import Testing

@testable import GovKit

/// Choices as people type them: any case, spaces or hyphens, the id or the label.
@Suite struct ChoiceMatchingTests {
    let choices = [
        Choice(
            id: "teknisk-service",
            label: LocalizedText([.nb: "teknisk service (uteservice)", .en: "technical service"])),
        Choice(id: "servergruppe", label: LocalizedText([.nb: "servergruppe", .en: "server group"])),
    ]

    @Test func anIdMatchesWithoutRegardToCaseSpacesOrHyphens() {
        #expect(ChoiceMatching.id(for: "Servergruppe", among: choices) == "servergruppe")
        #expect(ChoiceMatching.id(for: "teknisk service", among: choices) == "teknisk-service")
        #expect(ChoiceMatching.id(for: "TEKNISK_SERVICE", among: choices) == "teknisk-service")
    }

    @Test func aLabelInAnyLanguageMatches() {
        #expect(ChoiceMatching.id(for: "Server group", among: choices) == "servergruppe")
        #expect(ChoiceMatching.id(for: "teknisk service (uteservice)", among: choices) == "teknisk-service")
    }

    @Test func anythingElseMatchesNothing() {
        #expect(ChoiceMatching.id(for: "skriver", among: choices) == nil)
        #expect(ChoiceMatching.id(for: " ", among: choices) == nil)
    }

    @Test func aMessageWithoutAutoSubmittedLeavesTheHeaderOut() throws {
        var message = MailMessage(
            from: "a@example.org", to: ["b@example.org"], subject: "s", body: "b\n",
            date: Date(timeIntervalSince1970: 0))
        message.autoSubmitted = false
        #expect(!(try message.render()).contains("Auto-Submitted"))
    }
}
