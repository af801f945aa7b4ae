import CLIKit
import Foundation
import GovKit

/// What `guide` and `report-urgent` share: the case and e-mail options and their rule.
enum GuideOutput {
    static let emailOptions: [Option] = [
        .typed(
            "to", "ADDRESS", repeatable: true,
            help: "email: a recipient, one address per --to (else the configuration's mail.to)",
            parser: GlobalOptions.mailAddress("to")),
        .typed(
            "from", "ADDRESS", default: .described("mail.from, else you at this host's full name"),
            help: "email: sender", parser: GlobalOptions.mailAddress("from")),
        .flag("auto-submitted", help: "email: mark the message as sent by a program (Auto-Submitted), for scripts"),
        .flag("allow-missing", help: "case, email: write the case even with facts missing, as marked blanks"),
        .flag("no-input", help: "never ask for missing facts, even at a terminal"),
    ]

    /// `--to`, `--from` and `--auto-submitted` address the e-mail form only; `--allow-missing` the case and e-mail.
    static let emailRule = Validation(
        summary: "--to, --from and --auto-submitted go with --format email; --allow-missing with case or email"
    ) {
        parsed throws(CLIError) in
        let format = parsed.string("format")
        if format != OutputFormat.email.name, let given = ["to", "from", "auto-submitted"].first(where: parsed.isGiven)
        {
            throw CLIError.usage(
                "--\(given) goes with --format email", hint: "add --format email, or leave out --\(given)")
        }
        if format != OutputFormat.email.name && format != OutputFormat.caseText.name && parsed.isGiven("allow-missing")
        {
            throw CLIError.usage(
                "--allow-missing goes with --format case or email", hint: "the other formats show what is missing")
        }
    }
}
