import CLIKit

/// A program modelled on govctl, to test the library with the command lines its users type.
enum Fixture {
    /// `2026-11-21T08:00`, perhaps with `Z` or an offset, as a stand-in for govctl's time parsing.
    struct Time: Sendable, Equatable {
        var text: String
    }

    static let time = ValueParser { text throws(ValueError) -> Time in
        let digits = Array(text)
        let shape = "dddd-dd-ddTdd:dd"
        guard digits.count >= shape.count,
            zip(shape, digits).allSatisfy({ $0 == "d" ? $1.isNumber : $0 == $1 })
        else {
            throw ValueError("is not a time", hint: "write ISO 8601, e.g. 2026-10-25T04:15 or 2026-10-25T02:15Z")
        }
        return Time(text: text)
    }

    static let globalOptions: [Option] = [
        .value(
            "procedures", "DIR", completion: .directory,
            help: "read procedures from DIR instead of the bundled ones (also GOVCTL_PROCEDURES)"),
        .choice("format", "FORMAT", ["text", "json"], default: .value("text"), help: "output format"),
        .choice(
            "lang", "LANG", ["nb", "sv", "en"], default: .described("the source document's"), help: "output language"),
        .typed(
            "now", "TIME", default: .described("the current time"),
            help: "the time to evaluate at, ISO 8601; without an offset, local time in the procedure's zone",
            parser: time),
    ]

    static let reportUrgent = Command(
        "report-urgent", abstract: "report an urgent case: the steps and a ready case text for Min Sykehuspartner",
        discussion: """
            Says whether APPLICATION is an urgent case, prints the procedure's steps with their source sections and
            the case text to paste into Min Sykehuspartner (always Norwegian).
            """,
        arguments: [Argument("APPLICATION", completion: .dynamic("system"), help: "the application, by name or alias")],
        options: [
            .value("description", "TEXT", help: "what is wrong (feilbeskrivelse)"),
            .value("department", "TEXT", help: "department affected (avdeling)"),
            .value("competence", "KIND", help: "competence needed"),
            .value("contact", "NAME", help: "who Sykehuspartner should contact"),
            .typed("fact", "KEY=VALUE", repeatable: true, help: "any other fact", parser: .keyValue),
            .typed("criticality", "N", help: "criticality of an unlisted application", parser: .integer(in: 1...5)),
            .choice(
                "format", "FORMAT", ["text", "json", "markdown", "email"], default: .value("text"),
                help: "output format"),
            .value("to", "ADDRESS", repeatable: true, help: "email: recipient"),
        ],
        examples: [
            "govctl report-urgent LVMS",
            "govctl report-urgent LVMS --description 'LVMS svarer ikke' --department Blodbanken",
            "govctl report-urgent LVMS --format email --to ikt@example.org | sendmail -t  # a mail",
        ])

    static let whoOwns = Command(
        "who-owns", abstract: "roles, people and routes for a system",
        arguments: [Argument("SYSTEM", optional: true, completion: .dynamic("system"), help: "the system")],
        options: [
            .value("role", "ROLE", help: "one role"),
            .value("person", "NAME", completion: .dynamic("person"), help: "every role this person holds"),
        ],
        examples: ["govctl who-owns CMS", "govctl who-owns --person 'Marius-Ioan Taran'"],
        validations: [.oneOf("SYSTEM", "person", example: "govctl who-owns CMS")])

    static let list = Command(
        "list", abstract: "list the procedures with their source documents and validity",
        examples: ["govctl list", "govctl list --format json"])

    static let reserveStatus = Command(
        "reserve-status", abstract: "outage state and reserve routine for a system; a cron and Nagios/Icinga check",
        discussion: """
            Exit codes in every format: 0 no outage, 1 outage under way, 2 reserve routine active, 3 cannot tell.
            --format nagios prints one monitoring-plugins line with perfdata.
            """,
        arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system, by name or alias")],
        options: [
            .typed(
                "since", "TIME", default: .described("the open outage in the log"), help: "when the outage started",
                parser: time),
            .typed("prognosis", "TIME", help: "a prognosis was given (for TIME)", parser: time),
            .flag("no-prognosis", help: "no prognosis has been given"),
            .value("state", "FILE", completion: .file, help: "the outage log"),
            .choice("format", "FORMAT", ["text", "json", "nagios"], default: .value("text"), help: "output format"),
        ],
        examples: [
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl reserve-status sesam-lmn --format nagios  # reads the open outage from the log",
        ],
        validations: [.exclusive("prognosis", "no-prognosis")])

