/// The words the monitoring output prints around the procedure's own texts.
extension Vocabulary {
    static let passed = Vocabulary(nb: "passert", sv: "passerad", en: "passed")
    static let probeReachable = Vocabulary(
        nb: "sonden nådde systemet sist", sv: "sonden nådde systemet senast", en: "the probe last reached the system")
    static let upAgain = Vocabulary(nb: "i drift igjen siden", sv: "i drift igen sedan", en: "up again since")
    static let overAt = Vocabulary(nb: "avsluttet kl.", sv: "avslutad kl.", en: "over at")
    static let ifStaysUp = Vocabulary(nb: "om det holder seg oppe", sv: "om det förblir i drift", en: "if it stays up")
    static let note = Vocabulary(nb: "merknad", sv: "anteckning", en: "note")
    static let log = Vocabulary(nb: "logg", sv: "logg", en: "log")
    static let ended = Vocabulary(nb: "avsluttet", sv: "avslutad", en: "ended")
    static let dueNow = Vocabulary(nb: "Det som gjelder nå", sv: "Det som gäller nu", en: "What is due now")
}
