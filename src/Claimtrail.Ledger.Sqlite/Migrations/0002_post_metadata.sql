-- Version 2: what a post says about itself (Telegram messages, feed entries, collectors' JSONL, fetched pages).
-- All columns are nullable: an article read from a file has none of them. Times are ISO 8601 UTC text.

ALTER TABLE reports ADD COLUMN platform TEXT;                 -- telegram, rss, atom, web, or a collector's name
ALTER TABLE reports ADD COLUMN post_id TEXT;                  -- the post's id on its platform
ALTER TABLE reports ADD COLUMN url TEXT;
ALTER TABLE reports ADD COLUMN author TEXT;                   -- signature or byline, distinct from the publisher
ALTER TABLE reports ADD COLUMN forwarded_from TEXT;           -- as the source wrote it
ALTER TABLE reports ADD COLUMN forwarded_from_source_id INTEGER REFERENCES sources (id);  -- the relay edge, kind 'channel'
ALTER TABLE reports ADD COLUMN reply_to TEXT;
ALTER TABLE reports ADD COLUMN edited TEXT;
ALTER TABLE reports ADD COLUMN fetched TEXT;
ALTER TABLE reports ADD COLUMN latitude REAL;
ALTER TABLE reports ADD COLUMN longitude REAL;

CREATE INDEX reports_forwarded_from ON reports (forwarded_from_source_id) WHERE forwarded_from_source_id IS NOT NULL;

-- Media a post carries: references to evidence, fingerprinted later.
CREATE TABLE report_media (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,                  -- photo, video, audio, document, sticker…
    reference TEXT,                           -- URL or path inside the export; NULL when the export left the file out
    mime_type TEXT,
    size      INTEGER,
    sha256    TEXT,
    PRIMARY KEY (report_id, position)
);

CREATE INDEX report_media_sha256 ON report_media (sha256) WHERE sha256 IS NOT NULL;
