-- Version 1: reports, sources, mentions with their relay chains, claims, and the full-text index.
-- Enum values are stored as the JSON contract spells them ("no_comment"); lists of spans, hedges,
-- evidence, places and entities as JSON in the contract's shape, so the PostgreSQL schema can use jsonb.

CREATE TABLE reports (
    id          TEXT PRIMARY KEY,             -- sha256:<hex of the normalised text>
    source      TEXT NOT NULL,
    title       TEXT,
    language    TEXT NOT NULL,
    text        TEXT NOT NULL,
    published   TEXT,                         -- ISO 8601 with offset
    publisher   TEXT,
    ingested_at TEXT NOT NULL,                -- ISO 8601 UTC, from the ledger's clock
    seq         INTEGER NOT NULL UNIQUE       -- ingest order
);

CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,                       -- as first written
    key  TEXT NOT NULL,                       -- SourceKey.For(name)
    UNIQUE (kind, key)
);

CREATE TABLE mentions (
    id                TEXT PRIMARY KEY,
    report_id         TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,       -- order in the report
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    fragments         TEXT NOT NULL CHECK (json_valid(fragments)),
    content           TEXT NOT NULL,
    speaker_source_id INTEGER REFERENCES sources (id),
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    cue               TEXT NOT NULL,
    cue_start         INTEGER NOT NULL,
    cue_end           INTEGER NOT NULL,
    stance            TEXT NOT NULL,
    hedges            TEXT NOT NULL CHECK (json_valid(hedges)),
    evidence          TEXT NOT NULL CHECK (json_valid(evidence)),
    places            TEXT NOT NULL CHECK (json_valid(places)),
    entities          TEXT NOT NULL CHECK (json_valid(entities)),
    extractor         TEXT NOT NULL,
    UNIQUE (report_id, position)
);

CREATE INDEX mentions_speaker ON mentions (speaker_source_id);

CREATE TABLE mention_relays (
    mention_id TEXT NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,              -- 0 is nearest the report
    source_id  INTEGER NOT NULL REFERENCES sources (id),
    cue        TEXT NOT NULL,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (mention_id, position)
);

CREATE INDEX mention_relays_source ON mention_relays (source_id);

CREATE TABLE claims (
    seq     INTEGER PRIMARY KEY,              -- stable rowid for the full-text index
    id      TEXT NOT NULL UNIQUE,
    text    TEXT NOT NULL,
    status  TEXT NOT NULL DEFAULT 'unverified',
    created TEXT NOT NULL                     -- ISO 8601 UTC: when the ledger first stored it
);

CREATE TABLE claim_mentions (
    claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    mention_id TEXT NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, mention_id)
);

CREATE INDEX claim_mentions_mention ON claim_mentions (mention_id);

-- One row per claim (rowid = claims.seq): its text, the content of every mention stating it, and the
-- names of the sources that state or relay it (a desk searches by who said it as much as by what).
CREATE VIRTUAL TABLE claim_search USING fts5 (
    text,
    mentions,
    sources,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_search_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_search (rowid, text, mentions, sources) VALUES (new.seq, new.text, '', '');
END;

CREATE TRIGGER claims_search_update AFTER UPDATE OF text ON claims BEGIN
    UPDATE claim_search SET text = new.text WHERE rowid = new.seq;
END;

CREATE TRIGGER claims_search_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_search WHERE rowid = old.seq;
END;

CREATE TRIGGER claim_mentions_search_insert AFTER INSERT ON claim_mentions BEGIN
    UPDATE claim_search
       SET mentions = (SELECT coalesce(group_concat(m.content, char(10)), '')
                         FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                        WHERE cm.claim_id = new.claim_id),
           sources = (SELECT coalesce(group_concat(name, char(10)), '')
                        FROM (SELECT s.name FROM claim_mentions cm
                                JOIN mentions m ON m.id = cm.mention_id
                                JOIN sources s ON s.id = m.speaker_source_id
                               WHERE cm.claim_id = new.claim_id
                              UNION
                              SELECT s.name FROM claim_mentions cm
                                JOIN mention_relays r ON r.mention_id = cm.mention_id
                                JOIN sources s ON s.id = r.source_id
                               WHERE cm.claim_id = new.claim_id))
     WHERE rowid = (SELECT seq FROM claims WHERE id = new.claim_id);
END;

CREATE TRIGGER claim_mentions_search_delete AFTER DELETE ON claim_mentions BEGIN
    UPDATE claim_search
       SET mentions = (SELECT coalesce(group_concat(m.content, char(10)), '')
                         FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                        WHERE cm.claim_id = old.claim_id),
           sources = (SELECT coalesce(group_concat(name, char(10)), '')
                        FROM (SELECT s.name FROM claim_mentions cm
                                JOIN mentions m ON m.id = cm.mention_id
                                JOIN sources s ON s.id = m.speaker_source_id
                               WHERE cm.claim_id = old.claim_id
                              UNION
                              SELECT s.name FROM claim_mentions cm
                                JOIN mention_relays r ON r.mention_id = cm.mention_id
                                JOIN sources s ON s.id = r.source_id
                               WHERE cm.claim_id = old.claim_id))
     WHERE rowid = (SELECT seq FROM claims WHERE id = old.claim_id);
END;
