import Foundation
import TestSupport
import XCTest

/// `govctl budget`: exact amounts, the balance assertion, the financing split, who pays for an adaptation.
final class BudgetTests: XCTestCase {
    /// A copy of the bundled procedures with one edit to the webSesam file, in a directory the test removes.
    func procedures(editing edit: (String) -> String) throws -> URL {
        let original = try String(
            contentsOf: Binary.root.appending(path: "procedures/vgr-websesam.json"), encoding: .utf8)
        let edited = edit(original)
        expectTrue(edited != original, "the edit changed nothing")
        let directory = try TemporaryDirectory.make("budget")
        do {
            try edited.write(to: directory.appending(path: "vgr-websesam.json"), atomically: true, encoding: .utf8)
        } catch {
            TemporaryDirectory.remove(directory)
            throw error
        }
        return directory
    }

    func testABrokenLineFailsTheBalanceAssertionWithFileLineSumAndTotal() throws {
        let directory = try procedures { $0.replacingOccurrences(of: "\"amount\": 569000", with: "\"amount\": 596000") }
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(["budget", "websesam", "--procedures", directory.path])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stdout.isEmpty)
        expectTrue(r.stderr.contains("vgr-websesam.json:"))
        expectTrue(
            r.stderr.contains(
                "error: budget 'websesam-2021': the lines add up to 2911000 but the stated total is 2884000"))
        let validate = try Binary.run(["validate", directory.path])
        expectEqual(validate.exitCode, 65)
        expectTrue(
            validate.stdout.range(
                of: #"vgr-websesam\.json:\d+:\d+: error: budget 'websesam-2021': the lines add up to 2911000"#,
                options: .regularExpression) != nil)
    }

    func testSharesThatDoNotAddUpToOneHundredAreInvalid() throws {
        let directory = try procedures { $0.replacingOccurrences(of: "\"percent\": 5 }", with: "\"percent\": 6 }") }
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(["validate", directory.path, "--format", "json"])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stdout.contains("\"code\": \"financing-not-100\""))
    }

    func testAFractionalAmountWrittenAsANumberIsRefused() throws {
        let directory = try procedures {
            $0.replacingOccurrences(of: "\"amount\": 300000", with: "\"amount\": 300000.5")
        }
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(["validate", directory.path])
        expectEqual(r.exitCode, 65)
        expectTrue(r.stdout.contains("'amount' 300000.5 is not an exact whole number"))
    }

    func testDecimalStringsStayExactAndAnUnevenSplitGivesTheRemainderToItsShare() throws {
        let directory = try procedures {
            $0.replacingOccurrences(of: "\"amount\": 300000", with: "\"amount\": \"300000.01\"")
                .replacingOccurrences(of: "\"total\": 2884000", with: "\"total\": \"2884000.01\"")
        }
        defer { TemporaryDirectory.remove(directory) }
        let r = try Binary.run(["budget", "websesam", "--format", "json", "--procedures", directory.path])
        expectEqual(r.exitCode, 0, "\(r.stderr)")
        expectTrue(r.stdout.contains("\"total\": 2884000.01,"))
        expectTrue(r.stdout.contains("\"amount\": 2307200.01}"))
        expectTrue(r.stdout.contains("\"remainder\": 0.01,"))
        let text = try Binary.run(["budget", "websesam", "--procedures", directory.path])
        expectTrue(text.stdout.contains("2 884 000,01 kr"))
    }

    func testTheFinancingSplitSumsExactlyToTheTotal() throws {
        let r = try Binary.run(["budget", "websesam", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let shares = (json?["financing"] as? [String: Any])?["shares"] as? [[String: Any]] ?? []
        expectEqual(shares.compactMap { $0["amount"] as? Int }, [2_307_200, 432_600, 144_200])
        expectTrue(json?["total"] as? Int == 2_884_000)
    }

    func testAYearWithNoBudgetExits66() throws {
        let r = try Binary.run(["budget", "websesam", "--year", "2020"])
        expectEqual(r.exitCode, 66)
        expectTrue(r.stderr.contains("years with a budget: 2021"))
    }

    func testAnAdaptationOverTheThresholdIsPaidByTheUserAssociation() throws {
        let r = try Binary.run(["budget", "websesam", "--adaptation", "25001", "--shared", "--format", "json"])
        expectTrue(r.stdout.contains("\"payer\": \"user-association\""))
    }

    func testASharedAdaptationAtTheThresholdIsWhereTheSourceIsSilent() throws {
        let r = try Binary.run(["budget", "websesam", "--adaptation", "25000", "--shared", "--lang", "en"])
        expectTrue(
            r.stdout.contains(
                "The management plan does not say who pays for an adaptation of 25 000 kr or less that several customers can use"
            )
        )
    }

    func testCsvHasOneRowPerLineAndPlainNumbers() throws {
        let r = try Binary.run(["budget", "websesam", "--format", "csv"])
        let rows = r.stdout.split(separator: "\n")
        expectEqual(rows.count, 6)
        expectTrue(rows.dropFirst().allSatisfy { $0.contains(",SEK,") })
        expectTrue(!r.stdout.contains(" kr"))
    }
}
