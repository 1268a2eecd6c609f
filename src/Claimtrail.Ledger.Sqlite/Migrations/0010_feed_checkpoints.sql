-- Version 10: what claimtrail watch keeps about each feed between runs, so a restarted watch sends conditional
-- requests and ingests nothing old: validators, backoff, and the entries of the last answer already dealt with.

CREATE TABLE feed_checkpoints (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,                      -- ISO 8601 UTC
    failures      INTEGER NOT NULL DEFAULT 0,
    retry_at      TEXT,                      -- ISO 8601 UTC; NULL: poll at once
    seen          TEXT NOT NULL DEFAULT '[]' -- JSON array of entry keys (source and text hash)
);
