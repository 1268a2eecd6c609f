-- Version 4: reviews, the logical schema of the SQLite ledger's version 3 in PostgreSQL types. A claim carries a
-- version for optimistic concurrency; every review is an entry of the append-only, hash-chained audit log (the log
-- is the record of reviews: there is no second copy to drift); audit_head keeps the last entry's sequence and hash
-- so a deleted tail is noticed. Its one row is also the lock that serialises appends.

ALTER TABLE claims ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE INDEX claims_status ON claims (status, seq);

CREATE TABLE audit_log (
    seq           bigint PRIMARY KEY,           -- 1, 2, 3… assigned from audit_head, never reused
    at            timestamptz NOT NULL,         -- microseconds, as hashed (the ledger stamps it so)
    actor         text NOT NULL,
    action        text NOT NULL,
    subject       text NOT NULL,
    payload       text NOT NULL,                -- canonical JSON, kept as text: the hash covers its exact bytes
    previous_hash text NOT NULL,
    hash          text NOT NULL UNIQUE
);

CREATE INDEX audit_log_subject ON audit_log (subject, seq);

CREATE TABLE audit_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    hash text NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
