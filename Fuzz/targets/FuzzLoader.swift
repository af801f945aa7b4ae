import Foundation
import GovKit

/// libFuzzer target: one procedure file through the loader and its checks, then every renderer that shows a loaded
/// procedure (text and JSON), its budgets (text, CSV, JSON), every monitored guide as `reserve-status` shows it
/// (text, JSON, Nagios) and the file's own test cases (which evaluate its guides).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    let set = ProcedureLoader.load([ProcedureFile(path: "fuzz.json", bytes: bytes)], today: FuzzInput.today)
    _ = DiagnosticRenderer.text(set.diagnostics)
    _ = DiagnosticRenderer.validationJSON(set.diagnostics, files: 1, valid: set.errors.isEmpty)
    guard set.errors.isEmpty else { return 0 }
    let catalog = Catalog(set.procedures)
    let today = FuzzInput.todayLocal
    _ = CatalogRenderer.listText(catalog, language: nil, today: { _ in today })
    _ = CatalogRenderer.listJSON(catalog, today: { _ in today })
    for procedure in set.procedures {
        _ = ProcedureRenderer.text(procedure, language: nil, today: today)
        _ = ProcedureRenderer.json(procedure, today: today)
        for budget in procedure.budgets {
            let report = BudgetReport(budget: budget, in: procedure)
            _ = BudgetTextRenderer.render(report, language: nil, today: today)
            _ = BudgetCSVRenderer.render(report, language: nil)
            _ = BudgetJSONRenderer.render(report, language: nil, adaptation: nil)
        }
    }
    for procedure in set.procedures { FuzzInput.monitorEveryGuide(of: procedure, now: today.date) }
    let outcomes = ProcedureTestRunner.run(catalog, now: today.date)
    _ = TestReportRenderer.text(outcomes)
    _ = TestReportRenderer.json(outcomes)
    return 0
}
