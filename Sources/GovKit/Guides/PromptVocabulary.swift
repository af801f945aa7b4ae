/// The words of the questions govctl asks a person at a terminal (`report-urgent`, `guide`), in the procedure's
/// language. The questions themselves are the facts' labels from the procedure files.
extension Vocabulary {
    package static let stepContact = Vocabulary(nb: "kontakt", sv: "kontakt", en: "contact")
    package static let promptIntro = Vocabulary(
        nb: "Svar på spørsmålene. Enter lar et valgfritt felt stå tomt; Ctrl-C avbryter uten å skrive noen sak.",
        sv: "Svara på frågorna. Enter lämnar ett frivilligt fält tomt; Ctrl-C avbryter utan att skriva något ärende.",
        en: "Answer the questions. Enter leaves an optional field blank; Ctrl-C abandons without printing a case.")
    package static let optionalAnswer = Vocabulary(nb: "valgfritt", sv: "frivilligt", en: "optional")
    package static let answerRequired = Vocabulary(
        nb: "Dette feltet må fylles ut.", sv: "Det här fältet måste fyllas i.", en: "This field is required.")
    package static let choose = Vocabulary(nb: "Velg", sv: "Välj", en: "Choose")
    package static let notAChoice = Vocabulary(
        nb: "Ikke et av valgene; skriv nummeret eller navnet.", sv: "Inte ett av valen; skriv numret eller namnet.",
        en: "Not one of the choices; type its number or its name.")
    package static let yesOrNo = Vocabulary(
        nb: "Svar ja eller nei.", sv: "Svara ja eller nej.", en: "Answer yes or no.")
    package static let notUrgent = Vocabulary(
        nb: "Ingen hastesak skrives. Prosedyren sier:", sv: "Inget brådskande ärende skrivs. Rutinen säger:",
        en: "No urgent case is printed. The procedure says:")
}
