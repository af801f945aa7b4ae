import TestSupport
import Testing

@testable import GovKit

@Suite struct TemplateTests {
    @Test(arguments: [
        "Ring {{contact}} om {{ system.name }}.",
        "no placeholders at all",
        "{{a}}{{b}}",
        "{{unclosed and {{closed}}",
        "æøå {{navn}} ÆØÅ",
        "{{}} and {",
    ])
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

    @Test func namesAreTrimmedAndInOrder() {
        expectEqual(Template.placeholders(in: "{{ b }} then {{a.c}}"), ["b", "a.c"])
    }
}
