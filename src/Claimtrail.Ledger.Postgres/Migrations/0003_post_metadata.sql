-- Version 3: what a post says about itself (Telegram messages, feed entries, collectors' JSONL, fetched pages):
-- the logical schema of the SQLite ledger's version 2, in PostgreSQL types. All columns are nullable: an article
-- read from a file has none of them. Times are timestamptz in UTC (the SQLite engine keeps them as UTC text).

ALTER TABLE reports
    ADD COLUMN platform                 text,           -- telegram, rss, atom, web, or a collector's name
    ADD COLUMN post_id                  text,           -- the post's id on its platform
    ADD COLUMN url                      text,
    ADD COLUMN author                   text,           -- signature or byline, distinct from the publisher
    ADD COLUMN forwarded_from           text,           -- as the source wrote it
    ADD COLUMN forwarded_from_source_id bigint REFERENCES sources (id),  -- the relay edge, kind 'channel'
    ADD COLUMN reply_to                 text,
    ADD COLUMN edited                   timestamptz,
    ADD COLUMN fetched                  timestamptz,
    ADD COLUMN latitude                 double precision,
    ADD COLUMN longitude                double precision;

CREATE INDEX reports_forwarded_from ON reports (forwarded_from_source_id) WHERE forwarded_from_source_id IS NOT NULL;

-- Media a post carries: references to evidence, fingerprinted later.
CREATE TABLE report_media (
    report_id text NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    kind      text NOT NULL,                  -- photo, video, audio, document, sticker…
    reference text,                           -- URL or path inside the export; NULL when the export left the file out
    mime_type text,
    size      bigint,
    sha256    text,
    PRIMARY KEY (report_id, position)
);

CREATE INDEX report_media_sha256 ON report_media (sha256) WHERE sha256 IS NOT NULL;
