/// One procedure file: a source document transcribed into data.
/// An immutable class: catalogs, lookups and checks pass procedures around by reference instead of copying
/// every array inside them.
public final class Procedure: Sendable {
    /// The path the file was read from (or its bundled name), for messages.
    public let file: String
    public let schemaVersion: Int
    /// A stable id, e.g. `sshf-hastesaker`; unique across all loaded files.
    public let id: String
    public let document: DocumentInfo
    public let systems: [SystemEntry]
    public let roles: [Role]
    public let routes: [Route]
    public let guides: [Guide]
    public let budgets: [Budget]
    public let tests: [ProcedureTest]

    init(file: String, schemaVersion: Int, id: String, document: DocumentInfo, systems: [SystemEntry], roles: [Role],
         routes: [Route], guides: [Guide], budgets: [Budget], tests: [ProcedureTest]) {
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
    }
}

/// What the source document says about itself.
public struct DocumentInfo: Sendable {
    public let title: LocalizedText
    public let documentType: LocalizedText?
    public let documentId: String?
    public let organisation: String
    public let language: Language
    public let version: String?
    public let approved: CalendarDate?
    public let approvedBy: String?
    public let validFrom: CalendarDate?
    public let validUntil: CalendarDate?
    public let owner: String?
    /// Who wrote or issued the document, where it says.
    public let author: String?
    /// The source file in `shared/sources/` the procedure was transcribed from.
    public let sourceFile: String
    /// The IANA time zone the procedure's times are in, e.g. `Europe/Oslo`.
    public let timeZone: String
    /// Remarks on the transcription (e.g. a field the source leaves blank).
    public let notes: [LocalizedText]
}

/// A system or application in a procedure's registry.
public struct SystemEntry: Sendable {
    /// Byte offset of the entry in its file, for messages.
    public let offset: Int
    public let id: String
    public let name: String
    public let aliases: [String]
    public let organisation: String?
    /// The criticality the source gives, or `nil` where it gives none.
    public let criticality: Int?
    public let description: LocalizedText?
    public let source: String
}

/// A calendar date without a time (`2024-12-07`).
public struct CalendarDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CalendarDate.days(in: m, of: y)).contains(d) else { return nil }
        year = y
        month = m
        day = d
    }

    public init(year: Int, month: Int, day: Int) {
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

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
