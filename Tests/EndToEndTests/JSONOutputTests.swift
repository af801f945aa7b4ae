import Foundation
import TestSupport
import XCTest

@testable import GovKit

/// JSON output: exact amounts, no marked blanks, errors from one renderer.
final class JSONOutputTests: XCTestCase {
    func testAnExactDecimalIsWrittenDigitForDigitWhereADoubleWouldNot() {
        expectEqual(JSONWriter.compact(.decimal(Decimal(2_884_000))), "2884000")
        expectEqual(JSONWriter.compact(.decimal(Decimal(string: "1234.50")!)), "1234.5")
        expectEqual(
            JSONWriter.compact(.decimal(Decimal(string: "12345678901234567890.01")!)), "12345678901234567890.01")
        expectEqual(JSONWriter.compact(.number(12_345_678_901_234_567_890.01)), "1.2345678901234567e+19")
    }

    func testTheRuleEngineReadsADecimalAsANumber() throws {
        let data = JSONValue.object(JSONObject([("amount", .decimal(Decimal(25_000)))]))
        try expectEqual(
            try Rule(.object(JSONObject([(">=", [["var": "amount"], 25_000])]))).evaluate(data), .bool(true))
        try expectEqual(try Rule(.object(JSONObject([("+", [["var": "amount"], 1])]))).evaluate(data), .number(25_001))
    }

    func testRowsGoOnOneLineWhenAsked() {
        let value: JSONValue = ["lines": [["id": "a", "amount": 1]], "nested": ["deep": ["x": 1]]]
        let text = JSONWriter.pretty(value) { path, value in path.first == "lines" && JSONWriter.isRow(value) }
        expectEqual(
            text,
            "{\n  \"lines\": [\n    {\"id\": \"a\", \"amount\": 1}\n  ],\n  \"nested\": {\n    \"deep\": {\n      \"x\": 1\n    }\n  }\n}"
        )
    }

    func testBudgetAmountsInJSONAreTheExactDecimals() throws {
        let r = try Binary.run(["budget", "websesam", "--format", "json", "--now", "2026-11-21T03:00"])
        expectEqual(r.exitCode, 0)
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        expectEqual((json["total"] as? NSNumber)?.int64Value, 2_884_000)
        expectTrue(r.stdout.contains("\"total\": 2884000,\n"))
        expectTrue(r.stdout.contains("\"percent\": 80, \"amount\": 2307200}"))
        expectTrue(!r.stdout.contains("e+"))
    }

    func testAMissingFieldIsNullInJSONAndListedWithItsLabelAndFlag() throws {
        let r = try Binary.run([
            "report-urgent", "LVMS", "--format", "json", "--description", "svarer ikke", "--now", "2026-11-21T03:00",
        ])
        expectEqual(r.exitCode, 0)
        expectTrue(!r.stdout.contains("[[MANGLER"))
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let texts = try require(json["texts"] as? [String: Any])
        expectTrue(texts["description"] is NSNull)
        expectTrue(texts["subject"] as? String == "LVMS – OK skal hjelpe")
        let missing = try require(json["missing"] as? [[String: Any]])
        expectEqual(
            missing.map { $0["id"] as? String },
            [
                "affectsOperations", "needsAdHocHelp", "cannotBePlanned", "department", "users", "pcs", "servers",
                "competence", "contact", "mobile",
            ])
        expectTrue(missing.first?["label"] as? String == "Påvirker hendelsen/feilsituasjonen sykehusdriften?")
        expectTrue(missing.first?["flag"] as? String == "--fact affectsOperations=…")
        expectTrue(missing[3]["label"] as? String == "Avdeling")
        expectTrue(missing[3]["flag"] as? String == "--department")
        let text = try Binary.run([
            "report-urgent", "LVMS", "--description", "svarer ikke", "--now", "2026-11-21T03:00",
        ])
        expectTrue(text.stdout.contains("Avdeling: [[MANGLER: Avdeling]]"))
    }

    func testAGuideGivesMissingFactsAsFactArguments() throws {
        let r = try Binary.run(["guide", "hastesak-sykehuspartner", "--system", "LVMS", "--format", "json"])
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let missing = try require(json["missing"] as? [[String: Any]])
        expectTrue(missing.first?["flag"] as? String == "--fact affectsOperations=…")
        expectTrue(missing.contains { $0["flag"] as? String == "--fact description=…" })
    }

    func testAnErrorIsRenderedAsJSONByTheErrorRenderer() throws {
        let error = GovError(.notFound, "unknown system 'LVSM'", hint: "did you mean 'LVMS'?")
        let json = try require(
            try JSONSerialization.jsonObject(with: Data(ErrorRenderer.json(error).utf8)) as? [String: Any])
        let body = try require(json["error"] as? [String: Any])
        expectTrue(body["type"] as? String == "notFound")
        expectTrue(body["message"] as? String == "unknown system 'LVSM'")
        expectTrue(body["hint"] as? String == "did you mean 'LVMS'?")
        expectEqual((body["diagnostics"] as? [Any])?.isEmpty, true)
        expectEqual(ErrorRenderer.text(error), "govctl: error: unknown system 'LVSM'; did you mean 'LVMS'?\n")
    }

    func testACommandsErrorWithFormatJSONIsTheSameObjectOnStdout() throws {
        let r = try Binary.run(["budget", "webSesm", "--format", "json"])
        expectEqual(r.exitCode, 66)
        let json = try require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        expectTrue((json["error"] as? [String: Any])?["type"] as? String == "notFound")
        expectTrue(r.stderr.contains("govctl: error: unknown system 'webSesm'"))
    }

    func testAnUnknownFormatIsAUsageErrorListingTheCommandsFormats() throws {
        let r = try Binary.run(["budget", "websesam", "--format", "email"])
        expectEqual(r.exitCode, 64)
        expectTrue(r.stderr.contains("'--format email' is not one of text, csv, json, markdown"))
        let unknown = try Binary.run(["list", "--format", "yaml"])
        expectEqual(unknown.exitCode, 64)
        expectTrue(unknown.stderr.contains("is not one of text, json"))
    }
}
