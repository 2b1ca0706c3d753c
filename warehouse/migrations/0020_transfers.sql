-- Every transfer a story tells of, armed groups as parties, and the views that count them.

-- verdicts: the main transfer's armed groups (supplier/recipient hold their base country).
ALTER TABLE verdicts ADD COLUMN supplier_group VARCHAR;
ALTER TABLE verdicts ADD COLUMN recipient_group VARCHAR;

-- transfers: replaced per article whenever its verdict is written (like mentions); position 0
-- is the verdict's main transfer. An arms-supply verdict has at least one; others none.
CREATE TABLE transfers (
    article_id      VARCHAR NOT NULL,
    position        INTEGER NOT NULL,
    supplier        VARCHAR,               -- ISO 3166 alpha-2 (a group's base country)
    recipient       VARCHAR,
    supplier_group  VARCHAR,               -- the armed group's name, when a group is the party
    recipient_group VARCHAR,
    items           VARCHAR[] NOT NULL,
    stance          VARCHAR NOT NULL,      -- reported|claimed|denied|offered|planned|intercepted
    evidence        VARCHAR NOT NULL,      -- the sentence that tells it
    field           VARCHAR NOT NULL,      -- 'title' | 'text'
    start_pos       INTEGER NOT NULL,      -- the sentence's span in that field
    end_pos         INTEGER NOT NULL,
    score           DOUBLE NOT NULL,
    rule            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, position)
);

-- alert_articles: as in 0004, plus the main transfer's groups and the count of transfers.
CREATE OR REPLACE VIEW alert_articles AS
SELECT a.article_id, a.url, a.canonical_url, a.title, a.source_id, s.name AS outlet,
       a.published_at, a.fetched_at, v.score, v.supplier, v.recipient, v.actors, v.items,
       v.evidence, v.rule, v.watchlist_version,
       coalesce(a.story_id, a.article_id) AS story_id,
       v.supplier_group, v.recipient_group,
       (SELECT count(*) FROM transfers t WHERE t.article_id = v.article_id) AS transfers
FROM verdicts v
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.source_id = a.source_id
WHERE v.alert;

-- alerts: as in 0004, with the new alert_articles columns after `articles`.
CREATE OR REPLACE VIEW alerts AS
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
       coalesce(st.articles, 1) AS articles,
       r.supplier_group, r.recipient_group, r.transfers
FROM ranked r
LEFT JOIN stories st ON st.story_id = r.story_id
WHERE r.rank_in_story = 1;

-- alert_transfers: every transfer of every alerting article; an article judged before 0020
-- (no transfers rows) contributes its verdict's supplier -> recipient as its one transfer.
CREATE OR REPLACE VIEW alert_transfers AS
SELECT aa.article_id, aa.story_id, aa.source_id, aa.published_at, aa.fetched_at,
       t.position, t.supplier, t.recipient, t.supplier_group, t.recipient_group, t.items,
       t.stance, t.evidence, t.score
FROM alert_articles aa
JOIN transfers t USING (article_id)
UNION ALL
SELECT aa.article_id, aa.story_id, aa.source_id, aa.published_at, aa.fetched_at,
       0, aa.supplier, aa.recipient, aa.supplier_group, aa.recipient_group,
       coalesce(aa.items, []), NULL, aa.evidence, aa.score
FROM alert_articles aa
WHERE aa.transfers = 0;

-- daily_counts: alerting articles per day in Jakarta time (WIB) x actor x item. The actors
-- are the parties of all the article's transfers (ISO codes, and armed groups by name), the
-- items all their items (else the verdict's); an article counts once in each of its cells.
CREATE OR REPLACE VIEW daily_counts AS
WITH per_article AS (
    SELECT x.article_id, any_value(x.story_id) AS story_id,
           any_value(x.source_id) AS source_id,
           any_value(coalesce(x.published_at, x.fetched_at)) AS seen,
           list_distinct(flatten(list(
               list_filter([x.supplier, x.recipient, x.supplier_group, x.recipient_group],
                           lambda p: p IS NOT NULL)))) AS parties,
           list_distinct(flatten(list(x.items))) AS things
    FROM alert_transfers x
    GROUP BY x.article_id
), cells AS (
    SELECT p.article_id, p.story_id, p.source_id, p.seen,
           CASE WHEN len(p.parties) > 0 THEN p.parties
                WHEN len(coalesce(aa.actors, [])) > 0 THEN aa.actors
                ELSE [NULL::VARCHAR] END AS actor_list,
           CASE WHEN len(p.things) > 0 THEN p.things
                WHEN len(coalesce(aa.items, [])) > 0 THEN aa.items
                ELSE [NULL::VARCHAR] END AS item_list
    FROM per_article p
    JOIN alert_articles aa USING (article_id)
)
SELECT CAST(timezone('Asia/Jakarta', c.seen) AS DATE) AS day,
       actor, item,
       count(DISTINCT c.article_id) AS articles,
       count(DISTINCT c.story_id) AS stories,
       count(DISTINCT c.source_id) AS outlets
FROM cells c,
     unnest(c.actor_list) AS a(actor),
     unnest(c.item_list) AS i(item)
GROUP BY ALL;

-- actor_pairs: supplier -> recipient (with armed groups) per week (weeks start on Monday,
-- WIB), over every transfer of every alerting article; an article counts once per pair.
CREATE OR REPLACE VIEW actor_pairs AS
SELECT CAST(date_trunc('week', timezone('Asia/Jakarta', coalesce(published_at, fetched_at)))
            AS DATE) AS week,
       supplier, recipient,
       count(DISTINCT article_id) AS articles,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT source_id) AS outlets,
       min(coalesce(published_at, fetched_at)) AS first_report,
       supplier_group, recipient_group
FROM alert_transfers
WHERE supplier IS NOT NULL OR recipient IS NOT NULL
GROUP BY week, supplier, recipient, supplier_group, recipient_group;
