-- Analysts' reviews of the filter's decisions, and the alert views that honour them.

-- reviews: appended, never updated; the history of every judgement. The latest row per
-- story_id (by reviewed_at, then review_id) stands. story_id is the story of the reviewed
-- article when it was reviewed (its own article_id while unclustered).
-- action: 'confirm' | 'dismiss' | 'correct' | 'missed_alert'. reason (dismiss only):
-- 'not_arms_supply' | 'not_watched'. supplier, recipient, items: the parties and items that
-- stand after the review (confirm and correct carry them, so a later reclassify of the
-- articles changes nothing the analyst said); an armed group is its base country's code
-- with supplier_group / recipient_group naming it, as in verdicts.
CREATE SEQUENCE review_id_seq;
CREATE TABLE reviews (
    review_id   BIGINT PRIMARY KEY DEFAULT nextval('review_id_seq'),
    story_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    action      VARCHAR NOT NULL,
    reason      VARCHAR,
    supplier    VARCHAR,
    recipient   VARCHAR,
    items       VARCHAR[],
    note        VARCHAR,
    reviewer    VARCHAR NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    supplier_group  VARCHAR,
    recipient_group VARCHAR,
    CHECK (action IN ('confirm', 'dismiss', 'correct', 'missed_alert'))
);

-- standing_reviews: the latest review of each story.
CREATE VIEW standing_reviews AS
SELECT *
FROM reviews
QUALIFY row_number() OVER (
    PARTITION BY story_id ORDER BY reviewed_at DESC, review_id DESC
) = 1;

-- alert_articles: every alerting article after review. A dismissed story's articles leave;
-- a confirmed or corrected story takes the review's supplier, recipient and items; an
-- article marked as a missed alert (or corrected while not alerting) joins. `review` is the
-- standing action (NULL if none). The two halves keep `v.alert` a plain filter on verdicts.
-- Columns as in 0020 (groups, count of transfers), then the review's.
CREATE OR REPLACE VIEW alert_articles AS
WITH judged AS (
    SELECT v.article_id, v.score, v.supplier, v.recipient, v.actors, v.items, v.evidence,
           v.rule, v.watchlist_version, v.supplier_group, v.recipient_group
    FROM verdicts v
    WHERE v.alert
    UNION ALL
    SELECT v.article_id, v.score, v.supplier, v.recipient, v.actors, v.items, v.evidence,
           v.rule, v.watchlist_version, v.supplier_group, v.recipient_group
    FROM standing_reviews sr
    JOIN verdicts v ON v.article_id = sr.article_id
    WHERE sr.action IN ('missed_alert', 'correct') AND NOT v.alert
)
SELECT a.article_id, a.url, a.canonical_url, a.title, a.source_id, s.name AS outlet,
       a.published_at, a.fetched_at, j.score,
       CASE WHEN r.action IS NULL THEN j.supplier ELSE r.supplier END AS supplier,
       CASE WHEN r.action IS NULL THEN j.recipient ELSE r.recipient END AS recipient,
       CASE WHEN r.action IS NULL THEN j.actors
            ELSE list_concat(coalesce(j.actors, []),
                             list_filter([r.supplier, r.recipient],
                                         lambda x: x IS NOT NULL
                                              AND NOT list_contains(coalesce(j.actors, []), x)))
       END AS actors,
       CASE WHEN r.action IS NULL THEN j.items ELSE r.items END AS items,
       j.evidence, j.rule, j.watchlist_version,
       coalesce(a.story_id, a.article_id) AS story_id,
       CASE WHEN r.action IS NULL THEN j.supplier_group ELSE r.supplier_group END
           AS supplier_group,
       CASE WHEN r.action IS NULL THEN j.recipient_group ELSE r.recipient_group END
           AS recipient_group,
       (SELECT count(*) FROM transfers t WHERE t.article_id = j.article_id) AS transfers,
       r.action AS review,
       r.action IS NOT NULL AS reviewed
FROM judged j
JOIN articles a ON a.article_id = j.article_id
LEFT JOIN sources s ON s.source_id = a.source_id
LEFT JOIN standing_reviews r ON r.story_id = coalesce(a.story_id, a.article_id)
WHERE r.action IS DISTINCT FROM 'dismiss';

-- alerts: as in 0004, one row per story, with the review columns.
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
       r.supplier_group, r.recipient_group, r.transfers,
       r.review, r.reviewed
FROM ranked r
LEFT JOIN stories st ON st.story_id = r.story_id
WHERE r.rank_in_story = 1;

-- alert_transfers: as in 0020, after review: a corrected story (or a missed alert) has the one
-- transfer the analyst gave; a confirmed or unreviewed one keeps the filter's transfers.
CREATE OR REPLACE VIEW alert_transfers AS
SELECT aa.article_id, aa.story_id, aa.source_id, aa.published_at, aa.fetched_at,
       t.position, t.supplier, t.recipient, t.supplier_group, t.recipient_group, t.items,
       t.stance, t.evidence, t.score
FROM alert_articles aa
JOIN transfers t USING (article_id)
WHERE aa.review IS NULL OR aa.review = 'confirm'
UNION ALL
SELECT aa.article_id, aa.story_id, aa.source_id, aa.published_at, aa.fetched_at,
       0, aa.supplier, aa.recipient, aa.supplier_group, aa.recipient_group,
       coalesce(aa.items, []), NULL, aa.evidence, aa.score
FROM alert_articles aa
WHERE aa.transfers = 0 OR aa.review IN ('correct', 'missed_alert');
