-- Story clusters (near-duplicate reports across outlets) and the views analysts query.

-- articles.story_id: set once by warehouse.stories.update_stories; NULL until clustered.
ALTER TABLE articles ADD COLUMN story_id VARCHAR;

-- article_signatures: appended once per article by update_stories (never rehashed).
-- minhash: 128 uint32 MinHash values (little-endian); bands: its 64 LSH band keys.
-- seen_at: published_at, else fetched_at, when the article was clustered.
CREATE TABLE article_signatures (
    article_id VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,
    seen_at    TIMESTAMPTZ NOT NULL,
    shingles   INTEGER NOT NULL,
    minhash    BLOB NOT NULL,
    bands      BIGINT[] NOT NULL
);

-- stories: upserted by story_id for every story an update_stories run touched.
-- story_id is the article_id of the story's first clustered report.
CREATE TABLE stories (
    story_id          VARCHAR PRIMARY KEY,
    first_seen        TIMESTAMPTZ NOT NULL, -- earliest published_at (else fetched_at)
    last_seen         TIMESTAMPTZ NOT NULL,
    articles          INTEGER NOT NULL,
    outlets           VARCHAR[] NOT NULL,   -- source_ids, in order of each one's first report
    representative_id VARCHAR NOT NULL,     -- the earliest report
    updated_at        TIMESTAMPTZ NOT NULL
);

-- alert_articles: every alerting article (one row per article), with its story.
CREATE VIEW alert_articles AS
SELECT a.article_id, a.url, a.canonical_url, a.title, a.source_id, s.name AS outlet,
       a.published_at, a.fetched_at, v.score, v.supplier, v.recipient, v.actors, v.items,
       v.evidence, v.rule, v.watchlist_version,
       coalesce(a.story_id, a.article_id) AS story_id
FROM verdicts v
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.source_id = a.source_id
WHERE v.alert;

-- alerts: one row per alerted story, shown by its earliest alerting report; outlets and
-- articles count every report of the story (alerting or not).
DROP VIEW alerts;
CREATE VIEW alerts AS
WITH ranked AS (
    SELECT aa.*,
           row_number() OVER (
               PARTITION BY aa.story_id
               ORDER BY coalesce(aa.published_at, aa.fetched_at), aa.article_id
           ) AS rank_in_story
    FROM alert_articles aa
)
SELECT r.article_id, r.url, r.canonical_url, r.title, r.source_id, r.outlet,
       r.published_at, r.fetched_at, r.score, r.supplier, r.recipient, r.actors, r.items,
       r.evidence, r.rule, r.watchlist_version, r.story_id,
       coalesce(st.outlets, [r.source_id]) AS outlets,
       coalesce(st.articles, 1) AS articles
FROM ranked r
LEFT JOIN stories st ON st.story_id = r.story_id
WHERE r.rank_in_story = 1;

-- daily_counts: alerting articles per day in Jakarta time (WIB) x actor x item.
-- An article naming two actors and two items counts once in each of the four cells;
-- item is NULL for an article naming no item.
CREATE VIEW daily_counts AS
SELECT CAST(timezone('Asia/Jakarta', coalesce(aa.published_at, aa.fetched_at)) AS DATE) AS day,
       actor, item,
       count(*) AS articles,
       count(DISTINCT aa.story_id) AS stories,
       count(DISTINCT aa.source_id) AS outlets
FROM alert_articles aa,
     unnest(CASE WHEN len(coalesce(aa.actors, [])) = 0 THEN [NULL::VARCHAR] ELSE aa.actors END)
         AS a(actor),
     unnest(CASE WHEN len(coalesce(aa.items, [])) = 0 THEN [NULL::VARCHAR] ELSE aa.items END)
         AS i(item)
GROUP BY ALL;

-- actor_pairs: supplier -> recipient per week (weeks start on Monday, WIB).
CREATE VIEW actor_pairs AS
SELECT CAST(date_trunc('week', timezone('Asia/Jakarta', coalesce(published_at, fetched_at)))
            AS DATE) AS week,
       supplier, recipient,
       count(*) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source_id) AS outlets,
       min(coalesce(published_at, fetched_at)) AS first_report
FROM alert_articles
WHERE supplier IS NOT NULL OR recipient IS NOT NULL
GROUP BY ALL;

-- source_health: per source, fetch outcomes and article yield (from fetches and articles).
CREATE VIEW source_health AS
WITH f AS (
    SELECT source_id,
           max(fetched_at) AS last_fetch,
           max(fetched_at) FILTER (WHERE status <> 'error') AS last_success,
           count(*) FILTER (WHERE fetched_at >= now() - INTERVAL 7 DAY) AS fetches_7d,
           count(*) FILTER (WHERE fetched_at >= now() - INTERVAL 7 DAY AND status = 'error')
               AS errors_7d
    FROM fetches
    GROUP BY source_id
), a AS (
    SELECT source_id,
           count(*) AS articles_total,
           count(*) FILTER (WHERE fetched_at >= now() - INTERVAL 7 DAY) AS articles_7d,
           count(*) FILTER (WHERE fetched_at >= now() - INTERVAL 7 DAY
                            AND extraction_method = 'trafilatura') AS extracted_7d,
           count(*) FILTER (WHERE extraction_method = 'trafilatura') AS extracted_total,
           max(fetched_at) AS last_article
    FROM articles
    GROUP BY source_id
), ids AS (
    SELECT source_id FROM sources UNION SELECT source_id FROM f UNION SELECT source_id FROM a
)
SELECT ids.source_id, s.name AS outlet, f.last_fetch, f.last_success, a.last_article,
       coalesce(f.fetches_7d, 0) AS fetches_7d,
       coalesce(f.errors_7d, 0) AS errors_7d,
       round(f.errors_7d / nullif(f.fetches_7d, 0), 3) AS error_rate_7d,
       round(coalesce(a.articles_7d, 0) / 7.0, 2) AS articles_per_day_7d,
       coalesce(a.articles_total, 0) AS articles_total,
       round(a.extracted_7d / nullif(a.articles_7d, 0), 3) AS extraction_rate_7d,
       round(a.extracted_total / nullif(a.articles_total, 0), 3) AS extraction_rate
FROM ids
LEFT JOIN sources s USING (source_id)
LEFT JOIN f USING (source_id)
LEFT JOIN a USING (source_id);
