import TestSupport
import XCTest

@testable import GovKit

final class TextWrapTests: XCTestCase {
    struct Case: CustomStringConvertible, Sendable {
        let text: String
        let width: Int
        let wrapped: String
        var description: String { "\(width) columns: \(text.prefix(30))" }
    }

    static let cases: [Case] = [
        Case(text: "a short line", width: 40, wrapped: "a short line"),
        Case(
            text: "Sakene meldes inn via Min Sykehuspartner og ringes inn", width: 20,
            wrapped: "Sakene meldes inn\nvia Min\nSykehuspartner og\nringes inn"),
        Case(
            text: "  1. Sakene meldes inn via Min Sykehuspartner.", width: 24,
            wrapped: "  1. Sakene meldes inn\n     via Min\n     Sykehuspartner."),
        Case(
            text: "     [kilde: UTFØRELSE 7; rolle: Brukerstøtte]", width: 22,
            wrapped: "     [kilde: UTFØRELSE\n     7; rolle:\n     Brukerstøtte]"),
        Case(
            text: "- æøå æøå æøå æøå æøå æøå", width: 20,
            wrapped: "- æøå æøå æøå æøå\n  æøå æøå"),
        Case(
            text: "see https://example.org/a/very/long/address/that/does/not/fit here", width: 20,
            wrapped: "see\nhttps://example.org/a/very/long/address/that/does/not/fit\nhere"),
        Case(
            text: "first\n\n  second line that is long enough", width: 20,
            wrapped: "first\n\n  second line that\n  is long enough"),
        Case(text: "a line wider than a tiny terminal", width: 10, wrapped: "a line wider than a tiny terminal"),
    ]

    func testALongLineBreaksAtSpacesUnderItsText() throws {
        for a0 in Self.cases {
            withCase("\(a0)") { aLongLineBreaksAtSpacesUnderItsText(a0) }
        }
    }

    func aLongLineBreaksAtSpacesUnderItsText(_ c: Case) {
        expectEqual(TextWrap.wrap(c.text, width: c.width), c.wrapped)
    }

    func testNoWrappedLineIsWiderThanTheTerminalUnlessOneWordIs() {
        let text = String(repeating: "Kundservice informerar inringande förskrivare om driftstörning. ", count: 9)
        for line in TextWrap.wrap("  4. " + text, width: 60).split(separator: "\n") {
            expectTrue(line.count <= 60)
        }
    }
}
