-- Claimline store, schema version 2: who the documents speak of (referents) and who said what (quotes), as tables
-- that queries can rank and filter without opening every document's annotations. Written with the document, in
-- the same transaction, from the `referents` and `quotes` layers (docs/schema.md). Documents stored under version 1
-- have no rows here.

CREATE TABLE referents (
    document   INTEGER NOT NULL REFERENCES documents(id),
    key        TEXT NOT NULL,              -- stable across articles: person:lloyd-austin, country:KP, org:united-nations
    kind       TEXT NOT NULL,              -- person, country, place, organization, group, other
    canonical  TEXT NOT NULL,
    country    TEXT,                       -- ISO 3166-1 alpha-2
    mentions   INTEGER NOT NULL,
    roles      TEXT,                       -- the role titles, joined by "; "
    lat        REAL,                       -- coordinates of countries and places, when known
    lng        REAL,
    start      INTEGER NOT NULL,           -- the first mention
    "end"      INTEGER NOT NULL
);
CREATE INDEX referents_document ON referents(document);
CREATE INDEX referents_key ON referents(key);
CREATE INDEX referents_kind ON referents(kind, key);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    document     INTEGER NOT NULL REFERENCES documents(id),
    kind         TEXT NOT NULL,            -- direct, indirect, mixed
    cue          TEXT,                     -- the cue's lemma
    speaker      TEXT,                     -- the speaker's canonical name if resolved, else the speaker as written
    speaker_key  TEXT,                     -- the key of the referent the speaker names (person:lloyd-austin), if any
    speaker_kind TEXT,
    date         TEXT,                     -- TIMEX3 value of when the statement was made
    confidence   REAL NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL             -- the content, pieces joined by " … "
);
CREATE INDEX quotes_document ON quotes(document);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id');
