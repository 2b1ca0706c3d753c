-- Core tables. Each says how it is written.

-- sources: upserted from seeds/sources.toml on every run.
CREATE TABLE sources (
    source_id  VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    url        VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL DEFAULT 'feed',
    lang       VARCHAR,
    updated_at TIMESTAMPTZ NOT NULL
);

-- fetches: appended, one row per HTTP fetch (feeds and pages).
CREATE SEQUENCE fetch_id_seq;
CREATE TABLE fetches (
    fetch_id    BIGINT PRIMARY KEY DEFAULT nextval('fetch_id_seq'),
    run_id      VARCHAR,
    source_id   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,          -- 'feed' | 'page'
    url         VARCHAR NOT NULL,
    final_url   VARCHAR,
    status      VARCHAR NOT NULL,          -- 'ok' | 'not_modified' | 'error'
    http_status INTEGER,
    error       VARCHAR,
    elapsed_ms  INTEGER NOT NULL,
    fetched_at  TIMESTAMPTZ NOT NULL
);

-- articles: upserted by article_id (sha1 of the normalised URL).
CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,
    url               VARCHAR NOT NULL,
    canonical_url     VARCHAR,
    source_id         VARCHAR NOT NULL,
    title             VARCHAR,
    author            VARCHAR,
    published_at      TIMESTAMPTZ,
    fetched_at        TIMESTAMPTZ NOT NULL,
    lang              VARCHAR,
    site_name         VARCHAR,
    text              VARCHAR,
    summary           VARCHAR,
    extraction_method VARCHAR NOT NULL,    -- 'trafilatura' | 'feed_summary' | 'none'
    content_hash      VARCHAR NOT NULL
);

-- verdicts: upserted by article_id; the latest judgement under watchlist_version.
CREATE TABLE verdicts (
    article_id        VARCHAR PRIMARY KEY,
    watchlist_version VARCHAR NOT NULL,
    alert             BOOLEAN NOT NULL,
    arms_supply       BOOLEAN NOT NULL,
    watched           BOOLEAN NOT NULL,
    score             DOUBLE NOT NULL,
    supplier          VARCHAR,
    recipient         VARCHAR,
    actors            VARCHAR[],
    items             VARCHAR[],
    evidence          VARCHAR,
    rule              VARCHAR,
    judged_at         TIMESTAMPTZ NOT NULL
);

-- mentions: replaced per article whenever its verdict is written.
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,           -- 'actor' | 'item' | 'transfer' | 'denial'
    term       VARCHAR NOT NULL,
    canonical  VARCHAR NOT NULL,
    field      VARCHAR NOT NULL,           -- 'title' | 'text'
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL
);

CREATE VIEW alerts AS
SELECT a.article_id, a.url, a.canonical_url, a.title, a.source_id, s.name AS outlet,
       a.published_at, a.fetched_at, v.score, v.supplier, v.recipient, v.actors, v.items,
       v.evidence, v.rule, v.watchlist_version
FROM verdicts v
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.source_id = a.source_id
WHERE v.alert;
