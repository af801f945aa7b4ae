import TestSupport
import XCTest

@testable import GovKit

final class ParallelMapTests: XCTestCase {
    func testResultsComeBackInTheOrderOfTheInputWhateverItsSize() {
        for count in [0, 1, 2, 63, 64, 65, 1000] {
            let items = Array(0..<count)
            expectEqual(ParallelMap.map(items) { $0 * 2 }, items.map { $0 * 2 })
        }
    }
}
