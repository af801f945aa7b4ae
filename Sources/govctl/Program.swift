import CLIKit
import GovKit

extension GovCtl {
    /// govctl's whole command line in one declaration: parsing, help, completion scripts, the man page and the
    /// README's exit-code table all come from it.
    static let program = Program(
        "govctl", version: version, abstract: "IT-governance procedures of Nordic hospitals, as step-by-step guidance",
        discussion: """
            govctl turns the IT-governance procedures of Nordic hospitals into guidance you can run when a clinical
            system is down: who to call, what to write in the service-desk case, when the reserve routine starts,
            who owns a system, what the budget is. The procedures are compiled into the binary; the directories that
            "procedures" names in the configuration add to them, a file replacing the built-in procedure with its id.
            """,
        options: GlobalOptions.all,
        commands: Commands.all.map(\.declaration),
        exitStatuses: exitStatuses,
        environment: [
            EnvironmentVariable(
                "GOVCTL_CONFIG", "a configuration file read after the other two (below); it must exist"),
            EnvironmentVariable(
                "XDG_CONFIG_HOME", "your configuration file is $XDG_CONFIG_HOME/govctl/govctl.json (default: ~/.config)"
            ),
            EnvironmentVariable("GOVCTL_PROCEDURES", "the only procedure directory, as --procedures"),
            EnvironmentVariable("GOVCTL_STATE", "the outage log, as --state"),
            EnvironmentVariable(
                "XDG_STATE_HOME", "the outage log is $XDG_STATE_HOME/govctl/outages.jsonl when neither is given"),
            EnvironmentVariable("NO_COLOR", "honoured (govctl prints no colour)"),
            EnvironmentVariable(
                "SOURCE_DATE_EPOCH", "the date of the man page ('govctl man'), for reproducible builds"),
        ],
        configuration: configuration,
        files: [
            FileDescription(
                "/usr/bin/govctl",
                "govctl as the Debian package installs it, the path the monitoring examples name ('make install': PREFIX/bin/govctl, /usr/local/bin/govctl by default)"
            ),
            FileDescription("$XDG_STATE_HOME/govctl/outages.jsonl", "the outage log (append-only JSON Lines)"),
            FileDescription(
                "/etc/govctl/procedures",
                "site procedures (named in /etc/govctl/govctl.json): add to or replace built-in ones"),
            FileDescription(
                "/var/lib/govctl/outages.jsonl", "the outage log of the Debian package (a purge keeps it)"),
            FileDescription(
                "/usr/share/doc/govctl/examples",
                "the Debian package's monitoring examples: cron job, systemd service and timer, Nagios and Icinga 2 definitions, notify drop-in"
            ),
        ],
        examples: [
            "govctl report-urgent LVMS",
            "govctl reserve-status 'Sesam LMN' --since 2026-11-21T08:00",
            "govctl who-owns CMS --task avvik",
            "govctl reserve-status sesam-lmn --format nagios  # a Nagios/Icinga check",
        ])

    /// The configuration files in the order `Config.paths` reads them, and the keys `Config` reads: help and the man
    /// page show them with the environment variables.
    static let configuration = Configuration(
        "JSON objects read in this order, each when it exists; a later file's keys replace an earlier "
            + "one's, and the options and GOVCTL_STATE and GOVCTL_PROCEDURES win over them all. An unknown key is an "
            + "error with file:line:col.",
        files: [
            FileDescription("/etc/govctl/govctl.json", "the machine's (the Debian package installs one)"),
            FileDescription(
                "/etc/govctl/govctl.d/*.json", "the site's drop-ins, in the order of their names (hidden names skipped)"
            ),
            FileDescription("$XDG_CONFIG_HOME/govctl/govctl.json", "yours (XDG_CONFIG_HOME: default ~/.config)"),
            FileDescription("$GOVCTL_CONFIG", "the file GOVCTL_CONFIG names, read last"),
        ],
        keys: [
            EnvironmentVariable("state", "the outage log, an absolute path (GOVCTL_STATE and --state override it)"),
            EnvironmentVariable(
                "group", "the group that shares the outage log and may write it and its directory (default: govctl)"),
            EnvironmentVariable(
                "procedures",
                "directories of procedure files, read after the built-in ones (a relative one from its file's directory)"
            ),
            EnvironmentVariable(
                "mail", "\"from\" and \"to\" of the mails govctl writes (--from and --to override them)"),
            EnvironmentVariable(
                "notify",
                "\"nagios\" (commandFile, services) and \"icinga\" (api, credentials, ca): told to check at once when an outage command changes the state"
            ),
        ])

    /// The exit statuses, as `govctl --help`, the man page and README.md's table list them.
    static let exitStatuses: [ExitStatus] = [
        ExitStatus(0, "ok (reserve-status: no outage)"),
        ExitStatus(
            1,
            "test: a procedure test failed; eval: the rule threw; reserve-status: outage under way; "
                + "trace --source: sections to review"),
        ExitStatus(2, "reserve-status: reserve routine active"),
        ExitStatus(
            3,
            "reserve-status: cannot tell (no readable or trusted log, a damaged line, a start in the future); with --format nagios, any error"
        ),
        ExitStatus(64, "usage error: unknown command or option, missing or extra argument, bad value"),
        ExitStatus(65, "bad procedure file or fact data; messages say file:line:col and how to fix it"),
        ExitStatus(
            66,
            "unknown system, procedure, guide or file, with a did-you-mean; a file that cannot be read (permission denied, not a regular file, over 16 MB)"
        ),
        ExitStatus(
            69,
            "the outage database cannot be reached within the timeout, or this build has no PostgreSQL support (built without libpq-dev)"
        ),
        ExitStatus(70, "internal error (e.g. this build has no time-zone data)"),
        ExitStatus(74, "the result could not be written: the reader closed the pipe (e.g. a check cut off by Nagios)"),
        ExitStatus(
            77,
            "refused: the outage log or its directory can be written by others or belongs to another user, or the outage database refused this role its rights; the message says how to fix it"
        ),
        ExitStatus(130, "report-urgent, guide: the questions were abandoned (Ctrl-C or end of input); no case printed"),
    ]
}
