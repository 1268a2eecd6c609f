-- Version 5: provenance and claim matching.
-- report_sightings: further appearances of a stored report's exact text (another channel, another time). A report
-- is stored once under its content hash; without these rows a second channel's forward of the same words is lost.
-- claim_embeddings: each claim's sentence embedding, per model, in the order stored (seq), so every process can
-- build the same nearest-neighbour index and tell from the highest seq whether its index file is stale.
-- claims.origin_count: the number of independent origins, kept by the ledger whenever a claim gains an appearance,
-- so listings can sort by it.

CREATE TABLE report_sightings (
    seq            INTEGER PRIMARY KEY,             -- order recorded
    report_id      TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    appearance_key TEXT NOT NULL,                   -- ReportSighting.KeyOf: the same appearance is recorded once
    source         TEXT NOT NULL,
    publisher      TEXT,
    published      TEXT,                            -- ISO 8601 with offset
    platform       TEXT,
    post_id        TEXT,
    url            TEXT,
    author         TEXT,
    forwarded_from TEXT,
    reply_to       TEXT,
    sighted_at     TEXT NOT NULL,                   -- ISO 8601 UTC, from the ledger's clock
    UNIQUE (report_id, appearance_key)
);

CREATE TABLE claim_embeddings (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,     -- never reused, so a watermark stays meaningful
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    model    TEXT NOT NULL,
    vector   BLOB NOT NULL,                         -- float32 little-endian
    UNIQUE (claim_id, model)
);

CREATE INDEX claim_embeddings_model ON claim_embeddings (model, seq);

ALTER TABLE claims ADD COLUMN origin_count INTEGER NOT NULL DEFAULT 0;
