import Foundation

/// Whether this build can do time-zone arithmetic for a named zone.
/// A static build can lose the zone database silently; govctl then refuses to compute rather than guess.
package enum TimeZoneCheck {
    /// Whether a zone of this name can be made. (Listing every known identifier to look one up cost a seventh of
    /// `report-urgent`'s instructions, and any name the list holds can be made anyway.)
    package static func isKnownIdentifier(_ identifier: String) -> Bool {
        TimeZone(identifier: identifier) != nil
    }
}
