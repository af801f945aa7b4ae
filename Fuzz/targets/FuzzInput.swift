import Foundation
import GovKit

/// What every target shares: the input as bytes, and a fixed "today" so that runs repeat.
enum FuzzInput {
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 21)
    static let todayLocal = LocalClock(zone: TimeZone(secondsFromGMT: 3600) ?? .current).local(
        Date(timeIntervalSince1970: 1_795_766_400))

    /// Each guide with a monitor evaluated as `reserve-status` does, its clock started an hour before `now`, and its
    /// status rendered in every format.
    static func monitorEveryGuide(of procedure: Procedure, now: Date) {
        for guide in procedure.guides {
            guard let monitor = guide.monitor else { continue }
            var request = GuideRequest(now: now)
            request.timeFacts[monitor.since] = now.addingTimeInterval(-3600)
            guard let result = try? GuideEvaluator.evaluate(guide, in: procedure, request: request),
                let status = MonitorStatus(result)
            else { continue }
            _ = MonitorStatusRenderer.text(status)
            _ = MonitorStatusRenderer.json(status)
            _ = MonitorStatusRenderer.nagios(status)
        }
    }
}
