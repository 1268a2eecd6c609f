-- Version 10: the desk gazetteer, the logical schema of the SQLite ledger's version 9. One placement per name within
-- one larger place; the keys are PlaceNames.Key of the name and of the containing place ('' when none), computed by
-- the program so both engines compare names alike.

CREATE TABLE desk_places (
    name_key   text NOT NULL,
    within_key text NOT NULL,
    name       text NOT NULL,
    within     text,
    latitude   double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    precision  text NOT NULL,
    note       text,
    added_by   text,
    PRIMARY KEY (name_key, within_key)
);