    static let budget = Command(
        "budget", abstract: "a system's budget; who pays for an adaptation",
        arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system")],
        options: [
            .typed("year", "YEAR", default: .described("the latest"), help: "the budget year", parser: .integer()),
            .typed("adaptation", "AMOUNT", help: "the cost of an adaptation, in whole kronor", parser: .integer()),
            .flag("shared", help: "the adaptation can be used by several customers"),
            .flag("provider-specific", help: "the adaptation is one care provider's change"),
            .choice("format", "FORMAT", ["text", "csv", "json"], default: .value("text"), help: "output format"),
        ],
        examples: ["govctl budget websesam --adaptation 40000 --shared"],
        validations: [
            .requires("shared", "adaptation", example: "--adaptation 40000 --shared"),
            .requires("provider-specific", "adaptation", example: "--adaptation 40000 --provider-specific"),
            .exclusive("shared", "provider-specific"),
        ])

    static let outage = Command(
        "outage", abstract: "the outage log: start, prognosis, end (read by reserve-status)",
        discussion: "An append-only JSON Lines file: --state FILE, else GOVCTL_STATE.",
        options: [.value("state", "FILE", completion: .file, help: "the outage log")],
        subcommands: [
            Command(
                "start", abstract: "log the start of an outage",
                arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system")],
                options: [
                    .value("scenario", "ID", help: "the scenario"),
                    .typed("at", "TIME", default: .described("now"), help: "when", parser: time),
                    .value("note", "TEXT", help: "a note"),
                ],
                examples: ["govctl outage start 'Sesam LMN' --note 'Servern svarar inte'"]),
            Command(
                "prognosis", abstract: "log a prognosis",
                arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system")],
                options: [.typed("eta", "TIME", help: "when the system is expected back", parser: time)],
                validations: [.oneOf("eta", example: "--eta 2026-11-21T14:00")]),
            Command(
                "end", abstract: "log the end of an outage",
                arguments: [Argument("SYSTEM", completion: .dynamic("system"), help: "the system")],
                options: [.typed("at", "TIME", default: .described("now"), help: "when", parser: time)]),
        ],
        examples: ["govctl outage start 'Sesam LMN' --note 'Servern svarar inte'", "govctl outage end sesam-lmn"])

    static let guide = Command(
        "guide", abstract: "step-by-step guidance from any procedure's guide",
        arguments: [Argument("ID", completion: .dynamic("guide"), help: "a guide id")],
        options: [.typed("fact", "KEY=VALUE", repeatable: true, help: "a fact for the guide", parser: .keyValue)],
        examples: ["govctl guide cms-hastesak --now 2026-11-23T10:30"])

    static let validate = Command(
        "validate", abstract: "check procedure files",
        arguments: [Argument("PATH", optional: true, repeatable: true, completion: .file, help: "a file or directory")],
        options: [.flag("strict", help: "treat warnings as errors")])

    static let program: Program = {
        var program = Program(
            "govctl", version: "0.1.0",
            abstract: "IT-governance procedures of Nordic hospitals, as step-by-step guidance",
            discussion: """
                govctl turns the procedures into guidance you can run at 3 a.m. when a clinical system is down.
                """,
            options: globalOptions,
            commands: [reportUrgent, reserveStatus, outage, whoOwns, budget, list, guide, validate],
            exitStatuses: [
                ExitStatus(0, "ok"), ExitStatus(3, "cannot tell (reserve-status)"),
                ExitStatus(64, "usage error: unknown command or option, bad value"),
            ],
            environment: [EnvironmentVariable("GOVCTL_PROCEDURES", "procedure directory, as --procedures")],
            files: [FileDescription("$XDG_STATE_HOME/govctl/outages.jsonl", "the outage log")],
            examples: ["govctl report-urgent LVMS", "govctl reserve-status 'Sesam LMN' --format nagios"])
        program.candidates = { kind in kind == "system" ? ["LVMS", "Sesam LMN"] : [] }
        return program
    }()

    /// Parses `line`, split on spaces except inside single quotes.
    static func parse(_ line: String) throws(CLIError) -> Invocation {
        try Parser(program).parse(words(line))
    }

    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "'" {
                quoted.toggle()
                started = true
            } else if character == " ", !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}
