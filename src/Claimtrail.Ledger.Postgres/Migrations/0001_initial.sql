-- Version 1: the logical schema of the SQLite ledger's version 1 (reports, sources, mentions with their
-- relay chains, claims) in PostgreSQL types: times as timestamptz, lists in the contract's JSON shape as
-- jsonb, enum values as the JSON contract spells them ("no_comment").
-- Full-text search: one tsvector per claim (its text, the content of its mentions, the names of the
-- sources that state or relay them) with a GIN index, through a configuration that folds accents as
-- SQLite's unicode61 remove_diacritics does and, like it, does not stem.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION claimtrail (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION claimtrail
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
    WITH unaccent, simple;

CREATE TABLE reports (
    id               text PRIMARY KEY,              -- sha256:<hex of the normalised text>
    source           text NOT NULL,
    title            text,
    language         text NOT NULL,
    text             text NOT NULL,
    published        timestamptz,
    published_offset integer,                       -- the publisher's UTC offset in minutes, kept for display and export
    publisher        text,
    ingested_at      timestamptz NOT NULL,          -- from the ledger's clock
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE  -- ingest order
);

CREATE TABLE sources (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    name text NOT NULL,                             -- as first written
    key  text NOT NULL,                             -- SourceKey.For(name)
    UNIQUE (kind, key)
);

-- Fuzzy look-up of source names ("Moskow caling") by trigram similarity.
CREATE INDEX sources_name_trgm ON sources USING gin (key gin_trgm_ops);

CREATE TABLE mentions (
    id                text PRIMARY KEY,
    report_id         text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position          integer NOT NULL,             -- order in the report
    span_start        integer NOT NULL,
    span_end          integer NOT NULL,
    fragments         jsonb NOT NULL,
    content           text NOT NULL,
    speaker_source_id bigint REFERENCES sources (id),
    speaker_start     integer,
    speaker_end       integer,
    cue               text NOT NULL,
    cue_start         integer NOT NULL,
    cue_end           integer NOT NULL,
    stance            text NOT NULL,
    hedges            jsonb NOT NULL,
    evidence          jsonb NOT NULL,
    places            jsonb NOT NULL,
    entities          jsonb NOT NULL,
    extractor         text NOT NULL,
    UNIQUE (report_id, position)
);

CREATE INDEX mentions_speaker ON mentions (speaker_source_id);

CREATE TABLE mention_relays (
    mention_id text NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    position   integer NOT NULL,                    -- 0 is nearest the report
    source_id  bigint NOT NULL REFERENCES sources (id),
    cue        text NOT NULL,
    span_start integer,
    span_end   integer,
    PRIMARY KEY (mention_id, position)
);

CREATE INDEX mention_relays_source ON mention_relays (source_id);

CREATE TABLE claims (
    seq     bigint GENERATED ALWAYS AS IDENTITY UNIQUE,  -- listing order, newest first
    id      text PRIMARY KEY,
    text    text NOT NULL,
    status  text NOT NULL DEFAULT 'unverified',
    created timestamptz NOT NULL,                   -- when the ledger first stored it
    search  tsvector NOT NULL DEFAULT ''::tsvector  -- kept by the ledger when mentions are linked
);

CREATE INDEX claims_search ON claims USING gin (search);

CREATE TABLE claim_mentions (
    claim_id   text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    mention_id text NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, mention_id)
);

CREATE INDEX claim_mentions_mention ON claim_mentions (mention_id);
