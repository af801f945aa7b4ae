/// The words govctl itself prints, in the three output languages. (Procedure text comes from the files.)
package struct Vocabulary: Sendable {
    let nb: String
    let sv: String
    let en: String

    package func `in`(_ language: Language) -> String {
        switch language {
        case .nb: return nb
        case .sv: return sv
        case .en: return en
        }
    }

    package static let missing = Vocabulary(nb: "MANGLER", sv: "SAKNAS", en: "MISSING")
    package static let steps = Vocabulary(nb: "Steg", sv: "Steg", en: "Steps")
    package static let source = Vocabulary(nb: "kilde", sv: "källa", en: "source")
    package static let stillMissing = Vocabulary(nb: "Mangler fortsatt", sv: "Saknas fortfarande", en: "Still missing")
    package static let document = Vocabulary(nb: "Dokument", sv: "Dokument", en: "Document")
    package static let validUntil = Vocabulary(nb: "gyldig til", sv: "gäller t.o.m.", en: "valid until")
    package static let notStated = Vocabulary(
        nb: "ikke oppgitt i kilden", sv: "anges inte i källan", en: "not stated in the source")
    package static let role = Vocabulary(nb: "rolle", sv: "roll", en: "role")
    package static let values = Vocabulary(nb: "Vurdering", sv: "Bedömning", en: "Assessment")
    package static let now = Vocabulary(nb: "Tidspunkt", sv: "Tidpunkt", en: "Time")
    package static let yes = Vocabulary(nb: "ja", sv: "ja", en: "yes")
    package static let no = Vocabulary(nb: "nei", sv: "nej", en: "no")
    package static let system = Vocabulary(nb: "System", sv: "System", en: "System")
    package static let criticality = Vocabulary(nb: "kritikalitet", sv: "kritikalitet", en: "criticality")
    package static let total = Vocabulary(nb: "Totalt", sv: "Totalt", en: "Total")
    package static let balanced = Vocabulary(
        nb: "summen av linjene stemmer", sv: "summan av raderna stämmer", en: "the lines add up")
    package static let financing = Vocabulary(nb: "Finansiering", sv: "Finansiering", en: "Financing")
    package static let rounding = Vocabulary(nb: "Avrunding", sv: "Avrundning", en: "Rounding")
    package static let invoicing = Vocabulary(nb: "Fakturering", sv: "Fakturering", en: "Invoicing")
    package static let notes = Vocabulary(nb: "Merknader", sv: "Att veta", en: "Notes")
    package static let adaptation = Vocabulary(nb: "Tilpasning", sv: "Anpassning", en: "Adaptation")
    package static let noHolder = Vocabulary(
        nb: "kilden navngir ingen innehaver", sv: "källan anger ingen innehavare", en: "the source names no holder")
    package static let members = Vocabulary(nb: "deltakere", sv: "deltagare", en: "members")
    package static let frequency = Vocabulary(nb: "hyppighet", sv: "frekvens", en: "meets")
    package static let convenedBy = Vocabulary(nb: "innkaller", sv: "kallar", en: "convened by")
    package static let email = Vocabulary(nb: "e-post", sv: "e-post", en: "e-mail")
    package static let phone = Vocabulary(nb: "telefon", sv: "telefon", en: "phone")
    package static let portal = Vocabulary(nb: "portal", sv: "portal", en: "portal")
    package static let web = Vocabulary(nb: "nett", sv: "webb", en: "web")
    package static let other = Vocabulary(nb: "kanal", sv: "kanal", en: "channel")
    package static let task = Vocabulary(nb: "Oppgave", sv: "Uppgift", en: "Task")
    package static let heldBy = Vocabulary(nb: "Roller", sv: "Roller", en: "Roles held by")
    package static let since = Vocabulary(nb: "siden", sv: "sedan", en: "since")
    package static let expired = Vocabulary(nb: "utløpt", sv: "utgången", en: "expired")
    package static let outline = Vocabulary(nb: "Kildens avsnitt", sv: "Källans avsnitt", en: "Sections of the source")
    package static let notCarried = Vocabulary(nb: "ikke ført over", sv: "inte överförda", en: "not carried")
    package static let usedBy = Vocabulary(nb: "brukes av", sv: "används av", en: "used by")
    package static let tests = Vocabulary(nb: "Tester", sv: "Tester", en: "Tests")
}
