import Foundation

/// Whether this build can do time-zone arithmetic for a named zone.
/// A static build can lose the zone database silently; govctl then refuses to compute rather than guess.
package enum TimeZoneCheck {
    /// Read once: every procedure file names its zone, and the list has hundreds of entries.
    private static let known = Set(TimeZone.knownTimeZoneIdentifiers)

    package static func isKnownIdentifier(_ identifier: String) -> Bool {
        known.contains(identifier) || TimeZone(identifier: identifier) != nil
    }
}
