-- Version 9: the desk gazetteer, places analysts have geolocated by hand. One placement per name within one larger
-- place; the keys are PlaceNames.Key of the name and of the containing place ('' when none), computed by the program
-- so both engines compare names alike.

CREATE TABLE desk_places (
    name_key   TEXT NOT NULL,
    within_key TEXT NOT NULL,
    name       TEXT NOT NULL,
    within     TEXT,
    latitude   REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    precision  TEXT NOT NULL,
    note       TEXT,
    added_by   TEXT,
    PRIMARY KEY (name_key, within_key)
);
