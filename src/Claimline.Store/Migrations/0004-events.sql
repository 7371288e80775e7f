-- Claimline store, schema version 4: the events layer (issue #18), one row per CAMEO-coded event: who did what to
-- whom, where and when. Written with the document, in the same transaction (docs/schema.md, `events`). Documents
-- stored under an earlier version get their rows from their stored annotations (backfill_events_pending below).

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,    -- stable in the store: the GDELT export's GLOBALEVENTID
    document       INTEGER NOT NULL REFERENCES documents(id),
    ordinal        INTEGER NOT NULL,       -- index in the document's events layer
    code           TEXT NOT NULL,          -- CAMEO event code: 190, 0311
    base           TEXT NOT NULL,          -- first three digits: 193 for 1931
    root           TEXT NOT NULL,          -- first two digits: 19
    quad_class     INTEGER NOT NULL,       -- 1 verbal cooperation … 4 material conflict
    goldstein      REAL NOT NULL,          -- −10 … +10
    source_code    TEXT NOT NULL,          -- CAMEO actor code: RUSMIL, IGOUNO, ---REB
    source_name    TEXT NOT NULL,
    source_key     TEXT,                   -- referent key: country:RU
    source_country TEXT,                   -- ISO 3166-1 alpha-2
    target_code    TEXT NOT NULL,
    target_name    TEXT NOT NULL,
    target_key     TEXT,
    target_country TEXT,
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    reported_by    TEXT,                   -- actor code of who the text says reports it
    reported_by_name TEXT,
    date           TEXT,                   -- TIMEX3 value as the layer gives it: 2024-10-31, 2024-10
    day            TEXT,                   -- YYYY-MM-DD: the date when it names a day, else the document's date
    place          TEXT,                   -- canonical name
    place_key      TEXT,
    place_country  TEXT,
    lat            REAL,
    lon            REAL,
    trigger        TEXT NOT NULL,          -- the action as written
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    start          INTEGER NOT NULL,       -- the event's span
    "end"          INTEGER NOT NULL,
    rule           TEXT NOT NULL
);
CREATE INDEX events_document ON events(document, ordinal);
-- Actor queries match a prefix of the source or the target code (PRK matches PRKMIL), code queries a prefix of the
-- event code (19 matches 190 and 193): both are range scans on these indexes.
CREATE INDEX events_source ON events(source_code, day);
CREATE INDEX events_target ON events(target_code, day);
CREATE INDEX events_code ON events(code, day);
CREATE INDEX events_day ON events(day, root);

CREATE TABLE backfill_events_pending (document INTEGER PRIMARY KEY);
INSERT INTO backfill_events_pending (document) SELECT id FROM documents;
