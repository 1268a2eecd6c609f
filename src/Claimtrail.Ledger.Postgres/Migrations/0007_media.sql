-- Version 7: fingerprinted media files and their appearances, the logical schema of the SQLite ledger's version 6.
-- One row per distinct file (by SHA-256); frames and metadata are jsonb in the contract's shape.

CREATE TABLE media (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256       text NOT NULL UNIQUE,
    kind         text NOT NULL,
    mime_type    text NOT NULL,
    size         bigint NOT NULL,
    width        integer,
    height       integer,
    duration     double precision,
    phash        text,
    mirror_phash text,
    crop_phashes jsonb NOT NULL,
    frames       jsonb NOT NULL,
    metadata     jsonb NOT NULL,
    created      timestamptz NOT NULL
);

CREATE TABLE media_sightings (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256    text NOT NULL REFERENCES media (sha256),
    reference text NOT NULL,
    report_id text REFERENCES reports (id),
    seen_at   timestamptz NOT NULL
);

-- A file ingested from disk has no report: the empty string stands for it, so the same path is not recorded twice.
CREATE UNIQUE INDEX media_sightings_identity ON media_sightings (sha256, reference, coalesce(report_id, ''));
CREATE INDEX media_sightings_report ON media_sightings (report_id);
