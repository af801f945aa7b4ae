import Foundation

/// Whether this build can do time-zone arithmetic for a named zone.
/// A static build can lose the zone database silently; govctl then refuses to compute rather than guess.
public enum TimeZoneCheck {
    public static func isKnownIdentifier(_ identifier: String) -> Bool {
        TimeZone.knownTimeZoneIdentifiers.contains(identifier) || TimeZone(identifier: identifier) != nil
    }
}
