import TestSupport
import XCTest

@testable import GovKit

final class TemplateTests: XCTestCase {
    func testPlaceholderNamesAreTheOnesRenderingFillsIn() throws {
        for a0 in [
            "Ring {{contact}} om {{ system.name }}.",
            "no placeholders at all",
            "{{a}}{{b}}",
            "{{unclosed and {{closed}}",
            "æøå {{navn}} ÆØÅ",
            "{{}} and {",
        ] {
            withCase("\(a0)") { placeholderNamesAreTheOnesRenderingFillsIn(text: a0) }
        }
    }

    func placeholderNamesAreTheOnesRenderingFillsIn(text: String) {
        var filled: [String] = []
        _ = Template.render(
            text,
            value: {
                filled.append($0)
                return ""
            }, missing: { _ in "" })
        expectEqual(Template.placeholders(in: text), filled)
    }

    func testNamesAreTrimmedAndInOrder() {
        expectEqual(Template.placeholders(in: "{{ b }} then {{a.c}}"), ["b", "a.c"])
    }
}
