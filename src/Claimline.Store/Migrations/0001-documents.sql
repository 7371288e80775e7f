-- Claimline store, schema version 1: documents, their structure, full-text search, and the ingest log.
-- Offsets are character offsets (UTF-16 code units) into documents.text, half-open [start, end).

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT NOT NULL,                 -- the document's id as read (JSONL id, file path without extension)
    content_hash  TEXT NOT NULL UNIQUE,          -- SHA-256 of the text: the same content is stored once
    simhash       INTEGER NOT NULL,              -- 64-bit SimHash of word shingles, for near-duplicates
    duplicate_of  INTEGER REFERENCES documents(id), -- set when a near-duplicate of an earlier document (same wire story republished)
    source        TEXT,
    url           TEXT,
    title         TEXT,
    published     TEXT,                          -- YYYY-MM-DD
    language      TEXT NOT NULL,
    origin        TEXT,                          -- file and line or record it was read from
    words         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    annotations   TEXT NOT NULL,                 -- the document JSON of docs/schema.md without its text (schema, meta, layers)
    ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_doc_key ON documents(doc_key);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- SimHash split into four 16-bit bands: two documents within Hamming distance 3 share at least one band exactly.
CREATE TABLE simhash_bands (
    band      INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    document  INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, value, document)
) WITHOUT ROWID;

CREATE TABLE sections (
    document  INTEGER NOT NULL REFERENCES documents(id),
    kind      TEXT NOT NULL,                     -- header, title, caption, photoCredit, story
    story     INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX sections_document ON sections(document);

CREATE TABLE datelines (
    document  INTEGER NOT NULL REFERENCES documents(id),
    story     INTEGER NOT NULL,
    place     TEXT NOT NULL,
    region    TEXT,
    agency    TEXT,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX datelines_document ON datelines(document);
CREATE INDEX datelines_place ON datelines(place);

CREATE TABLE sentences (
    document  INTEGER NOT NULL REFERENCES documents(id),
    ordinal   INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    PRIMARY KEY (document, ordinal)
) WITHOUT ROWID;

-- Full-text search over titles and texts; rows are written with the document, in the same transaction.
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');

-- What each ingest run skipped and why; and which input files were read to the end (for resuming).
CREATE TABLE ingest_errors (
    id        INTEGER PRIMARY KEY,
    origin    TEXT NOT NULL,
    message   TEXT NOT NULL,
    at        TEXT NOT NULL
);

CREATE TABLE ingested_files (
    path      TEXT PRIMARY KEY,
    size      INTEGER NOT NULL,
    modified  TEXT NOT NULL,
    documents INTEGER NOT NULL,
    at        TEXT NOT NULL
);
