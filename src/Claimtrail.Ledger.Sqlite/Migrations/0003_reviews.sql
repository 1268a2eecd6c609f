-- Version 3: reviews. A claim carries a version for optimistic concurrency; every review is an entry of the
-- append-only, hash-chained audit log (the log is the record of reviews: there is no second copy to drift);
-- audit_head keeps the last entry's sequence and hash so a deleted tail is noticed.

ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE INDEX claims_status ON claims (status, seq);

CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,        -- 1, 2, 3… assigned from audit_head, never reused
    at            TEXT NOT NULL,              -- ISO 8601 UTC
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    payload       TEXT NOT NULL,              -- canonical JSON
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_subject ON audit_log (subject, seq);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
