-- Version 6: what the claim list filters by (source, place, date, language) needs to be found without reading every
-- mention: the logical schema of the SQLite ledger's version 5. Places are copied out of each mention's jsonb into
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
