import CLIKit
import Foundation
import GovKit

enum ManCommand {
    /// The man page's date when SOURCE_DATE_EPOCH is not set: this version's release date, so that the same
    /// binary always prints the same page.
    static let releaseDate = "2026-11-28"

    static let command = Command(
        name: "man", summary: "print the manual page (roff) made from the command declarations",
        description: """
            The page has NAME, SYNOPSIS, DESCRIPTION, OPTIONS, each command, EXIT STATUS, ENVIRONMENT (with the
            configuration files), FILES and EXAMPLES. Its date is SOURCE_DATE_EPOCH's day when set, else this version's release date.
            """,
        formats: TextFace.declared,
        examples: ["govctl man | man -l -", "govctl man | gzip -9n > /usr/local/share/man/man1/govctl.1.gz"]
    ) { context throws(GovError) in
        Output(stdout: ManPage.text(for: GovCtl.program, date: date(context.environment)))
    }

    /// `YYYY-MM-DD` from SOURCE_DATE_EPOCH (seconds since 1970, UTC), else the release date.
    static func date(_ environment: [String: String]) -> String {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) else { return releaseDate }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let parts = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return releaseDate }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
