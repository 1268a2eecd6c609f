-- Version 6: provenance and claim matching, the logical schema of the SQLite ledger's version 5.
-- report_sightings: further appearances of a stored report's exact text (another channel, another time).
-- claim_embeddings: each claim's sentence embedding, per model, in the order stored (seq), so every process can
-- build the same nearest-neighbour index and tell from the highest seq whether its index file is stale.
-- claims.origin_count: the number of independent origins, kept by the ledger whenever a claim gains an appearance.

CREATE TABLE report_sightings (
    seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id        text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    appearance_key   text NOT NULL,
    source           text NOT NULL,
    publisher        text,
    published        timestamptz,
    published_offset integer,                       -- the publisher's UTC offset in minutes, as for reports
    platform         text,
    post_id          text,
    url              text,
    author           text,
    forwarded_from   text,
    reply_to         text,
    sighted_at       timestamptz NOT NULL,
    UNIQUE (report_id, appearance_key)
);

CREATE TABLE claim_embeddings (
    seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    model    text NOT NULL,
    vector   bytea NOT NULL,                        -- float32 little-endian
    UNIQUE (claim_id, model)
);

CREATE INDEX claim_embeddings_model ON claim_embeddings (model, seq);

ALTER TABLE claims ADD COLUMN origin_count integer NOT NULL DEFAULT 0;
