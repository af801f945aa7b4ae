/// The words the static site and the checklists print around the procedures' own texts.
extension Vocabulary {
    static let skipLink = Vocabulary(nb: "Hopp til innholdet", sv: "Hoppa till innehållet", en: "Skip to content")
    static let procedures = Vocabulary(nb: "Prosedyrer", sv: "Rutiner", en: "Procedures")
    static let ownership = Vocabulary(nb: "Eierskap", sv: "Ägarskap", en: "Ownership")
    static let search = Vocabulary(nb: "Søk", sv: "Sök", en: "Search")
    static let searchLabel = Vocabulary(
        nb: "Søk i alle prosedyrer", sv: "Sök i alla rutiner", en: "Search every procedure")
    static let searchHint = Vocabulary(
        nb: "Skriv et ord, et navn eller et nummer.", sv: "Skriv ett ord, ett namn eller ett nummer.",
        en: "Type a word, a name or a number.")
    static let noResults = Vocabulary(nb: "Ingen treff.", sv: "Inga träffar.", en: "No results.")
    static let searchNeedsScript = Vocabulary(
        nb: "Søket trenger JavaScript, som er slått av i denne nettleseren. Forsiden lister alle prosedyrer og "
            + "veiledninger:",
        sv: "Sökningen behöver JavaScript, som är avstängt i den här webbläsaren. Startsidan listar alla rutiner och "
            + "guider:",
        en: "Search needs JavaScript, which is off in this browser. The front page lists every procedure and guide:")
    static let results = Vocabulary(nb: "treff", sv: "träffar", en: "results")
    static let siteTitle = Vocabulary(
        nb: "IT-prosedyrer: hvem gjør hva", sv: "IT-rutiner: vem gör vad", en: "IT procedures: who does what")
    static let languageName = Vocabulary(nb: "Norsk (bokmål)", sv: "Svenska", en: "English")
    static let alsoIn = Vocabulary(nb: "Også på", sv: "Även på", en: "Also in")
    static let generatedBy = Vocabulary(nb: "Laget med", sv: "Skapad med", en: "Made with")
    static let generatedOn = Vocabulary(nb: "generert", sv: "genererad", en: "generated")
    static let valid = Vocabulary(nb: "gyldig", sv: "gäller", en: "valid")
    static let validity = Vocabulary(nb: "Gyldighet", sv: "Giltighet", en: "Validity")
    static let title = Vocabulary(nb: "Tittel", sv: "Titel", en: "Title")
    static let organisation = Vocabulary(nb: "Organisasjon", sv: "Organisation", en: "Organisation")
    static let language = Vocabulary(nb: "Språk", sv: "Språk", en: "Language")
    static let status = Vocabulary(nb: "Status", sv: "Status", en: "Status")
    static let documentId = Vocabulary(nb: "Dokument-ID", sv: "Dokument-id", en: "Document id")
    static let documentType = Vocabulary(nb: "Dokumenttype", sv: "Dokumenttyp", en: "Document type")
    static let version = Vocabulary(nb: "Versjon", sv: "Version", en: "Version")
    static let approved = Vocabulary(nb: "Godkjent", sv: "Godkänd", en: "Approved")
    static let validFrom = Vocabulary(nb: "Gyldig fra", sv: "Gäller från", en: "Valid from")
    static let owner = Vocabulary(nb: "Eier", sv: "Ägare", en: "Owner")
    static let author = Vocabulary(nb: "Forfatter", sv: "Författare", en: "Author")
    static let sourceFile = Vocabulary(nb: "Kildefil", sv: "Källfil", en: "Source file")
    static let timeZone = Vocabulary(nb: "Tidssone", sv: "Tidszon", en: "Time zone")
    static let systems = Vocabulary(nb: "Systemer", sv: "System", en: "Systems")
    static let roles = Vocabulary(nb: "Roller og kontakter", sv: "Roller och kontakter", en: "Roles and contacts")
    static let routes = Vocabulary(nb: "Hvem går jeg til", sv: "Vart vänder jag mig", en: "Who to go to")
    static let guides = Vocabulary(nb: "Veiledninger", sv: "Guider", en: "Guides")
    static let budget = Vocabulary(nb: "Budsjett", sv: "Budget", en: "Budget")
    static let citations = Vocabulary(nb: "Kildehenvisninger", sv: "Källhänvisningar", en: "Source citations")
    static let section = Vocabulary(nb: "Avsnitt i kilden", sv: "Avsnitt i källan", en: "Section of the source")
    static let citedBy = Vocabulary(nb: "Brukes for", sv: "Används för", en: "Cited for")
    static let name = Vocabulary(nb: "Navn", sv: "Namn", en: "Name")
    static let aliases = Vocabulary(nb: "Også kalt", sv: "Även kallat", en: "Also called")
    static let description = Vocabulary(nb: "Beskrivelse", sv: "Beskrivning", en: "Description")
    static let holder = Vocabulary(nb: "Innehaver", sv: "Innehavare", en: "Holder")
    static let contact = Vocabulary(nb: "Kontakt", sv: "Kontakt", en: "Contact")
    static let duties = Vocabulary(nb: "Oppgaver", sv: "Uppgifter", en: "Duties")
    static let sourceHeading = Vocabulary(nb: "Kilde", sv: "Källa", en: "Source")
    static let line = Vocabulary(nb: "Linje", sv: "Rad", en: "Line")
    static let group = Vocabulary(nb: "Gruppe", sv: "Grupp", en: "Group")
    static let amount = Vocabulary(nb: "Beløp", sv: "Belopp", en: "Amount")
    static let share = Vocabulary(nb: "Andel", sv: "Andel", en: "Share")
    static let percent = Vocabulary(nb: "Prosent", sv: "Procent", en: "Percent")
    static let byPerson = Vocabulary(
        nb: "Etter person eller enhet", sv: "Per person eller enhet", en: "By person or unit")
    static let bySystem = Vocabulary(nb: "Etter system", sv: "Per system", en: "By system")
    static let procedure = Vocabulary(nb: "Prosedyre", sv: "Rutin", en: "Procedure")
    static let facts = Vocabulary(
        nb: "Opplysninger veiledningen spør etter", sv: "Uppgifter guiden frågar efter", en: "Facts the guide asks for")
    static let factType = Vocabulary(nb: "Type", sv: "Typ", en: "Type")
    static let required = Vocabulary(nb: "påkrevd", sv: "obligatorisk", en: "required")
    static let optional = Vocabulary(nb: "valgfri", sv: "valfri", en: "optional")
    static let fixedValue = Vocabulary(
        nb: "fast verdi fra kilden", sv: "fast värde från källan", en: "fixed by the source")
    static let defaultValue = Vocabulary(nb: "standard", sv: "standard", en: "default")
    static let choices = Vocabulary(nb: "Valg", sv: "Val", en: "Choices")
    static let appliesWhen = Vocabulary(nb: "Gjelder når", sv: "Gäller när", en: "Applies when")
    static let always = Vocabulary(nb: "Gjelder alltid", sv: "Gäller alltid", en: "Always")
    static let notGiven = Vocabulary(nb: "ikke oppgitt", sv: "inte angivet", en: "not given")
    static let not = Vocabulary(nb: "ikke", sv: "inte", en: "not")
    static let or = Vocabulary(nb: "eller", sv: "eller", en: "or")
    static let sourceCondition = Vocabulary(
        nb: "når kildens vilkår er oppfylt", sv: "när källans villkor är uppfyllt",
        en: "when the source's condition holds")
    static let texts = Vocabulary(nb: "Tekster å fylle ut", sv: "Texter att fylla i", en: "Texts to fill in")
    static let checklist = Vocabulary(nb: "Sjekkliste", sv: "Checklista", en: "Checklist")
    static let printableChecklist = Vocabulary(
        nb: "Sjekkliste for utskrift (A4)", sv: "Checklista för utskrift (A4)", en: "Printable checklist (A4)")
    static let done = Vocabulary(nb: "Utført", sv: "Klart", en: "Done")
    static let step = Vocabulary(nb: "Steg", sv: "Steg", en: "Step")
    static let whoContact = Vocabulary(nb: "Hvem og kontakt", sv: "Vem och kontakt", en: "Who and contact")
    static let byHand = Vocabulary(nb: "Fylles ut for hånd", sv: "Fylls i för hand", en: "Filled in by hand")
    static let timeStarted = Vocabulary(nb: "Startet (dato, kl.)", sv: "Började (datum, kl.)", en: "Time started")
    static let whoWasTold = Vocabulary(
        nb: "Hvem ble varslet, og når", sv: "Vem informerades, och när", en: "Who was told, and when")
    static let prognosisAt = Vocabulary(
        nb: "Prognose mottatt kl.", sv: "Prognos mottagen kl.", en: "Prognosis received at")
    static let reserveAt = Vocabulary(
        nb: "Reserverutine aktivert kl.", sv: "Reservrutin aktiverad kl.", en: "Reserve routine activated at")
    static let endedAt = Vocabulary(nb: "Avsluttet kl.", sv: "Avslutad kl.", en: "Ended at")
    static let filledBy = Vocabulary(nb: "Fylt ut av", sv: "Ifylld av", en: "Filled in by")
    static let noRole = Vocabulary(
        nb: "kilden knytter ingen rolle til steget", sv: "källan knyter ingen roll till steget",
        en: "the source names no role for this step")
    static let printButton = Vocabulary(nb: "Skriv ut", sv: "Skriv ut", en: "Print")
    static let openChecklist = Vocabulary(nb: "Sjekkliste", sv: "Checklista", en: "Checklist")
    static let validUntilLabel = Vocabulary(nb: "Gyldig til", sv: "Gäller t.o.m.", en: "Valid until")
    static let statusCounts = Vocabulary(nb: "Dokumenter", sv: "Dokument", en: "Documents")
}
