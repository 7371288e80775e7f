-- Claimline store, schema version 3: every mention of every referent, the time expressions, the quantities and the
-- claims made of them, and the quantity concepts the claims are grouped by (issues #6 and #7). Written with the
-- document, in the same transaction, from the layers of the same names (docs/schema.md). Documents stored under an
-- earlier version get them from their stored annotations (see backfill_pending below).


CREATE TABLE mentions (
    document   INTEGER NOT NULL REFERENCES documents(id),
    key        TEXT NOT NULL,              -- the referent's key (referents.key)
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX mentions_key ON mentions(key, document);
CREATE INDEX mentions_document ON mentions(document);

CREATE TABLE times (
    document   INTEGER NOT NULL REFERENCES documents(id),
    type       TEXT NOT NULL,              -- TIMEX3 type: DATE, TIME, DURATION, SET
    value      TEXT NOT NULL,              -- TIMEX3 value: 2024-10-31, 2024-W44, P3D
    mod        TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX times_document ON times(document);
CREATE INDEX times_value ON times(value);

CREATE TABLE quantities (
    id         INTEGER PRIMARY KEY,
    document   INTEGER NOT NULL REFERENCES documents(id),
    ordinal    INTEGER NOT NULL,           -- index in the document's quantities layer
    kind       TEXT NOT NULL,              -- count, percent, money
    value      REAL,                       -- null for a range or a vague plural
    low        REAL NOT NULL,
    high       REAL NOT NULL,
    unit       TEXT,                       -- ISO 4217 for money, % for percents
    qualifier  TEXT NOT NULL,              -- exact, approx, at_least, at_most, range
    change     TEXT NOT NULL,
    counted    TEXT,                       -- the counted phrase as written
    lemma      TEXT,                       -- its head noun, singular
    location   TEXT,                       -- the place as written
    location_key TEXT,                     -- the place's referent key
    negated    INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX quantities_document ON quantities(document);

CREATE TABLE concepts (
    key            TEXT PRIMARY KEY,       -- thing|entity country|place country: troop|KP|RU
    label          TEXT NOT NULL,          -- KP troops in RU
    thing          TEXT NOT NULL,
    entity_country TEXT,
    place_country  TEXT
);
CREATE INDEX concepts_thing ON concepts(thing, entity_country);

CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    document    INTEGER NOT NULL REFERENCES documents(id),
    quantity    INTEGER NOT NULL REFERENCES quantities(id),
    concept     TEXT NOT NULL REFERENCES concepts(key),
    holder      TEXT NOT NULL,             -- canonical name, speaker as written, or the outlet
    holder_key  TEXT,                      -- country:US, person:ana-kovac
    holder_kind TEXT NOT NULL,             -- speaker, subject, outlet
    via         TEXT,
    date        TEXT,                      -- TIMEX3 value of when the claim was made or what it refers to
    modality    TEXT NOT NULL,             -- states, estimates, expects, denies
    confidence  REAL NOT NULL,
    rule        TEXT NOT NULL,
    evidence    TEXT NOT NULL,             -- JSON array: why the claim is in its concept
    start       INTEGER NOT NULL,          -- the evidence span
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL              -- the evidence text
);
CREATE INDEX claims_document ON claims(document);
CREATE INDEX claims_concept ON claims(concept, date);
CREATE INDEX claims_holder ON claims(holder_key);

-- Documents stored before this version get their rows from their stored annotations the next time the store is
-- opened (ClaimlineStore.Open), one transaction per document, so an interrupted backfill resumes.
CREATE TABLE backfill_pending (document INTEGER PRIMARY KEY);
INSERT INTO backfill_pending (document) SELECT id FROM documents;
