-- Version 11: what claimtrail watch keeps about each feed between runs (the SQLite schema's version 10), so a
-- restarted watch sends conditional requests and ingests nothing old.

CREATE TABLE feed_checkpoints (
    url           text PRIMARY KEY,
    etag          text,
    last_modified timestamptz,
    failures      integer NOT NULL DEFAULT 0,
    retry_at      timestamptz,                 -- NULL: poll at once
    seen          jsonb NOT NULL DEFAULT '[]'  -- entry keys (source and text hash) of the last answer
);
