-- Version 6: fingerprinted media files (one row per distinct file, by SHA-256) and every appearance of each, in a post
-- of a stored report or as a file ingested on its own.

CREATE TABLE media (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256       TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    width        INTEGER,
    height       INTEGER,
    duration     REAL,
    phash        TEXT,
    mirror_phash TEXT,
    crop_phashes TEXT NOT NULL,
    frames       TEXT NOT NULL,
    metadata     TEXT NOT NULL,
    created      TEXT NOT NULL
);

CREATE TABLE media_sightings (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256    TEXT NOT NULL REFERENCES media (sha256),
    reference TEXT NOT NULL,
    report_id TEXT REFERENCES reports (id),
    seen_at   TEXT NOT NULL
);

-- A file ingested from disk has no report: the empty string stands for it, so the same path is not recorded twice.
CREATE UNIQUE INDEX media_sightings_identity ON media_sightings (sha256, reference, coalesce(report_id, ''));
CREATE INDEX media_sightings_report ON media_sightings (report_id);
