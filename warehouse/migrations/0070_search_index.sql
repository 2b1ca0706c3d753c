-- The search index: each article's distinct lower-cased words, so a text search reads a few
-- postings instead of every article's text. Written by warehouse.search_index with every
-- article write (its Python tokeniser also fills these tables for the articles already
-- stored, right after this file runs, in the same transaction).

-- search_docs: upserted by article_id with its article; `doc` is the number postings use,
-- `seen` and `source_id` let a search order and filter its hits without reading articles.
CREATE SEQUENCE search_doc_seq;
CREATE TABLE search_docs (
    doc        INTEGER PRIMARY KEY DEFAULT nextval('search_doc_seq'),
    article_id VARCHAR NOT NULL UNIQUE,
    seen       TIMESTAMPTZ NOT NULL,          -- coalesce(published_at, fetched_at)
    source_id  VARCHAR NOT NULL
);

-- search_terms: appended, one row per distinct word ever indexed.
CREATE SEQUENCE search_term_seq;
CREATE TABLE search_terms (
    term_id INTEGER PRIMARY KEY DEFAULT nextval('search_term_seq'),
    term    VARCHAR NOT NULL UNIQUE
);

-- search_postings: a document's words, replaced with its article; kept sorted by term_id
-- (new rows are appended, and the table is resorted once they are a fifth of it), so a
-- lookup reads only the row groups of its words.
CREATE TABLE search_postings (
    term_id INTEGER NOT NULL,
    doc     INTEGER NOT NULL
);

-- search_state: one row; postings appended since the last resort.
CREATE TABLE search_state (
    unsorted BIGINT NOT NULL
);
INSERT INTO search_state VALUES (0);
