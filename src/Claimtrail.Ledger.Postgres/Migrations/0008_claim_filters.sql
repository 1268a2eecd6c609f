-- Version 8: what the claim list filters by (source, place, date, language) needs to be found without reading every
-- mention: the logical schema of the SQLite ledger's version 7. Places are copied out of each mention's jsonb into
-- mention_places by a trigger, so every writer (and the rows already stored) fill it the same way. A place is filed
-- under its name and under the larger place it lies in ("Teterinsky Street" and "Moscow"), lower-cased.

CREATE TABLE mention_places (
    mention_id text NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
    key        text NOT NULL,                 -- lower(btrim(name))
    PRIMARY KEY (key, mention_id)
);

CREATE INDEX mention_places_mention ON mention_places (mention_id);

CREATE FUNCTION mention_places_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO mention_places (mention_id, key)
        SELECT NEW.id, k FROM (
            SELECT lower(btrim(p ->> 'name')) AS k FROM jsonb_array_elements(NEW.places) p
            UNION
            SELECT lower(btrim(p ->> 'within')) FROM jsonb_array_elements(NEW.places) p
        ) keys
        WHERE k IS NOT NULL AND k <> ''
        ON CONFLICT DO NOTHING;
    RETURN NEW;
END;
$$;

CREATE TRIGGER mentions_places_insert AFTER INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION mention_places_fill();

INSERT INTO mention_places (mention_id, key)
    SELECT DISTINCT m.id, k FROM mentions m,
        LATERAL (SELECT lower(btrim(p ->> 'name')) AS k FROM jsonb_array_elements(m.places) p
                 UNION
                 SELECT lower(btrim(p ->> 'within')) FROM jsonb_array_elements(m.places) p) keys
    WHERE k IS NOT NULL AND k <> ''
    ON CONFLICT DO NOTHING;

CREATE INDEX reports_language ON reports (language);

-- When a report appeared: published, else ingested.
CREATE INDEX reports_appeared ON reports ((coalesce(published, ingested_at)));

-- Sorting by most reports must not count every claim's reports on each listing: each claim keeps its counts, kept by
-- triggers. The report count is counted afresh for the claim on each change rather than stepped: a row trigger of a
-- statement that links several mentions at once sees every row of that statement, so "no other mention of this
-- report states the claim" would hold for none of them.
ALTER TABLE claims ADD COLUMN mention_count integer NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN report_count integer NOT NULL DEFAULT 0;

CREATE FUNCTION claim_mentions_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed claim_mentions%ROWTYPE;
    step integer;
BEGIN
    IF TG_OP = 'INSERT' THEN changed := NEW; step := 1; ELSE changed := OLD; step := -1; END IF;
    UPDATE claims
       SET mention_count = mention_count + step,
           report_count = (SELECT count(DISTINCT m.report_id) FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                            WHERE cm.claim_id = changed.claim_id)
     WHERE id = changed.claim_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER claim_mentions_counts AFTER INSERT OR DELETE ON claim_mentions FOR EACH ROW EXECUTE FUNCTION claim_mentions_count();

UPDATE claims c
   SET mention_count = (SELECT count(*) FROM claim_mentions cm WHERE cm.claim_id = c.id),
       report_count = (SELECT count(DISTINCT m.report_id) FROM claim_mentions cm JOIN mentions m ON m.id = cm.mention_id
                        WHERE cm.claim_id = c.id);

CREATE INDEX claims_report_count ON claims (report_count DESC, seq DESC);

-- Sorting by most independent origins reads this index rather than every claim.
CREATE INDEX claims_origin_count ON claims (origin_count DESC, report_count DESC, seq DESC);
