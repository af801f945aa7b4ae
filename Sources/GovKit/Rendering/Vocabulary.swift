/// The words govctl itself prints, in the three output languages. (Procedure text comes from the files.)
public struct Vocabulary: Sendable {
    let nb: String
    let sv: String
    let en: String

    public func `in`(_ language: Language) -> String {
        switch language {
        case .nb: return nb
        case .sv: return sv
        case .en: return en
        }
    }

    public static let missing = Vocabulary(nb: "MANGLER", sv: "SAKNAS", en: "MISSING")
    public static let steps = Vocabulary(nb: "Steg", sv: "Steg", en: "Steps")
    public static let source = Vocabulary(nb: "kilde", sv: "källa", en: "source")
    public static let stillMissing = Vocabulary(nb: "Mangler fortsatt", sv: "Saknas fortfarande", en: "Still missing")
    public static let document = Vocabulary(nb: "Dokument", sv: "Dokument", en: "Document")
    public static let validUntil = Vocabulary(nb: "gyldig til", sv: "gäller t.o.m.", en: "valid until")
    public static let notStated = Vocabulary(nb: "ikke oppgitt i kilden", sv: "anges inte i källan", en: "not stated in the source")
    public static let role = Vocabulary(nb: "rolle", sv: "roll", en: "role")
    public static let values = Vocabulary(nb: "Vurdering", sv: "Bedömning", en: "Assessment")
    public static let now = Vocabulary(nb: "Tidspunkt", sv: "Tidpunkt", en: "Time")
    public static let yes = Vocabulary(nb: "ja", sv: "ja", en: "yes")
    public static let no = Vocabulary(nb: "nei", sv: "nej", en: "no")
    public static let system = Vocabulary(nb: "System", sv: "System", en: "System")
    public static let criticality = Vocabulary(nb: "kritikalitet", sv: "kritikalitet", en: "criticality")
    public static let total = Vocabulary(nb: "Totalt", sv: "Totalt", en: "Total")
    public static let balanced = Vocabulary(nb: "summen av linjene stemmer", sv: "summan av raderna stämmer", en: "the lines add up")
    public static let financing = Vocabulary(nb: "Finansiering", sv: "Finansiering", en: "Financing")
    public static let rounding = Vocabulary(nb: "Avrunding", sv: "Avrundning", en: "Rounding")
    public static let invoicing = Vocabulary(nb: "Fakturering", sv: "Fakturering", en: "Invoicing")
    public static let notes = Vocabulary(nb: "Merknader", sv: "Att veta", en: "Notes")
    public static let adaptation = Vocabulary(nb: "Tilpasning", sv: "Anpassning", en: "Adaptation")
    public static let noHolder = Vocabulary(nb: "kilden navngir ingen innehaver", sv: "källan anger ingen innehavare", en: "the source names no holder")
    public static let members = Vocabulary(nb: "deltakere", sv: "deltagare", en: "members")
    public static let frequency = Vocabulary(nb: "hyppighet", sv: "frekvens", en: "meets")
    public static let convenedBy = Vocabulary(nb: "innkaller", sv: "kallar", en: "convened by")
    public static let email = Vocabulary(nb: "e-post", sv: "e-post", en: "e-mail")
    public static let phone = Vocabulary(nb: "telefon", sv: "telefon", en: "phone")
    public static let portal = Vocabulary(nb: "portal", sv: "portal", en: "portal")
    public static let web = Vocabulary(nb: "nett", sv: "webb", en: "web")
    public static let other = Vocabulary(nb: "kanal", sv: "kanal", en: "channel")
    public static let task = Vocabulary(nb: "Oppgave", sv: "Uppgift", en: "Task")
    public static let heldBy = Vocabulary(nb: "Roller", sv: "Roller", en: "Roles held by")
    public static let since = Vocabulary(nb: "siden", sv: "sedan", en: "since")
    public static let expired = Vocabulary(nb: "utløpt", sv: "utgången", en: "expired")
}
