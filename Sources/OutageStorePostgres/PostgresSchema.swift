/// The database's schema, versioned: `govctl outage init` applies each migration not yet applied, in order, in one
/// transaction, and records it in `govctl_schema_version`. A migration, once released, is never edited: a change is
/// a new one at the end. The constraints make impossible states impossible whatever writes the tables: one open
/// outage per system, an end after its start, a known record version.
enum PostgresSchema {
    /// The migrations, the first being version 1.
    static let migrations: [String] = [
        """
        CREATE TABLE outage_record (
            id bigint PRIMARY KEY,
            v integer NOT NULL CONSTRAINT outage_record_known_version CHECK (v = 1),
            event text NOT NULL CHECK (event IN ('start', 'prognosis', 'end', 'amend', 'cancel')),
            system text NOT NULL CHECK (system <> ''),
            at timestamptz NOT NULL,
            outage text,
            scenario text,
            note text,
            eta timestamptz,
            start_at timestamptz,
            end_at timestamptz,
            source text,
            written_by text,
            recorded timestamptz,
            CONSTRAINT outage_record_prognosis_has_eta CHECK (event <> 'prognosis' OR eta IS NOT NULL),
            CONSTRAINT outage_record_correction_names_outage CHECK (event NOT IN ('amend', 'cancel') OR outage IS NOT NULL)
        );
        CREATE TABLE outage_record_archive (LIKE outage_record INCLUDING CONSTRAINTS);
        CREATE TABLE outage (
            id text PRIMARY KEY,
            system text NOT NULL,
            start_at timestamptz NOT NULL,
            end_at timestamptz,
            cancelled boolean NOT NULL DEFAULT false,
            CONSTRAINT outage_ends_after_its_start CHECK (end_at IS NULL OR end_at >= start_at)
        );
        CREATE UNIQUE INDEX outage_one_open_per_system ON outage (system) WHERE end_at IS NULL AND NOT cancelled;
        CREATE TABLE probe_state (system text PRIMARY KEY, state jsonb NOT NULL CHECK (jsonb_typeof(state) = 'object'));
        CREATE TABLE notified (system text PRIMARY KEY, state jsonb NOT NULL CHECK (jsonb_typeof(state) = 'object'));
        CREATE TABLE writer_lock (id integer PRIMARY KEY CHECK (id = 1));
        INSERT INTO writer_lock VALUES (1);
        """
    ]

    /// The version this build reads and writes.
    static var current: Int { migrations.count }

    /// Taken by `init` so that two hosts never migrate at once (`pg_advisory_xact_lock`).
    static let migrationLock = 7_301_028
}
