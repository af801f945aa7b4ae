/// One procedure file: a source document transcribed into data.
/// An immutable class: catalogs, lookups and checks pass procedures around by reference instead of copying
/// every array inside them.
package final class Procedure: Sendable {
    /// The path the file was read from (or its bundled name), for messages.
    package let file: String
    package let schemaVersion: Int
    /// A stable id, e.g. `sshf-hastesaker`; unique across all loaded files.
    package let id: String
    package let document: DocumentInfo
    package let systems: [SystemEntry]
    package let roles: [Role]
    package let routes: [Route]
    package let guides: [Guide]
    package let budgets: [Budget]
    package let tests: [ProcedureTest]
    /// Every `source` in the file (tests excepted) and the entry carrying it, for `trace` and the outline checks.
    package let citations: [Citation]
    /// Byte offset of the procedure's `id` value in its file, for messages (`nil` for a procedure built in code).
    package let idOffset: Int?
    /// The fingerprints of the source sections the data was last reviewed against (`reviewed`), if recorded.
    package let reviewed: ReviewRecord?

    init(
        file: String, schemaVersion: Int, id: String, document: DocumentInfo, systems: [SystemEntry], roles: [Role],
        routes: [Route], guides: [Guide], budgets: [Budget], tests: [ProcedureTest], citations: [Citation] = [],
        idOffset: Int? = nil, reviewed: ReviewRecord? = nil
    ) {
        self.idOffset = idOffset
        self.reviewed = reviewed
        self.file = file
        self.schemaVersion = schemaVersion
        self.id = id
        self.document = document
        self.systems = systems
        self.roles = roles
        self.routes = routes
        self.guides = guides
        self.budgets = budgets
        self.tests = tests
        self.citations = citations
    }
}

extension DocumentInfo {
    /// The language a run that asked for `requested` writes this procedure in: the one asked for when the procedure
    /// is written in it (its title is, as every text is), else the source's, so that no run mixes two languages.
    package func language(for requested: Language?) -> Language {
        guard let requested, requested != language, title.has(requested) else { return language }
        return requested
    }
}

/// What the source document says about itself.
package struct DocumentInfo: Sendable {
    package let title: LocalizedText
    package let documentType: LocalizedText?
    package let documentId: String?
    package let organisation: String
    package let language: Language
    package let version: String?
    package let approved: CalendarDate?
    package let approvedBy: String?
    package let validFrom: CalendarDate?
    package let validUntil: CalendarDate?
    package let owner: String?
    /// Who wrote or issued the document, where it says.
    package let author: String?
    /// The source file in `shared/sources/` the procedure was transcribed from.
    package let sourceFile: String
    /// The IANA time zone the procedure's times are in, e.g. `Europe/Oslo`.
    package let timeZone: String
    /// Remarks on the transcription (e.g. a field the source leaves blank).
    package let notes: [LocalizedText]
    /// The document's sections as it numbers and names them; every `source` cites one of them.
    package let outline: [OutlineSection]
    /// Where the data reads more than the document says about itself (an expanded organisation name).
    package let interpretation: LocalizedText?
}

/// A system or application in a procedure's registry.
package struct SystemEntry: Sendable {
    /// Byte offset of the entry in its file, for messages.
    package let offset: Int
    package let id: String
    package let name: String
    package let aliases: [String]
    package let organisation: String?
    /// The criticality the source gives, or `nil` where it gives none.
    package let criticality: Int?
    package let description: LocalizedText?
    package let source: String
    /// Where the entry reads more than the source says (an alias the source does not give as a name, …).
    package var interpretation: LocalizedText? = nil
    /// Where the id, the name and each alias are written in the file (byte offsets), in the order of `lookupNames`.
    package var lookupNameOffsets: [Int] = []
    /// Whether a procedure's registry lists the system; `false` for one the user names with the criticality they
    /// vouch for (`--criticality`). Rules read it as `system.listed`.
    package var listed = true

    /// Every name a user can find the system by: its id, its name and its aliases (compared by `NameKey.fold`).
    package var lookupNames: [String] { [id, name] + aliases }
}

/// A calendar date without a time (`2024-12-07`).
package struct CalendarDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...CalendarDate.days(in: m, of: y)).contains(d)
        else { return nil }
        year = y
        month = m
        day = d
    }

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    package static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
