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
    package static let multilineAnswer = Vocabulary(
        nb: "avslutt med en tom linje", sv: "avsluta med en tom rad", en: "end with an empty line")
    package static let pastedLines = Vocabulary(
        nb: "Det ble limt inn LINES linjer, men dette feltet tar én linje. Ingenting ble tatt med; svar på nytt.",
        sv: "LINES rader klistrades in, men det här fältet tar en rad. Inget togs med; svara igen.",
        en: "LINES lines were pasted, but this field takes one line. Nothing was taken; answer again.")
    package static let pastedAfter = Vocabulary(
        nb:
            "Det ble limt inn flere linjer enn svaret tar (en tom linje avslutter det). Ingenting ble tatt med; svar på nytt.",
        sv: "Fler rader klistrades in än svaret tar (en tom rad avslutar det). Inget togs med; svara igen.",
        en: "More lines were pasted than the answer takes (an empty line ends it). Nothing was taken; answer again.")
    package static let notATime = Vocabulary(
        nb:
            "Ikke et tidspunkt. Skriv for eksempel 02:40, kl. 2.40, i går 23:10, for 2 timer siden eller 2026-10-25T02:40.",
        sv:
            "Inte en tidpunkt. Skriv till exempel 02:40, kl. 2.40, igår 23:10, för 2 timmar sedan eller 2026-10-25T02:40.",
        en: "Not a time. Type for example 02:40, 2.40, yesterday 23:10, 2 hours ago or 2026-10-25T02:40.")
    package static let skippedTime = Vocabulary(
        nb:
            "WHEN fantes ikke: klokken ble stilt fram den natten. Skriv et tidspunkt før eller etter timen som ble hoppet over.",
        sv:
            "WHEN fanns inte: klockan ställdes fram den natten. Skriv en tidpunkt före eller efter timmen som hoppades över.",
        en: "WHEN did not exist: the clocks went forward that night. Type a time before or after the skipped hour.")
    package static let notANumber = Vocabulary(
        nb: "Ikke et tall; skriv sifre, for eksempel 25000.", sv: "Inte ett tal; skriv siffror, till exempel 25000.",
        en: "Not a number; type digits, for example 25000.")
    package static let didYouMean = Vocabulary(
        nb: "Mente du «NAME»?", sv: "Menade du ”NAME”?", en: "Did you mean 'NAME'?")
    package static let notUTF8 = Vocabulary(
        nb: "Teksten er ikke UTF-8 (kanskje Latin-1). Still terminalen på UTF-8 og svar på nytt.",
        sv: "Texten är inte UTF-8 (kanske Latin-1). Ställ terminalen på UTF-8 och svara igen.",
        en: "The text is not UTF-8 (Latin-1, perhaps). Set the terminal to UTF-8 and answer again.")
    package static let unusable = Vocabulary(
        nb: "Svaret kan ikke brukes:", sv: "Svaret kan inte användas:", en: "The answer cannot be used:")
    package static let review = Vocabulary(
        nb: "Kontroller svarene før noe skrives ut:", sv: "Kontrollera svaren innan något skrivs ut:",
        en: "Check the answers before anything is printed:")
    package static let reviewChoice = Vocabulary(
        nb: "Enter skriver ut, et nummer endrer det feltet, a avbryter:",
        sv: "Enter skriver ut, ett nummer ändrar det fältet, a avbryter:",
        en: "Enter prints, a number changes that field, a abandons:")
    package static let reviewAgain = Vocabulary(
        nb: "Skriv Enter, et nummer fra listen eller a.", sv: "Skriv Enter, ett nummer från listan eller a.",
        en: "Type Enter, a number from the list, or a.")
    package static let inputEnded = Vocabulary(
        nb: "inndata tok slutt før alle spørsmålene var besvart; ingen sak skrevet",
        sv: "indata tog slut innan alla frågor var besvarade; inget ärende skrivet",
        en: "the input ended before every question was answered; no case printed")
    package static let inputEndedHint = Vocabulary(
        nb: "svar på spørsmålene, eller gi opplysningene som valg (--help viser dem) med --no-input",
        sv: "svara på frågorna, eller ge uppgifterna som flaggor (--help visar dem) med --no-input",
        en: "answer the questions, or give the facts as options (--help lists them) with --no-input")
    package static let abandoned = Vocabulary(
        nb: "avbrutt; ingen sak skrevet", sv: "avbrutet; inget ärende skrivet", en: "abandoned; no case printed")
    package static let abandonedByInterrupt = Vocabulary(
        nb: "avbrutt (Ctrl-C); ingen sak skrevet", sv: "avbrutet (Ctrl-C); inget ärende skrivet",
        en: "abandoned (Ctrl-C); no case printed")
}
