-- Version 7: what the claim list filters by (source, place, date, language) needs to be found without reading every
-- mention. Places are copied out of each mention's JSON into mention_places by a trigger, so every writer (and the
-- rows already stored) fill it the same way. A place is filed under its name and under the larger place it lies in
-- ("Teterinsky Street" and "Moscow"), lower-cased by SQLite's lower(), which folds ASCII letters only.

CREATE TABLE mention_places (
    mention_id TEXT NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    key        TEXT NOT NULL,                 -- lower(trim(name))
    PRIMARY KEY (key, mention_id)
) WITHOUT ROWID;

CREATE INDEX mention_places_mention ON mention_places (mention_id);

CREATE TRIGGER mentions_places_insert AFTER INSERT ON mentions BEGIN
    INSERT OR IGNORE INTO mention_places (mention_id, key)
        SELECT new.id, lower(trim(value ->> '$.name')) FROM json_each(new.places) WHERE trim(value ->> '$.name') <> ''
        UNION
        SELECT new.id, lower(trim(value ->> '$.within')) FROM json_each(new.places) WHERE trim(coalesce(value ->> '$.within', '')) <> '';
END;

INSERT OR IGNORE INTO mention_places (mention_id, key)
    SELECT m.id, lower(trim(p.value ->> '$.name')) FROM mentions m, json_each(m.places) p WHERE trim(p.value ->> '$.name') <> ''
    UNION
    SELECT m.id, lower(trim(p.value ->> '$.within')) FROM mentions m, json_each(m.places) p WHERE trim(coalesce(p.value ->> '$.within', '')) <> '';

CREATE INDEX reports_language ON reports (language);

-- When a report appeared: published (stored with the publisher's offset, so compared as Unix time), else ingested.
CREATE INDEX reports_appeared ON reports (unixepoch(coalesce(published, ingested_at)));

-- Sorting by most reports must not count every claim's reports on each listing: each claim keeps its counts, kept by
-- triggers. A report is stored in one transaction, so "no other mention of this report states the claim" decides
-- whether a mention adds a report.
ALTER TABLE claims ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER claim_mentions_counts_insert AFTER INSERT ON claim_mentions BEGIN
    UPDATE claims
       SET mention_count = mention_count + 1,
           report_count = report_count + NOT EXISTS (
               SELECT 1 FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                WHERE cm.claim_id = new.claim_id AND cm.mention_id <> new.mention_id
                  AND m.report_id = (SELECT report_id FROM mentions WHERE id = new.mention_id))
     WHERE id = new.claim_id;
END;

CREATE TRIGGER claim_mentions_counts_delete AFTER DELETE ON claim_mentions BEGIN
    UPDATE claims
       SET mention_count = mention_count - 1,
           report_count = report_count - NOT EXISTS (
               SELECT 1 FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                WHERE cm.claim_id = old.claim_id
                  AND m.report_id = (SELECT report_id FROM mentions WHERE id = old.mention_id))
     WHERE id = old.claim_id;
END;

UPDATE claims
   SET mention_count = (SELECT count(*) FROM claim_mentions cm WHERE cm.claim_id = claims.id),
       report_count = (SELECT count(DISTINCT m.report_id) FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                        WHERE cm.claim_id = claims.id);

CREATE INDEX claims_report_count ON claims (report_count DESC, seq DESC);

-- Sorting by most independent origins reads this index rather than every claim.
CREATE INDEX claims_origin_count ON claims (origin_count DESC, report_count DESC, seq DESC);
