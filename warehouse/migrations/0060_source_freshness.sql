-- Sources that go quiet or hide behind a bot wall, and Google News links already decoded.

-- sources: each entry's silence limit, and a gnews source's query and country edition.
ALTER TABLE sources ADD COLUMN max_silence_hours INTEGER NOT NULL DEFAULT 48;
ALTER TABLE sources ADD COLUMN query VARCHAR;
ALTER TABLE sources ADD COLUMN region VARCHAR;

-- source_state (upserted after every attempt): what the last good fetch listed, and
-- whether the last attempt met a WAF or bot challenge instead of the feed.
ALTER TABLE source_state ADD COLUMN last_items INTEGER;
ALTER TABLE source_state ADD COLUMN newest_item_at TIMESTAMPTZ;
ALTER TABLE source_state ADD COLUMN challenged BOOLEAN NOT NULL DEFAULT FALSE;

-- gnews_links: appended when a Google News article link is decoded to its publisher's URL,
-- so a later run drops the link without asking Google again.
CREATE TABLE gnews_links (
    google_url VARCHAR PRIMARY KEY,
    url        VARCHAR NOT NULL,
    source_id  VARCHAR NOT NULL,
    decoded_at TIMESTAMPTZ NOT NULL
);

-- source_health: as in 0004, plus `state` (ok, silent, challenged, failing, never fetched):
-- silent when the last good fetch listed no items or its newest item is older than the
-- source's max_silence_hours now; challenged when the last attempt met a bot wall.
CREATE OR REPLACE VIEW source_health AS
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
       round(a.extracted_total / nullif(a.articles_total, 0), 3) AS extraction_rate,
       CASE
           WHEN st.challenged THEN 'challenged'
           WHEN st.consecutive_failures > 0 THEN 'failing'
           WHEN st.last_success_at IS NULL THEN 'never fetched'
           WHEN st.last_items = 0 THEN 'silent'
           WHEN st.newest_item_at < now() - to_hours(coalesce(s.max_silence_hours, 48))
               THEN 'silent'
           ELSE 'ok'
       END AS state,
       st.last_items,
       st.newest_item_at,
       s.max_silence_hours
FROM ids
LEFT JOIN sources s USING (source_id)
LEFT JOIN source_state st USING (source_id)
LEFT JOIN f USING (source_id)
LEFT JOIN a USING (source_id);

-- article_outlets: the outlet that published each article. For a Google News source that is
-- the publisher of the decoded URL (its page's site name, else its host), not the search.
CREATE VIEW article_outlets AS
SELECT a.article_id, a.source_id,
       CASE WHEN s.kind = 'gnews'
            THEN coalesce(a.site_name,
                          regexp_replace(regexp_extract(a.url, '^https?://([^/:?#]+)', 1),
                                         '^www\.', ''))
            ELSE s.name
       END AS outlet,
       regexp_replace(regexp_extract(a.url, '^https?://([^/:?#]+)', 1), '^www\.', '')
           AS publisher_host,
       coalesce(s.kind = 'gnews', false) AS via_google_news
FROM articles a
LEFT JOIN sources s USING (source_id);
